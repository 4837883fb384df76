package dev.fitt.bootstrap;

import com.google.inject.Guice;
import dev.fitt.bootstrap.server.RunningTaggingServer;
import dev.fitt.bootstrap.server.ServerApplication;
import dev.fitt.bootstrap.server.ServerModules;
import dev.fitt.bootstrap.settings.ServerSettings;
import dev.fitt.bootstrap.settings.SettingsLoader;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code fitt server}: serves a dataset to tagging clients over TCP until SIGINT or SIGTERM. */
@Command(name = "server", mixinStandardHelpOptions = true,
        description = "Serve a data CSV and its images to tagging clients (protocol v1 + extensions).")
public final class ServerCommand implements Callable<Integer> {
    private static final Logger LOG = LoggerFactory.getLogger(ServerCommand.class);

    @Spec
    private CommandSpec spec;

    @Option(names = "--config", paramLabel = "FILE",
            description = "Server settings JSON (default: ${DEFAULT-VALUE}; written as a template if missing).")
    private Path config = SettingsLoader.DEFAULT_SERVER_FILE;

    @Option(names = "--check",
            description = "Start as usual (settings, dataset, journal, listening port), print the summary, then stop"
                    + " at once: checks a setup before clients rely on it. The launcher also uses it to prepare"
                    + " faster starts.")
    private boolean check;

    @Override
    public Integer call() throws Exception {
        Path workingDirectory = Path.of("").toAbsolutePath();
        ServerSettings settings = new SettingsLoader().loadServer(config).resolvedAgainst(workingDirectory);
        ShutdownSignals signals = new ShutdownSignals().install();
        ServerApplication application = Guice.createInjector(ServerModules.from(settings, workingDirectory))
                .getInstance(ServerApplication.class);
        try (RunningTaggingServer server = application.start()) {
            LOG.info("{}", server.summary().text());
            if (check) {
                LOG.info("--check: the server started; stopping");
                return ExitCodes.OK;
            }
            if (!settings.host().startsWith("127.") && !settings.host().equals("localhost")
                    && settings.tuning().accessToken() == null) {
                LOG.warn("listening on {} (not only this machine) without an access token: anyone who can reach"
                        + " port {} can read and change the labels; set \"access_token\" (and TLS) for a team",
                        settings.host(), server.address().getPort());
            }
            String signal = signals.await();
            LOG.info("{} received: stopping", signal);
        }
        LOG.info("stopped");
        return ExitCodes.OK;
    }

    public Path config() {
        return config;
    }
}
