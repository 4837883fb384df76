import java.io.DataInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The ceiling of "durable changes/s with W clients" on this machine, with no fitt code: W client
 * threads, each sending a 16-byte change over loopback TCP and waiting for its 8-byte answer, as
 * the bench's clients do, against the smallest server that makes every change durable before it
 * answers: ONE thread with a selector, no thread hand-offs at all. Each turn it reads every change
 * that has arrived, appends them to a preallocated file, syncs once (fdatasync) and answers them
 * all. While it syncs, the next changes queue in the sockets. With {@code gatherMicros} > 0 it
 * waits up to that long for more clients before syncing (fitt's journal does the same), so the
 * clients do not split into groups that take turns.
 * <p>
 * Printed for comparison: the same loop without the sync (loopback and wake-ups alone). A fitt
 * figure near the "sync" row is as good as this machine allows for that client count.
 * <p>
 * With {@code SAVE_MB} > 0 a second thread of the server saves again and again meanwhile, as
 * fitt's bench makes it do for "change round trip while saving": it formats SAVE_MB of CSV rows
 * into a temporary file at a save's pace (400 ms, the CPU busy in between), forces it and renames
 * it over the last one (whose blocks the file system then frees), as a safe save must. The round
 * trip percentiles are then the floor under that figure (use 1 client, as the bench does).
 *
 *   java bench/fsync/LoopbackSyncFloor.java DIR [CLIENTS] [GATHER_MICROS] [SAVE_MB]
 */
public final class LoopbackSyncFloor {
    private static final int RUNS = 5;
    private static final long RUN_NANOS = TimeUnit.SECONDS.toNanos(2);
    private static final int REQUEST = 16;
    private static final int ANSWER = 8;
    private static final long FILE_BYTES = 256L << 20;
    private static final int MAX_SAMPLES = 1_000_000;
    private static final long SAVE_NANOS = TimeUnit.MILLISECONDS.toNanos(400);

    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args[0]);
        int clients = args.length > 1 ? Integer.parseInt(args[1]) : 8;
        long gatherMicros = args.length > 2 ? Long.parseLong(args[2]) : 200;
        int saveMb = args.length > 3 ? Integer.parseInt(args[3]) : 0;
        if (clients < 1 || clients > 64 || saveMb < 0 || saveMb > 1024) {
            throw new IllegalArgumentException("CLIENTS must be 1..64 and SAVE_MB 0..1024");
        }
        Files.createDirectories(dir);
        Path file = dir.resolve("loopback-sync-floor.bin");
        try (FileChannel journal = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.READ,
                StandardOpenOption.WRITE)) {
            // Zeros written ahead, as fitt's journal does: a sync then has no metadata to commit.
            ByteBuffer zeros = ByteBuffer.allocate(1 << 20);
            for (long at = 0; at < FILE_BYTES; at += zeros.capacity()) {
                journal.write(zeros.clear(), at);
            }
            journal.force(true);
            Saver saver = saveMb > 0 ? new Saver(dir.resolve("loopback-sync-floor.csv"), saveMb) : null;
            if (saver != null) {
                saver.start();
            }
            try {
                for (boolean sync : new boolean[] {true, false}) {
                    report(journal, clients, sync, gatherMicros, saveMb);
                }
            } finally {
                if (saver != null) {
                    saver.stop();
                }
            }
        } finally {
            Files.deleteIfExists(file);
        }
    }

    private static void report(FileChannel journal, int clients, boolean sync, long gatherMicros, int saveMb)
            throws Exception {
        double[] perSecond = new double[RUNS];
        double[] p50 = new double[RUNS];
        double[] p99 = new double[RUNS];
        measure(journal, clients, sync, gatherMicros, new Latencies()); // warm-up
        for (int r = 0; r < RUNS; r++) {
            Latencies latencies = new Latencies();
            perSecond[r] = measure(journal, clients, sync, gatherMicros, latencies);
            p50[r] = latencies.percentile(0.50);
            p99[r] = latencies.percentile(0.99);
        }
        Arrays.sort(perSecond);
        Arrays.sort(p50);
        Arrays.sort(p99);
        System.out.printf("%d client%s, one-thread server, %s%s: changes/s median %,.0f (min %,.0f, max %,.0f);"
                + " round trip p50 %.3f ms, p99 %.3f ms (p99 min %.3f, max %.3f); %d runs of 2 s, gather %d µs%n",
                clients, clients == 1 ? "" : "s", sync ? "fdatasync per turn" : "no sync",
                saveMb > 0 ? ", saving " + saveMb + " MB again and again" : "", perSecond[RUNS / 2], perSecond[0],
                perSecond[RUNS - 1], p50[RUNS / 2], p99[RUNS / 2], p99[0], p99[RUNS - 1], RUNS, gatherMicros);
    }

    /** Round trips of all clients of one run, in nanoseconds; bounded. */
    private static final class Latencies {
        private final long[] samples = new long[MAX_SAMPLES];
        private int count;

        synchronized void add(long nanos) {
            if (count < samples.length) {
                samples[count++] = nanos;
            }
        }

        synchronized double percentile(double p) {
            if (count == 0) {
                return Double.NaN;
            }
            long[] sorted = Arrays.copyOf(samples, count);
            Arrays.sort(sorted);
            return sorted[Math.min(count - 1, (int) (count * p))] / 1e6;
        }
    }

    /**
     * Writes a file of SAVE_MB at a save's pace and forces it, again and again, until stopped. The
     * bytes are CSV rows formatted as a save formats them (text, then UTF-8): on these VMs work on
     * one core slows the other (the two virtual cores may share a physical one), and a saver that
     * only spun between writes measured a floor 1-2 ms lower than real formatting paced alike.
     */
    private static final class Saver {
        private static final int ROWS_PER_CHUNK = 1000;

        private final Path file;
        private final int megabytes;
        private final Thread thread;
        private volatile boolean stopped;

        Saver(Path file, int megabytes) {
            this.file = file;
            this.megabytes = megabytes;
            this.thread = new Thread(this::saveAgainAndAgain, "saver");
        }

        void start() {
            thread.start();
        }

        void stop() throws Exception {
            stopped = true;
            thread.join(TimeUnit.SECONDS.toMillis(30));
            Files.deleteIfExists(file);
            Files.deleteIfExists(file.resolveSibling(file.getFileName() + ".saving"));
        }

        /** About 60 KB of rows like fitt's sample data: clip, camera, image path, five tag cells. */
        private static byte[] csvRows(StringBuilder text, long first) {
            text.setLength(0);
            for (long row = first; row < first + ROWS_PER_CHUNK; row++) {
                text.append("clip_").append(row / 60).append(",camera_").append(row % 3).append(",images/clip_")
                        .append(row / 60).append('/').append(row).append(".jpg,").append((row & 1) == 0 ? "True" : "False")
                        .append(",,True,False,").append((row & 2) == 0 ? "True" : "").append('\n');
            }
            return text.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8);
        }

        private void saveAgainAndAgain() {
            long bytes = (long) megabytes << 20;
            StringBuilder text = new StringBuilder(1 << 17);
            long row = 0;
            try {
                for (int save = 0; save < 100_000 && !stopped; save++) {
                    // As a safe save does: a temporary file, forced, then renamed over the last one.
                    Path temp = file.resolveSibling(file.getFileName() + ".saving");
                    try (FileChannel out = FileChannel.open(temp, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                            StandardOpenOption.TRUNCATE_EXISTING)) {
                        long start = System.nanoTime();
                        long written = 0;
                        while (written < bytes && !stopped) {
                            written += out.write(ByteBuffer.wrap(csvRows(text, row)));
                            row += ROWS_PER_CHUNK;
                            long due = start + SAVE_NANOS * written / bytes;
                            while (System.nanoTime() < due) {
                                Thread.onSpinWait();
                            }
                        }
                        out.force(true);
                    }
                    Files.move(temp, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING,
                            java.nio.file.StandardCopyOption.ATOMIC_MOVE);
                }
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }
    }

    private static double measure(FileChannel journal, int clients, boolean sync, long gatherMicros,
            Latencies latencies) throws Exception {
        try (ServerSocketChannel listener = ServerSocketChannel.open();
                Selector selector = Selector.open()) {
            listener.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
            int port = ((InetSocketAddress) listener.getLocalAddress()).getPort();
            AtomicLong done = new AtomicLong();
            long deadline = System.nanoTime() + RUN_NANOS;
            List<Thread> threads = new ArrayList<>();
            for (int c = 0; c < clients; c++) {
                Thread client = new Thread(() -> runClient(port, deadline, done, latencies));
                client.start();
                threads.add(client);
            }
            List<SocketChannel> connections = new ArrayList<>();
            for (int c = 0; c < clients; c++) {
                SocketChannel connection = listener.accept();
                connection.setOption(java.net.StandardSocketOptions.TCP_NODELAY, true);
                connection.configureBlocking(false);
                connection.register(selector, SelectionKey.OP_READ, ByteBuffer.allocate(64 * REQUEST));
                connections.add(connection);
            }
            long start = System.nanoTime();
            serve(selector, journal, clients, sync, gatherMicros, deadline + TimeUnit.SECONDS.toNanos(1));
            for (Thread client : threads) {
                client.join(TimeUnit.SECONDS.toMillis(10));
            }
            long elapsed = System.nanoTime() - start;
            for (SocketChannel connection : connections) {
                connection.close();
            }
            return done.get() * 1e9 / elapsed;
        }
    }

    /** The server loop: until every client has hung up (or {@code stopAt}). */
    private static void serve(Selector selector, FileChannel journal, int clients, boolean sync, long gatherMicros,
            long stopAt) throws IOException {
        ByteBuffer records = ByteBuffer.allocate(64 * REQUEST * clients);
        ByteBuffer answers = ByteBuffer.allocate(ANSWER);
        List<SocketChannel> waiting = new ArrayList<>();
        List<Integer> counts = new ArrayList<>();
        long position = 0;
        int open = clients;
        while (open > 0 && System.nanoTime() < stopAt) {
            if (selector.select(100) == 0) {
                continue;
            }
            long gatherUntil = System.nanoTime() + TimeUnit.MICROSECONDS.toNanos(gatherMicros);
            records.clear();
            waiting.clear();
            counts.clear();
            while (true) {
                for (SelectionKey key : selector.selectedKeys()) {
                    SocketChannel connection = (SocketChannel) key.channel();
                    ByteBuffer in = (ByteBuffer) key.attachment();
                    int read = connection.read(in);
                    if (read < 0) {
                        key.cancel();
                        open--;
                        continue;
                    }
                    in.flip();
                    int requests = in.remaining() / REQUEST;
                    records.put(in.slice(in.position(), requests * REQUEST));
                    in.position(in.position() + requests * REQUEST);
                    in.compact();
                    if (requests > 0) {
                        waiting.add(connection);
                        counts.add(requests);
                    }
                }
                selector.selectedKeys().clear();
                // Gather: the clients answered last turn are coming back; wait a moment for all. A
                // selector waits in milliseconds only, so this polls, yielding the core to the clients.
                while (waiting.size() < open && System.nanoTime() < gatherUntil && selector.selectNow() == 0) {
                    Thread.yield();
                }
                if (selector.selectedKeys().isEmpty()) {
                    break;
                }
            }
            if (waiting.isEmpty()) {
                continue;
            }
            records.flip();
            while (records.hasRemaining()) {
                position += journal.write(records, position % FILE_BYTES);
            }
            if (sync) {
                journal.force(false);
            }
            for (int i = 0; i < waiting.size(); i++) {
                try {
                    for (int n = 0; n < counts.get(i); n++) {
                        answers.clear();
                        while (answers.hasRemaining()) {
                            waiting.get(i).write(answers);
                        }
                    }
                } catch (IOException e) {
                    // That client's run ended and it hung up; the others go on.
                }
            }
        }
    }

    private static void runClient(int port, long deadline, AtomicLong done, Latencies latencies) {
        try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), port)) {
            socket.setTcpNoDelay(true);
            OutputStream out = socket.getOutputStream();
            DataInputStream in = new DataInputStream(socket.getInputStream());
            byte[] request = new byte[REQUEST];
            new java.util.Random(port).nextBytes(request);
            byte[] answer = new byte[ANSWER];
            for (long i = 0; i < 10_000_000 && System.nanoTime() < deadline; i++) {
                long sent = System.nanoTime();
                out.write(request);
                in.readFully(answer);
                latencies.add(System.nanoTime() - sent);
                done.incrementAndGet();
            }
        } catch (IOException e) {
            throw new RuntimeException(e);
        }
    }
}
