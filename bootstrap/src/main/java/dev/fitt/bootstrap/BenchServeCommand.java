package dev.fitt.bootstrap;

import dev.fitt.adapters.csv.CsvAdapter;
import dev.fitt.adapters.csv.CsvStoreConfig;
import dev.fitt.adapters.csv.journal.FileJournals;
import dev.fitt.adapters.socket.RunningServer;
import dev.fitt.adapters.socket.ServedUseCases;
import dev.fitt.adapters.socket.SocketAdapter;
import dev.fitt.adapters.socket.SocketServerConfig;
import dev.fitt.application.TaggingService;
import dev.fitt.ports.out.DatasetStorePort;
import dev.fitt.ports.out.StoredDataset;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code fitt bench serve}: the smallest complete server (CSV store, journal, core, socket) with no
 * settings file, so start-up can be measured and benched on its own. Runs until the process ends.
 */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = "Serve DATA and META like the server does (with the journal), for benchmarks.")
final class BenchServeCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Option(names = "--data", paramLabel = "CSV", required = true, description = "The data CSV.")
    private Path data;

    @Option(names = "--meta", paramLabel = "CSV", required = true, description = "The meta CSV (tag codes, aliases).")
    private Path meta;

    @Option(names = "--save-dir", paramLabel = "DIR", description = "Where saves go (default: the data CSV's folder).")
    private Path saveDir;

    @Option(names = "--host", paramLabel = "HOST", defaultValue = "127.0.0.1",
            description = "Address to listen on (default: ${DEFAULT-VALUE}).")
    private String host;

    @Option(names = "--port", paramLabel = "PORT", defaultValue = "0",
            description = "Port to listen on; 0 picks a free one (default: ${DEFAULT-VALUE}).")
    private int port;

    @Override
    public Integer call() throws Exception {
        long started = System.nanoTime();
        Path folder = saveDir != null ? saveDir : data.toAbsolutePath().getParent();
        CsvStoreConfig store = new CsvStoreConfig(data, meta, folder, false);
        DatasetStorePort csv = CsvAdapter.datasetStore(store);
        StoredDataset stored = csv.load();
        TaggingService service = new TaggingService(stored, csv,
                CsvAdapter.imageSource(data, Path.of("").toAbsolutePath()),
                FileJournals.beside(CsvAdapter.outputFile(store)));
        service.recoverFromJournal();
        CountDownLatch stopped = new CountDownLatch(1);
        try (RunningServer server = SocketAdapter.startServer(SocketServerConfig.of(host, port),
                new ServedUseCases(service, service, service, service, service, service))) {
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                server.close();
                stopped.countDown();
            }, "bench-serve-stop"));
            spec.commandLine().getOut().printf("bench serve: %d rows on %s, ready after %d ms%n",
                    service.dataset().size(), server.address(), (System.nanoTime() - started) / 1_000_000);
            spec.commandLine().getOut().flush();
            stopped.await();
        }
        return ExitCodes.OK;
    }
}
