import dev.fitt.adapters.csv.journal.FileJournals;
import dev.fitt.domain.TagChange;
import dev.fitt.domain.TagValue;
import dev.fitt.ports.out.ChangeJournalPort;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;

/**
 * The journal alone, without sockets or the core: W writer threads each append a change and wait
 * until it is durable, as fast as they can, for S seconds, R times. What the server can reach with
 * W clients is at most this: it adds the round trip over TCP and the core's work to every change.
 * Run with bench/journal-throughput.sh [DIR] [WRITERS...].
 */
public final class JournalThroughput {
    private static final int RUNS = 5;
    private static final long RUN_NANOS = TimeUnit.SECONDS.toNanos(2);
    private static final long MAX_PER_WRITER = 1_000_000;

    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args.length > 0 ? args[0] : System.getProperty("java.io.tmpdir"));
        List<Integer> writerCounts = new ArrayList<>();
        for (int i = 1; i < args.length; i++) {
            writerCounts.add(Integer.parseInt(args[i]));
        }
        if (writerCounts.isEmpty()) {
            writerCounts = List.of(1, 8);
        }
        Files.createDirectories(dir);
        Path work = Files.createTempDirectory(dir, "journal-throughput.");
        try {
            for (int writers : writerCounts) {
                if (writers < 1 || writers > 64) {
                    throw new IllegalArgumentException("WRITERS must be 1..64, got " + writers);
                }
                measure(work.resolve("w" + writers + ".csv"), writers);
            }
        } finally {
            try (Stream<Path> files = Files.walk(work)) {
                for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                    Files.deleteIfExists(p);
                }
            }
        }
    }

    private static void measure(Path output, int writers) throws Exception {
        ChangeJournalPort journal = FileJournals.beside(output);
        ExecutorService pool = Executors.newFixedThreadPool(writers);
        try {
            run(journal, pool, writers); // warm-up
            double[] perSecond = new double[RUNS];
            for (int r = 0; r < RUNS; r++) {
                perSecond[r] = run(journal, pool, writers);
            }
            double[] sorted = perSecond.clone();
            java.util.Arrays.sort(sorted);
            System.out.printf("%d writer%s: durable changes/s median %,.0f (min %,.0f, max %,.0f, %d runs of %d s) in %s%n",
                    writers, writers == 1 ? "" : "s", sorted[RUNS / 2], sorted[0], sorted[RUNS - 1], RUNS,
                    TimeUnit.NANOSECONDS.toSeconds(RUN_NANOS), output.getParent());
        } finally {
            pool.shutdownNow();
            journal.close();
        }
    }

    private static double run(ChangeJournalPort journal, ExecutorService pool, int writers) throws Exception {
        AtomicLong done = new AtomicLong();
        long start = System.nanoTime();
        long deadline = start + RUN_NANOS;
        List<Future<?>> futures = new ArrayList<>();
        for (int w = 0; w < writers; w++) {
            int writer = w;
            futures.add(pool.submit(() -> {
                TagChange change = TagChange.ofRow(writer, List.of(TagValue.TRUE, TagValue.FALSE, TagValue.UNSET,
                        TagValue.TRUE, TagValue.FALSE));
                for (long i = 0; i < MAX_PER_WRITER && System.nanoTime() < deadline; i++) {
                    journal.awaitDurable(journal.append(change));
                    done.incrementAndGet();
                }
                return null;
            }));
        }
        for (Future<?> f : futures) {
            f.get(RUN_NANOS + TimeUnit.SECONDS.toNanos(30), TimeUnit.NANOSECONDS);
        }
        return done.get() * 1e9 / (System.nanoTime() - start);
    }
}
