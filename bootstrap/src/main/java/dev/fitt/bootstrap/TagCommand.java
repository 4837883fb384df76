package dev.fitt.bootstrap;

import com.google.inject.Guice;
import com.google.inject.Injector;
import com.google.inject.Module;
import dev.fitt.bootstrap.client.SwingClientRunner;
import dev.fitt.bootstrap.client.JsonClientPreferences;
import dev.fitt.bootstrap.modules.DesktopClientModule;
import dev.fitt.bootstrap.modules.InProcessServerModule;
import dev.fitt.bootstrap.server.CoreApplication;
import dev.fitt.bootstrap.server.InProcessServers;
import dev.fitt.bootstrap.server.RunningCore;
import dev.fitt.bootstrap.server.ServerModules;
import dev.fitt.bootstrap.settings.ClientSettings;
import dev.fitt.bootstrap.settings.ImageSettings;
import dev.fitt.bootstrap.settings.ServerSettings;
import dev.fitt.bootstrap.settings.ServerTuning;
import dev.fitt.bootstrap.settings.SettingsLoader;
import dev.fitt.client.port.out.TaggingServerPort;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code fitt tag}: tag one dataset locally, with no separate server to start. */
@Command(name = "tag", mixinStandardHelpOptions = true,
        description = "Tag a data CSV on this machine (server and client in one process).")
public final class TagCommand implements Callable<Integer> {
    private static final Logger LOG = LoggerFactory.getLogger(TagCommand.class);

    @Spec
    private CommandSpec spec;

    @Parameters(index = "0", paramLabel = "DATA.csv", description = "The data CSV to tag.")
    private Path data;

    @Option(names = "--meta", paramLabel = "META.csv", required = true,
            description = "The meta CSV with the tags (code,alias).")
    private Path meta;

    @ArgGroup(exclusive = true, multiplicity = "0..1")
    private SaveChoice save = new SaveChoice();

    /** Where labels go; mutually exclusive, as in server_setting.json. */
    static final class SaveChoice {
        @Option(names = "--save-to-same-file", description = "Overwrite DATA.csv with the labels.")
        boolean sameFile;

        @Option(names = "--save-dir", paramLabel = "DIR",
                description = "Save to DIR/<name>__labelled__.csv (default: the folder of DATA.csv).")
        Path dir;
    }

    @Option(names = "--config", paramLabel = "FILE",
            description = "Client settings JSON for selection mode, autosave and theme (default: ${DEFAULT-VALUE}).")
    private Path clientConfig = SettingsLoader.DEFAULT_CLIENT_FILE;

    @Override
    public Integer call() throws Exception {
        if (WindowCommands.displayMissing(spec)) {
            return ExitCodes.BAD_SETTINGS_OR_USAGE;
        }
        Path workingDirectory = Path.of("").toAbsolutePath();
        ServerSettings settings = settings(workingDirectory);
        SettingsLoader loader = new SettingsLoader();
        ClientSettings client = clientSettings(loader);
        ShutdownSignals signals = new ShutdownSignals().install();
        Injector injector = Guice.createInjector(modules(settings, workingDirectory, loader));
        try (RunningCore core = injector.getInstance(CoreApplication.class).start();
                TaggingServerPort server = injector.getInstance(InProcessServers.class).serve(core)) {
            LOG.info("tagging {} ({} rows); labels go to {}", settings.csvDir(), core.core().dataset().size(),
                    core.core().saving().saveTarget());
            injector.getInstance(SwingClientRunner.class)
                    .run(server, JsonClientPreferences.toPreferences(client), settings.csvDir().getFileName().toString(), signals.latch());
        }
        return ExitCodes.OK;
    }

    /** The core and its storage, the client's port straight to it, and the window: one process. */
    List<Module> modules(ServerSettings settings, Path workingDirectory, SettingsLoader loader) {
        List<Module> modules = new ArrayList<>(ServerModules.core(settings, workingDirectory));
        modules.add(new InProcessServerModule());
        modules.add(new DesktopClientModule(clientConfig, loader, true));
        return modules;
    }

    /** The client settings file if there is one; none is written (the settings dialog writes it on request). */
    ClientSettings clientSettings(SettingsLoader loader) {
        return loader.loadClientIfPresent(clientConfig);
    }

    /**
     * The same choices as a server settings file would give, with paths resolved against
     * {@code workingDirectory}; host and port are those of the default server. Images may lie
     * anywhere: the only one who sees them is the user who can read the files anyway (no network).
     */
    public ServerSettings settings(Path workingDirectory) {
        Path absoluteData = workingDirectory.resolve(data).normalize();
        Path saveDir = save.dir != null ? save.dir : absoluteData.getParent();
        return new ServerSettings(ServerSettings.DEFAULT_HOST, ServerSettings.DEFAULT_PORT, data,
                save.sameFile ? null : saveDir, meta, save.sameFile, ServerTuning.defaults().withImages(new ImageSettings(null, true)))
                .resolvedAgainst(workingDirectory);
    }
}
