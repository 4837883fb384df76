package dev.fitt.bootstrap.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedInputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * The server's memory under a team's load, and when it runs out.
 *
 * <p>A team starting work together: sixteen clients connect to a real server process at the same
 * moment and each reads every label, half with the v1 labels request (06), half as fitt's client
 * does (hello, then 11), three times with a change in between. A labels reply is as large as the
 * dataset, so a server that made each one whole ran out of heap (1M rows at the launcher's old
 * 144 MiB cap died at three fitt clients). Here the dataset is scaled down to 200k rows and the heap
 * with it, to a size that holds the dataset, its load and a save but not sixteen whole replies; the
 * clients read only once all have asked, so every reply is in progress at the same time.
 */
@Timeout(180)
class ServerMemoryTest {
    private static final int CLIENTS = 16;
    private static final int ROUNDS = 3;
    private static final int CAMERAS = 3;
    private static final int FRAMES_PER_CLIP = 20;
    private static final int CLIPS = 3_334;
    private static final int ROWS = CLIPS * CAMERAS * FRAMES_PER_CLIP;
    private static final int TAGS = 5;
    /** The dataset's share of the old 144 MiB at 1M rows, plus the JVM's own fixed part. */
    private static final long STALL_MILLIS = 300;
    private static final List<String> TIGHT_HEAP = List.of("-Xmx40m", "-XX:+UseSerialGC",
            "-XX:+ExitOnOutOfMemoryError");

    @TempDir
    Path dir;

    @Test
    void sixteenClientsReadingAllLabelsAtOnceLeaveTheServerUp() throws Exception {
        Path settings = writeDataset();
        try (ServerProcess server = ServerProcess.start(settings, dir, TIGHT_HEAP)) {
            ExecutorService pool = Executors.newFixedThreadPool(CLIENTS);
            try {
                for (int round = 0; round < ROUNDS; round++) {
                    try (V1Client editor = new V1Client(server.address())) {
                        assertThat(editor.change(round, round, true, false, true, false, true)).isNull();
                    }
                    List<Long> sizes;
                    try {
                        sizes = readAtOnce(pool, server.address());
                    } finally {
                        assertThat(server.alive()).as("server alive after round %d; its log:%n%s", round,
                                server.log()).isTrue();
                    }
                    for (int client = 0; client < CLIENTS; client++) {
                        assertThat(sizes.get(client)).as("client %d, round %d", client, round)
                                .isEqualTo(client % 2 == 0 ? ROWS + 1 : versionedReplyBodyBytes());
                    }
                }
                try (V1Client after = new V1Client(server.address())) {
                    String csv = after.labels();
                    assertThat(csv.lines().skip(1).limit(ROUNDS)).containsOnly("True,False,True,False,True");
                }
            } finally {
                pool.shutdownNow();
                pool.awaitTermination(10, TimeUnit.SECONDS);
            }
        }
    }

    @Test
    void aDatasetTooBigForTheHeapEndsWithExitCodeThreeAndSaysWhatToSet() throws Exception {
        Path settings = writeDataset();
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        // No -XX:+ExitOnOutOfMemoryError: fitt itself must say what happened, as with "java -jar".
        Process process = new ProcessBuilder(java.toString(), "-Xmx16m", "-XX:+UseSerialGC",
                "-XX:TieredStopAtLevel=1", "-cp", System.getProperty("java.class.path"),
                "dev.fitt.bootstrap.FittMain", "server", "--config", settings.toString())
                .directory(dir.toFile()).redirectErrorStream(true).start();
        byte[] output = process.getInputStream().readAllBytes();
        boolean ended = process.waitFor(60, TimeUnit.SECONDS);
        String printed = new String(output, StandardCharsets.UTF_8);

        assertThat(ended).as("server exited; it printed:%n%s", printed).isTrue();
        assertThat(process.exitValue()).as("exit code; it printed:%n%s", printed).isEqualTo(3);
        assertThat(printed).containsPattern("fitt: ran out of memory \\(heap at most \\d+ MiB\\)")
                .contains("JAVA_OPTS=-Xmx1g").doesNotContain("\tat ");
    }

    /**
     * Every client connects when all are ready and asks; none reads its reply until all have asked
     * and a moment has passed, as slow clients on a busy network do, so the server holds every
     * reply in progress at once. Returns CSV lines (even clients) or reply body bytes (odd).
     */
    private static List<Long> readAtOnce(ExecutorService pool, InetSocketAddress address) throws Exception {
        CountDownLatch start = new CountDownLatch(1);
        CountDownLatch asked = new CountDownLatch(CLIENTS);
        List<Future<Long>> replies = new ArrayList<>();
        for (int client = 0; client < CLIENTS; client++) {
            boolean versioned = client % 2 == 1;
            replies.add(pool.submit(() -> {
                start.await();
                return labels(address, versioned, asked);
            }));
        }
        start.countDown();
        List<Long> sizes = new ArrayList<>();
        for (Future<Long> reply : replies) {
            sizes.add(reply.get(60, TimeUnit.SECONDS));
        }
        return sizes;
    }

