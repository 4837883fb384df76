package dev.fitt.bootstrap;

import dev.fitt.bootstrap.settings.ClientSettings;
import dev.fitt.bootstrap.settings.SettingsLoader;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code fitt client}: the desktop tagging client connecting to a server. */
@Command(name = "client", mixinStandardHelpOptions = true,
        description = "Open the tagging window, connected to a fitt server.")
public final class ClientCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Option(names = "--config", paramLabel = "FILE",
            description = "Client settings JSON (default: ${DEFAULT-VALUE}; written with defaults if missing).")
    private Path config = SettingsLoader.DEFAULT_CLIENT_FILE;

    @Override
    public Integer call() {
        ClientSettings settings = new SettingsLoader().loadClient(config);
        spec.commandLine().getErr().println("client settings: " + settings);
        return NotWiredYet.report(spec);
    }

    public Path config() {
        return config;
    }
}
