package dev.fitt.bootstrap;

import dev.fitt.bootstrap.settings.ServerSettings;
import dev.fitt.bootstrap.settings.SettingsLoader;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code fitt server}: serves a dataset to tagging clients over TCP. */
@Command(name = "server", mixinStandardHelpOptions = true,
        description = "Serve a data CSV and its images to tagging clients (protocol v1).")
public final class ServerCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Option(names = "--config", paramLabel = "FILE",
            description = "Server settings JSON (default: ${DEFAULT-VALUE}; written as a template if missing).")
    private Path config = SettingsLoader.DEFAULT_SERVER_FILE;

    @Override
    public Integer call() {
        ServerSettings settings = new SettingsLoader().loadServer(config)
                .resolvedAgainst(Path.of("").toAbsolutePath());
        spec.commandLine().getErr().println("server settings: " + settings);
        return NotWiredYet.report(spec);
    }

    public Path config() {
        return config;
    }
}
