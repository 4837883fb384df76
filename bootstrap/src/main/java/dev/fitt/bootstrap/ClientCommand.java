package dev.fitt.bootstrap;

import com.google.inject.Guice;
import com.google.inject.Injector;
import com.google.inject.Module;
import dev.fitt.bootstrap.client.SwingClientRunner;
import dev.fitt.bootstrap.client.JsonClientPreferences;
import dev.fitt.bootstrap.client.ServerConnector;
import dev.fitt.bootstrap.modules.DesktopClientModule;
import dev.fitt.bootstrap.modules.SocketClientModule;
import dev.fitt.bootstrap.settings.ClientSettings;
import dev.fitt.bootstrap.settings.SettingsLoader;
import dev.fitt.bootstrap.client.ServerTab;
import dev.fitt.client.port.out.ServerAdminPort;
import dev.fitt.client.port.out.TaggingServerPort;
import dev.fitt.adapters.swing.SwingClient;
import java.nio.file.Path;
import java.util.List;
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
        Injector injector = Guice.createInjector(modules(loader));
        Optional<ServerAdminPort> admin = ServerTab.of(settings);
        ServerConnector connector = injector.getInstance(ServerConnector.class);
        try (TaggingServerPort server = connector.connect(settings)) {
            injector.getInstance(SwingClientRunner.class).run(server, connector.teamWork(server), admin,
                    JsonClientPreferences.toPreferences(settings),
                    settings.host() + ":" + settings.port(), signals.latch());
        } finally {
            admin.ifPresent(ServerAdminPort::close);
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

    /** The window and the TCP connection it works through. */
    List<Module> modules(SettingsLoader loader) {
        return List.of(new SocketClientModule(), new DesktopClientModule(config, loader, false));
    }

    public Path config() {
        return config;
    }
}
