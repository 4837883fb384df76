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
 *
 *   java bench/fsync/LoopbackSyncFloor.java DIR [CLIENTS] [GATHER_MICROS]
 */
public final class LoopbackSyncFloor {
    private static final int RUNS = 5;
    private static final long RUN_NANOS = TimeUnit.SECONDS.toNanos(2);
    private static final int REQUEST = 16;
    private static final int ANSWER = 8;
    private static final long FILE_BYTES = 256L << 20;

    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args[0]);
        int clients = args.length > 1 ? Integer.parseInt(args[1]) : 8;
        long gatherMicros = args.length > 2 ? Long.parseLong(args[2]) : 200;
        if (clients < 1 || clients > 64) {
            throw new IllegalArgumentException("CLIENTS must be 1..64");
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
            for (boolean sync : new boolean[] {true, false}) {
                double[] perSecond = new double[RUNS];
                measure(journal, clients, sync, gatherMicros); // warm-up
                for (int r = 0; r < RUNS; r++) {
                    perSecond[r] = measure(journal, clients, sync, gatherMicros);
                }
                Arrays.sort(perSecond);
                System.out.printf("%d clients, one-thread server, %s: changes/s median %,.0f (min %,.0f, max %,.0f,"
                        + " %d runs of 2 s, gather %d µs)%n", clients, sync ? "fdatasync per turn" : "no sync",
                        perSecond[RUNS / 2], perSecond[0], perSecond[RUNS - 1], RUNS, gatherMicros);
            }
        } finally {
            Files.deleteIfExists(file);
        }
    }

    private static double measure(FileChannel journal, int clients, boolean sync, long gatherMicros)
            throws Exception {
        try (ServerSocketChannel listener = ServerSocketChannel.open();
                Selector selector = Selector.open()) {
            listener.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
            int port = ((InetSocketAddress) listener.getLocalAddress()).getPort();
            AtomicLong done = new AtomicLong();
            long deadline = System.nanoTime() + RUN_NANOS;
            List<Thread> threads = new ArrayList<>();
            for (int c = 0; c < clients; c++) {
                Thread client = new Thread(() -> runClient(port, deadline, done));
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

    private static void runClient(int port, long deadline, AtomicLong done) {
        try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), port)) {
            socket.setTcpNoDelay(true);
            OutputStream out = socket.getOutputStream();
            DataInputStream in = new DataInputStream(socket.getInputStream());
            byte[] request = new byte[REQUEST];
            new java.util.Random(port).nextBytes(request);
            byte[] answer = new byte[ANSWER];
            for (long i = 0; i < 10_000_000 && System.nanoTime() < deadline; i++) {
                out.write(request);
                in.readFully(answer);
                done.incrementAndGet();
            }
        } catch (IOException e) {
            throw new RuntimeException(e);
        }
    }
}
