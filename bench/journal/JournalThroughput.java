import dev.fitt.adapters.csv.journal.FileJournals;
import dev.fitt.server.service.ServerCore;
import dev.fitt.domain.ImageRows;
import dev.fitt.domain.LabelsSnapshot;
import dev.fitt.domain.Tag;
import dev.fitt.domain.TagChange;
import dev.fitt.domain.TagSet;
import dev.fitt.domain.TagValue;
import dev.fitt.ports.ImageUnavailableException;
import dev.fitt.server.port.out.ChangeJournalPort;
import dev.fitt.server.port.out.StoredDataset;
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
 * Durable changes/s below the network, two ways: the journal alone (W writer threads each append a
 * change and wait until it is durable), and the core on top of it (W threads calling
 * {@code TaggingService.tag}, which validates, journals, applies and waits, as a connection thread
 * does). Each as fast as it can, 5 runs of 2 s. What the server can reach with W clients is at
 * most this: it adds the round trip over TCP to every change.
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
                measure(work.resolve("w" + writers + ".csv"), writers, false);
                measure(work.resolve("c" + writers + ".csv"), writers, true);
            }
        } finally {
            try (Stream<Path> files = Files.walk(work)) {
                for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                    Files.deleteIfExists(p);
                }
            }
        }
    }

    private static void measure(Path output, int writers, boolean throughCore) throws Exception {
        ChangeJournalPort journal = FileJournals.beside(output);
        ServerCore core = throughCore ? core(journal) : null;
        ExecutorService pool = Executors.newFixedThreadPool(writers);
        try {
            run(journal, core, pool, writers); // warm-up
            double[] perSecond = new double[RUNS];
            for (int r = 0; r < RUNS; r++) {
                perSecond[r] = run(journal, core, pool, writers);
            }
            double[] sorted = perSecond.clone();
            java.util.Arrays.sort(sorted);
            System.out.printf("%d writer%s, %s: durable changes/s median %,.0f (min %,.0f, max %,.0f, %d runs of %d s) in %s%n",
                    writers, writers == 1 ? "" : "s", throughCore ? "through the core" : "journal alone",
                    sorted[RUNS / 2], sorted[0], sorted[RUNS - 1], RUNS,
                    TimeUnit.NANOSECONDS.toSeconds(RUN_NANOS), output.getParent());
        } finally {
            pool.shutdownNow();
            journal.close();
        }
    }

    /** 10,000 rows of 3 cameras and 5 tags, nothing saved anywhere, over the given journal. */
    private static ServerCore core(ChangeJournalPort journal) {
        int rows = 10_000;
        String[] clips = new String[rows];
        String[] cameras = new String[rows];
        String[] paths = new String[rows];
        for (int i = 0; i < rows; i++) {
            clips[i] = "clip" + i / 60;
            cameras[i] = "camera" + i % 3;
            paths[i] = "images/" + i + ".jpg";
        }
        List<Tag> tags = new ArrayList<>();
        for (int t = 1; t <= 5; t++) {
            tags.add(new Tag(t + "00", "tag " + t, "tag_code_" + t + "00"));
        }
        StoredDataset stored = new StoredDataset(new TagSet(tags), new ImageRows(clips, cameras, paths),
                LabelsSnapshot.unset(rows, 5), "memory", "memory");
        return ServerCore.of(stored, labels -> { }, path -> {
            throw new ImageUnavailableException("no images here");
        }, journal);
    }

    private static double run(ChangeJournalPort journal, ServerCore core, ExecutorService pool, int writers)
            throws Exception {
        AtomicLong done = new AtomicLong();
        long start = System.nanoTime();
        long deadline = start + RUN_NANOS;
        List<Future<?>> futures = new ArrayList<>();
        for (int w = 0; w < writers; w++) {
            int writer = w;
            futures.add(pool.submit(() -> {
                TagChange change = TagChange.ofRow(writer, List.of(TagValue.TRUE, TagValue.FALSE, TagValue.UNSET,
                        TagValue.TRUE, TagValue.FALSE));
                java.util.SplittableRandom random = new java.util.SplittableRandom(writer);
                for (long i = 0; i < MAX_PER_WRITER && System.nanoTime() < deadline; i++) {
                    if (core != null) {
                        int row = random.nextInt(10_000);
                        core.tagging().tag(new TagChange(row, row, change.values()), "writer " + writer);
                    } else {
                        journal.awaitDurable(journal.append(change));
                    }
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
