import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;

/**
 * The floor under a durable change: append 20 bytes (about one journal record) to a file and
 * force it to disk, timed per iteration, as fitt's journal does for every acknowledged change.
 * Run with "java bench/fsync/FsyncLatency.java [DIR] [ITERATIONS]" (single-file source launch, no build).
 */
public final class FsyncLatency {
    public static void main(String[] args) throws IOException {
        Path dir = Path.of(args.length > 0 ? args[0] : System.getProperty("java.io.tmpdir"));
        int iterations = args.length > 1 ? Integer.parseInt(args[1]) : 2_000;
        if (iterations < 10 || iterations > 1_000_000) {
            throw new IllegalArgumentException("ITERATIONS must be 10..1000000, got " + iterations);
        }
        Path file = Files.createTempFile(dir, "fsync-latency.", ".bin");
        long[] nanos = new long[iterations];
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.WRITE, StandardOpenOption.APPEND)) {
            ByteBuffer record = ByteBuffer.allocateDirect(20);
            for (int i = 0; i < iterations; i++) {
                record.clear();
                record.putInt(0, i);
                long start = System.nanoTime();
                while (record.hasRemaining()) {
                    channel.write(record);
                }
                channel.force(false);
                nanos[i] = System.nanoTime() - start;
            }
        } finally {
            Files.deleteIfExists(file);
        }
        Arrays.sort(nanos);
        double sum = 0;
        for (long n : nanos) {
            sum += n;
        }
        System.out.printf("write 20 B + force, %d iterations in %s%n", iterations, dir.toAbsolutePath());
        System.out.printf("p50 %.3f ms  p90 %.3f ms  p99 %.3f ms  max %.3f ms  mean %.3f ms%n",
                ms(nanos, 50), ms(nanos, 90), ms(nanos, 99), nanos[iterations - 1] / 1e6, sum / iterations / 1e6);
        System.out.printf("one writer, one fsync per change: at most %.0f changes/s%n", 1e9 / (sum / iterations));
    }

    private static double ms(long[] sorted, double percentile) {
        int rank = (int) Math.ceil(percentile / 100 * sorted.length) - 1;
        return sorted[Math.max(0, rank)] / 1e6;
    }
}