    /**
     * v1 labels (06), or hello (extension version 1, no token) then versioned labels (11); reads the
     * reply whole once every client has asked: its CSV lines, or the size of its body.
     */
    private static long labels(InetSocketAddress address, boolean versioned, CountDownLatch asked)
            throws Exception {
        try (Socket socket = new Socket()) {
            socket.connect(address, 5_000);
            socket.setSoTimeout(30_000);
            OutputStream out = socket.getOutputStream();
            if (versioned) {
                out.write(ByteBuffer.allocate(14 + 10).put((byte) 0xFF).put((byte) 0x10).putInt(8)
                        .putShort((short) 1).putInt(0x0F).putShort((short) 0)
                        .put((byte) 0xFF).put((byte) 0x11).putInt(4).putInt(1).array());
            } else {
                out.write(new byte[] {(byte) 0xFF, 0x06});
            }
            out.flush();
            asked.countDown();
            asked.await(30, TimeUnit.SECONDS);
            Thread.sleep(STALL_MILLIS);
            DataInputStream in = new DataInputStream(new BufferedInputStream(socket.getInputStream()));
            return versioned ? versionedBodyBytes(in) : csvLines(in);
        }
    }

    private static long csvLines(DataInputStream in) throws IOException {
        expectHeader(in, 0x06);
        assertThat(in.readUnsignedByte()).as("labels status").isZero();
        long lines = 0;
        for (int left = in.readInt(); left > 0; left--) {
            if (in.readUnsignedByte() == '\n') {
                lines++;
            }
        }
        return lines;
    }

    private static long versionedBodyBytes(DataInputStream in) throws IOException {
        expectHeader(in, 0x10);
        byte[] hello = new byte[in.readInt()];
        in.readFully(hello);
        assertThat(hello[0]).as("hello status").isZero();
        expectHeader(in, 0x11);
        long size = Integer.toUnsignedLong(in.readInt());
        assertThat(in.readInt()).as("request id").isEqualTo(1);
        assertThat(in.readUnsignedByte()).as("labels status").isZero();
        in.readLong();
        assertThat(in.readInt()).as("rows").isEqualTo(ROWS);
        assertThat(in.readUnsignedShort()).as("tags").isEqualTo(TAGS);
        in.skipNBytes(size - (4 + 1 + 8 + 4 + 2));
        return size;
    }

    private static void expectHeader(DataInputStream in, int command) throws IOException {
        assertThat(in.readUnsignedByte()).isEqualTo(0xFF);
        assertThat(in.readUnsignedByte()).isEqualTo(command);
    }

    private static long versionedReplyBodyBytes() {
        return 4 + 1 + 8 + 4 + 2 + (long) ROWS * TAGS + 8L * ROWS;
    }

    /** Clips of three cameras stored grouped, like the sample; every third row labelled. */
    private Path writeDataset() throws IOException {
        Path data = dir.resolve("data.csv");
        Path meta = dir.resolve("meta.csv");
        StringBuilder csv = new StringBuilder(ROWS * 64)
                .append("clip_id,modality,file_path,tag_code_100,tag_code_200,tag_code_300,tag_code_400,tag_code_500\n");
        int row = 0;
        for (int clip = 0; clip < CLIPS; clip++) {
            for (int camera = 0; camera < CAMERAS; camera++) {
                for (int frame = 0; frame < FRAMES_PER_CLIP; frame++, row++) {
                    csv.append("clip").append(clip).append(",camera_").append(camera).append(",images/c")
                            .append(clip).append('_').append(camera).append('_').append(frame).append(".jpg")
                            .append(row % 3 == 0 ? ",True,,False,,True\n" : ",,,,,\n");
                }
            }
        }
        Files.writeString(data, csv, StandardCharsets.UTF_8);
        Files.writeString(meta, "code,alias\n100,Clear\n200,Rain\n300,Fog\n400,Night\n500,Traffic\n");
        Path settings = dir.resolve("server_setting.json");
        Files.writeString(settings, "{\"host\": \"127.0.0.1\", \"port\": 0, \"csv_dir\": \"" + data
                + "\", \"csv_save_dir\": \"" + dir.resolve("out") + "\", \"meta_path\": \"" + meta
                + "\", \"autosave_changes\": 0, \"autosave_seconds\": 0}");
        return settings;
    }
}
