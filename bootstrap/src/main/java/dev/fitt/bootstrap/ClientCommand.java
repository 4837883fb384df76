package dev.fitt.bootstrap;

import com.google.inject.Guice;
import dev.fitt.bootstrap.client.ClientConnection;
import dev.fitt.bootstrap.client.DesktopClient;
import dev.fitt.bootstrap.client.JsonClientPreferences;
import dev.fitt.bootstrap.modules.SocketClientModule;
import dev.fitt.bootstrap.settings.ClientSettings;
import dev.fitt.bootstrap.settings.SettingsLoader;
import dev.fitt.client.port.out.TaggingServerPort;
import dev.fitt.adapters.swing.SwingClient;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code fitt client}: the desktop client, connected to a fitt server or the original Python one. */
@Command(name = "client", mixinStandardHelpOptions = true,
        description = "Open the desktop client on a tagging server (settings: client_setting.json).")
public final class ClientCommand implements Callable<Integer> {
    @Spec
    private CommandSpec spec;

    @Option(names = "--config", paramLabel = "FILE",
            description = "Client settings JSON (default: ${DEFAULT-VALUE}; written with defaults if missing).")
    private Path config = SettingsLoader.DEFAULT_CLIENT_FILE;

    @Override
    public Integer call() throws Exception {
        if (WindowCommands.displayMissing(spec)) {
            return ExitCodes.BAD_SETTINGS_OR_USAGE;
        }
        SettingsLoader loader = new SettingsLoader();
        ClientSettings settings = loader.loadClient(config).resolvedAgainst(Path.of("").toAbsolutePath());
        if (settings.annotator() == null) {
            settings = askAnnotator(loader, settings);
        }
        ShutdownSignals signals = new ShutdownSignals().install();
        try (TaggingServerPort server = Guice.createInjector(new SocketClientModule(ClientConnection.from(settings)))
                .getInstance(TaggingServerPort.class)) {
            new DesktopClient(server, JsonClientPreferences.toPreferences(settings),
                    new JsonClientPreferences(config, loader))
                    .run(settings.host() + ":" + settings.port(), signals.latch());
        }
        return ExitCodes.OK;
    }

    /**
     * Asks once who is annotating and keeps the answer in the settings file (as written: a
     * relative certificate path stays relative). Declined: no name this time, asked again next start.
     */
    private ClientSettings askAnnotator(SettingsLoader loader, ClientSettings settings) {
        Optional<String> name = SwingClient.askAnnotatorName(JsonClientPreferences.toPreferences(settings).theme());
        if (name.isEmpty()) {
            return settings;
        }
        loader.saveClient(config, loader.loadClient(config).withAnnotator(name.get()));
        return settings.withAnnotator(name.get());
    }

    public Path config() {
        return config;
    }
}
