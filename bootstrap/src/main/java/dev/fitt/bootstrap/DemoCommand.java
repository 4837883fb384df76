package dev.fitt.bootstrap;

import com.google.inject.Guice;
import com.google.inject.Injector;
import com.google.inject.Module;
import dev.fitt.bootstrap.client.SwingClientRunner;
import dev.fitt.bootstrap.client.JsonClientPreferences;
import dev.fitt.bootstrap.client.ServerConnector;
import dev.fitt.bootstrap.modules.DesktopClientModule;
import dev.fitt.bootstrap.modules.SocketClientModule;
import dev.fitt.bootstrap.sample.SampleGenerator;
import dev.fitt.bootstrap.sample.SampleSpec;
import dev.fitt.bootstrap.server.RunningTaggingServer;
import dev.fitt.bootstrap.server.ServerApplication;
import dev.fitt.bootstrap.server.ServerModules;
import dev.fitt.bootstrap.settings.ClientSettings;
import dev.fitt.bootstrap.settings.ServerSettings;
import dev.fitt.bootstrap.settings.SettingsLoader;
import dev.fitt.client.port.out.TaggingServerPort;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code fitt demo}: a sample dataset, a real server on loopback and the desktop client on it, in
 * one go. The sample is generated once into {@code --dir} and reused, so labels made in one demo
 * are still there in the next.
 */
@Command(name = "demo", mixinStandardHelpOptions = true,
        description = "Try fitt: generate a small 3-camera sample (once), serve it on loopback and open a client.")
public final class DemoCommand implements Callable<Integer> {
    private static final Logger LOG = LoggerFactory.getLogger(DemoCommand.class);
    static final int DEMO_ROWS = 600;

    @Spec
    private CommandSpec spec;

    @Option(names = "--dir", paramLabel = "DIR", description = "Where the sample lives (default: ${DEFAULT-VALUE}).")
    private Path dir = Path.of("fitt-demo");

    @Override
    public Integer call() throws Exception {
        if (WindowCommands.displayMissing(spec)) {
            return ExitCodes.BAD_SETTINGS_OR_USAGE;
        }
        Path workingDirectory = Path.of("").toAbsolutePath();
        Path folder = workingDirectory.resolve(dir).normalize();
        if (!Files.exists(folder.resolve(SampleGenerator.DATA_FILE))) {
            LOG.info("generating the demo dataset in {} (once) ...", folder);
            new SampleGenerator().generate(SampleSpec.withDefaults(folder, DEMO_ROWS, null, null, null, null), false);
        }
        ServerSettings settings = new ServerSettings("127.0.0.1", 0, folder.resolve(SampleGenerator.DATA_FILE),
                folder.resolve("labelled"), folder.resolve(SampleGenerator.META_FILE), false);
        SettingsLoader loader = new SettingsLoader();
        Path clientConfig = folder.resolve("client_setting.json");
        ClientSettings stored = loader.loadClient(clientConfig);
        ShutdownSignals signals = new ShutdownSignals().install();
        Injector injector = Guice.createInjector(modules(settings, workingDirectory, clientConfig, loader));
        try (RunningTaggingServer server = injector.getInstance(ServerApplication.class).start()) {
            // On stdout, apart from the log on stderr: the operator needs it whatever the log level,
            // and scripts read the port from it.
            spec.commandLine().getOut().println(server.summary().text());
            int port = server.address().getPort();
            ClientSettings client = new ClientSettings("127.0.0.1", port, stored.multipleSelection(),
                    stored.autosave(), stored.theme());
            ServerConnector connector = injector.getInstance(ServerConnector.class);
            try (TaggingServerPort remote = connector.connect(client)) {
                injector.getInstance(SwingClientRunner.class).run(remote, connector.teamWork(remote), Optional.empty(),
                        JsonClientPreferences.toPreferences(client), "demo (" + folder + ")", signals.latch());
            }
        }
        return ExitCodes.OK;
    }

    /** A server on loopback, and the window connected to it over TCP as any client is. */
    static List<Module> modules(ServerSettings settings, Path workingDirectory, Path clientConfig,
            SettingsLoader loader) {
        List<Module> modules = new ArrayList<>(ServerModules.from(settings, workingDirectory));
        modules.add(new SocketClientModule());
        modules.add(new DesktopClientModule(clientConfig, loader, false));
        return modules;
    }
}
