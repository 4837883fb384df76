import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Whether this disk serves syncs in parallel: 1, 2 and 4 threads, each appending 24 bytes to its
 * own region of one file and forcing them, again and again for 2 s (twice each); prints syncs/s.
 * fitt's journal runs one sync at a time; if several threads together get many more syncs/s than
 * one, a journal with two syncs in flight could carry more durable changes. No fitt code runs.
 *
 *   java bench/fsync/ConcurrentSyncs.java DIR
 */
public final class ConcurrentSyncs {
    public static void main(String[] args) throws Exception {
        Path file = Path.of(args[0]).resolve("concurrent-syncs.bin");
        Files.createDirectories(file.getParent());
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE)) {
            channel.write(ByteBuffer.allocate(1 << 22), 0);
            channel.force(true);
            for (int threads : new int[] {1, 2, 4, 1, 2, 4}) {
                System.out.printf("%d thread(s): %,d syncs/s%n", threads, syncsPerSecond(channel, threads));
            }
        } finally {
            Files.deleteIfExists(file);
        }
    }

    private static long syncsPerSecond(FileChannel channel, int threads) throws InterruptedException {
        AtomicLong syncs = new AtomicLong();
        long end = System.nanoTime() + 2_000_000_000L;
        Thread[] running = new Thread[threads];
        for (int t = 0; t < threads; t++) {
            long region = (long) t << 20;
            running[t] = new Thread(() -> {
                ByteBuffer record = ByteBuffer.allocate(24);
                long position = region;
                try {
                    while (System.nanoTime() < end && position < region + (1 << 20) - 24) {
                        record.clear();
                        channel.write(record, position);
                        channel.force(false);
                        position += 24;
                        syncs.incrementAndGet();
                    }
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            });
            running[t].start();
        }
        for (Thread thread : running) {
            thread.join();
        }
        return syncs.get() / 2;
    }
}
