import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * The disk's sync latency while another file is written, as a save writes its CSV: one thread
 * appends 24 bytes and forces them (a journal record), again and again; meanwhile another thread
 * (1) only burns CPU, as a control, (2) writes SIZE_MB of fresh bytes into another file without
 * forcing, paced over WRITE_MS with the CPU kept busy in between, as a save's CSV work does (fitt
 * writes a 1M-row save of ~50 MB in ~0.4 s), (3) forces that file. Three rounds each; prints
 * p50/p99/max of the syncs per phase. No fitt code runs: this is the floor under "tag change p99
 * while a save runs".
 *
 *   java bench/fsync/SyncWhileWriting.java DIR [SIZE_MB] [WRITE_MS]
 */
public final class SyncWhileWriting {
    private static final String[] PHASES = {"idle", "other thread burns CPU", "other file being written",
            "other file being forced"};
    private static volatile int phase;
    private static volatile boolean done;

    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args[0]);
        int sizeMb = args.length > 1 ? Integer.parseInt(args[1]) : 50;
        int writeMs = args.length > 2 ? Integer.parseInt(args[2]) : 400;
        if (sizeMb < 1 || sizeMb > 2048 || writeMs < 0 || writeMs > 60_000) {
            throw new IllegalArgumentException("SIZE_MB must be 1..2048 and WRITE_MS 0..60000, got " + sizeMb
                    + " and " + writeMs);
        }
        Files.createDirectories(dir);
        Path journal = dir.resolve("sync-while-writing.journal");
        Path other = dir.resolve("sync-while-writing.csv");
        List<List<Long>> samples = new ArrayList<>();
        for (int i = 0; i < PHASES.length; i++) {
            samples.add(new ArrayList<>());
        }
        try (FileChannel log = FileChannel.open(journal, StandardOpenOption.CREATE, StandardOpenOption.WRITE)) {
            log.write(ByteBuffer.allocate(1 << 20), 0);
            log.force(true);
            Thread syncer = new Thread(() -> syncAgainAndAgain(log, samples), "syncer");
            syncer.start();
            Thread.sleep(1000);
            for (int round = 0; round < 3; round++) {
                phase = 1;
                burnCpu(500);
                phase = 0;
                Thread.sleep(300);
                writeAndForce(other, sizeMb, writeMs);
                phase = 0;
                Thread.sleep(300);
            }
            done = true;
            syncer.join(10_000);
        } finally {
            Files.deleteIfExists(journal);
            Files.deleteIfExists(other);
        }
        System.out.println("sync (24 B + force) while another file is written (" + sizeMb + " MB in " + writeMs
                + " ms) and forced, 3 rounds:");
        for (int i = 0; i < PHASES.length; i++) {
            long[] sorted;
            synchronized (samples) {
                sorted = samples.get(i).stream().mapToLong(Long::longValue).sorted().toArray();
            }
            if (sorted.length == 0) {
                continue;
            }
            System.out.printf(Locale.ROOT, "  %-26s n=%5d  p50 %6.2f ms  p99 %6.2f ms  max %6.2f ms%n", PHASES[i],
                    sorted.length, sorted[sorted.length / 2] / 1e6, sorted[(int) (sorted.length * 0.99)] / 1e6,
                    sorted[sorted.length - 1] / 1e6);
        }
    }

    /** At most 200,000 syncs or until done. */
    private static void syncAgainAndAgain(FileChannel log, List<List<Long>> samples) {
        ByteBuffer record = ByteBuffer.allocate(24);
        long position = 0;
        try {
            for (int i = 0; i < 200_000 && !done; i++) {
                int during = phase;
                record.clear();
                long start = System.nanoTime();
                log.write(record, position);
                log.force(false);
                long took = System.nanoTime() - start;
                if (phase == during) {
                    synchronized (samples) {
                        samples.get(during).add(took);
                    }
                }
                position = (position + 24) % (1 << 20);
                Thread.sleep(0, 300_000);
            }
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static void burnCpu(long millis) {
        long until = System.nanoTime() + millis * 1_000_000;
        long x = 1;
        while (System.nanoTime() < until) {
            x = x * 31 + 7;
        }
        if (x == 42) {
            System.out.print("");
        }
    }

    private static void writeAndForce(Path file, int sizeMb, int writeMs) throws Exception {
        byte[] chunk = new byte[1 << 16];
        SplittableRandom random = new SplittableRandom(1);
        int chunks = sizeMb * 16;
        try (FileChannel out = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                StandardOpenOption.TRUNCATE_EXISTING)) {
            phase = 2;
            long start = System.nanoTime();
            for (int i = 0; i < chunks; i++) {
                for (int k = 0; k < chunk.length; k += 8) {
                    chunk[k] = (byte) random.nextInt();
                }
                out.write(ByteBuffer.wrap(chunk));
                long due = start + (long) writeMs * 1_000_000 * (i + 1) / chunks;
                while (System.nanoTime() < due) {
                    Thread.onSpinWait();
                }
            }
            phase = 3;
            out.force(true);
        }
    }
}
