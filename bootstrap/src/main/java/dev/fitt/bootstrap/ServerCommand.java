package dev.fitt.bootstrap;

import com.google.inject.Guice;
import com.google.inject.Injector;
import dev.fitt.server.service.ImageAudit;
import dev.fitt.server.service.ImageAuditReport;
import dev.fitt.bootstrap.server.RunningTaggingServer;
import dev.fitt.bootstrap.server.ServerAdministration;
import dev.fitt.bootstrap.server.ServerApplication;
import dev.fitt.bootstrap.server.ServerModules;
import dev.fitt.bootstrap.settings.ServerSettings;
import dev.fitt.bootstrap.settings.SettingsLoader;
import dev.fitt.ports.DatasetLoadException;
import dev.fitt.server.port.in.DatasetCatalogUseCase;
import dev.fitt.server.port.in.DatasetSummary;
import dev.fitt.server.port.in.OpenDataset;
import dev.fitt.server.port.out.ImageSourcePort;
import java.io.PrintWriter;
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

/** {@code fitt server}: serves a dataset to tagging clients over TCP until SIGINT or SIGTERM. */
@Command(name = "server", mixinStandardHelpOptions = true,
        description = "Serve a data CSV and its images to tagging clients (protocol v1 + extensions).")
public final class ServerCommand implements Callable<Integer> {
    private static final Logger LOG = LoggerFactory.getLogger(ServerCommand.class);
    /** Checks waiting for the disk at once: enough to keep a local disk's queue full, few enough for a share. */
    private static final int AUDIT_THREADS = 16;
    private static final int AUDIT_EXAMPLES = 5;

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
        Injector injector = Guice.createInjector(ServerModules.from(settings, workingDirectory));
        ServerApplication application = injector.getInstance(ServerApplication.class);
        try (RunningTaggingServer server = application.start(ServerAdministration.of(settings, Optional.of(config)))) {
            // On stdout, apart from the log on stderr: the operator needs it whatever the log level,
            // and scripts read the port from it.
            spec.commandLine().getOut().println(server.summary().text());
            if (check) {
                return server.servesOneFile() ? checkImages(server, injector.getInstance(ImageSourcePort.class))
                        : checkDatasets(server.datasets());
            }
            if (!settings.host().startsWith("127.") && !settings.host().equals("localhost")
                    && settings.tuning().access().accessToken() == null) {
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

    /**
     * A server whose rows name no image that can be served started fine, yet is of no use: --check
     * looks at every row's image (a stat each, never the bytes), on a few threads since the time
     * goes in waiting for the disk or a network share.
     */
    private int checkImages(RunningTaggingServer server, ImageSourcePort images) throws InterruptedException {
        long started = System.nanoTime();
        ImageAuditReport report = new ImageAudit(images, AUDIT_THREADS, AUDIT_EXAMPLES).audit(server.core().dataset());
        long millis = (System.nanoTime() - started) / 1_000_000;
        if (report.noneAvailable()) {
            spec.commandLine().getErr().println(spec.qualifiedName() + ": --check: not one of the " + String.format(
                    "%,d", report.rows()) + " rows' images can be served: check \"csv_dir\", the file_path column and"
                    + " \"image_root\"" + System.lineSeparator() + report.text());
            return ExitCodes.BAD_SETTINGS_OR_USAGE;
        }
        if (report.allAvailable()) {
            LOG.info("checked every row's image in {} ms: {}", millis, report.text());
        } else {
            LOG.warn("checked every row's image in {} ms: {}", millis, report.text());
        }
        LOG.info("--check: the server started; stopping");
        return ExitCodes.OK;
    }

    /**
     * A folder's datasets load only when asked for, so a problem in one would show only then:
     * --check loads each in turn (one at a time, each let go before the next) and lists them all.
     */
    private int checkDatasets(DatasetCatalogUseCase catalog) {
        List<String> problems = new ArrayList<>();
        for (DatasetSummary dataset : catalog.datasets()) {
            try (OpenDataset open = catalog.open(dataset.name())) {
                LOG.debug("--check: dataset {} loads", open.name());
            } catch (DatasetLoadException e) {
                problems.add(dataset.name());
            }
        }
        PrintWriter out = spec.commandLine().getOut();
        out.println("datasets:");
        for (DatasetSummary dataset : catalog.datasets()) {
            out.println(dataset.state() == DatasetSummary.State.FAILED
                    ? "  " + dataset.name() + ": cannot be served: " + dataset.problem()
                    : String.format("  %s: %,d rows in %,d clips, %,d of %,d frames labelled", dataset.name(),
                            dataset.rows(), dataset.clips(), dataset.labelledFrames(), dataset.frames()));
        }
        out.flush();
        if (!problems.isEmpty()) {
            LOG.warn("--check: {} of {} datasets cannot be served ({}); the others can", problems.size(),
                    catalog.datasets().size(), String.join(", ", problems));
            return ExitCodes.BAD_SETTINGS_OR_USAGE;
        }
        LOG.info("--check: the server started and every dataset loads; stopping");
        return ExitCodes.OK;
    }

    public Path config() {
        return config;
    }
}
