package dev.fitt.adapters.socket.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.fitt.adapters.socket.SocketAdapter;
import dev.fitt.domain.Clip;
import dev.fitt.domain.TagChange;
import dev.fitt.domain.TagValue;
import dev.fitt.ports.ImageUnavailableException;
import dev.fitt.ports.SaveFailedException;
import dev.fitt.client.port.out.DatasetView;
import dev.fitt.client.port.out.ServerCapabilities;
import dev.fitt.client.port.out.TaggingServerPort;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * A tiny stand-in for the original Python server, quirks included: it acknowledges every change
 * with {@code FF 03 00}, fails every save with a bare {@code FF 04 01}, and never answers an image
 * index it does not have.
 */
@Timeout(60)
class OriginalServerQuirksTest {
    private static final byte[] LABELS_CSV = "tag_code_100,tag_code_200\nTrue,\nfalse,TRUE\n"
            .getBytes(StandardCharsets.UTF_8);

    private ServerSocket listener;
    private Thread serving;
    private TaggingServerPort client;

    @BeforeEach
    void start() throws IOException {
        listener = new ServerSocket(0, 1, InetAddress.getLoopbackAddress());
        serving = new Thread(this::serveOne, "fake-python-server");
        serving.setDaemon(true);
        serving.start();
        client = SocketAdapter.connect("127.0.0.1", listener.getLocalPort(), Duration.ofSeconds(2));
    }

    @AfterEach
    void stop() throws Exception {
        client.close();
        listener.close();
        serving.join(5_000);
    }

    @Test
    void datasetOfTheOriginalServerIsRead() throws Exception {
        DatasetView view = client.fetchDataset();

        assertThat(view.tags().aliases()).containsExactly("Sunny", "Wet road");
        assertThat(view.tags().get(0).code()).isEqualTo("100");
        assertThat(view.clips()).containsExactly(new Clip(0, 2, 2));
        assertThat(view.labels().value(0, 0)).isEqualTo(TagValue.TRUE);
        assertThat(view.labels().value(0, 1)).isEqualTo(TagValue.UNSET);
        assertThat(view.labels().value(1, 1)).isEqualTo(TagValue.TRUE);
    }

    @Test
    void unansweredHelloMeansPlainV1AndTheConnectionsV1StreamIsIntact() throws Exception {
        assertThat(client.capabilities()).isEqualTo(ServerCapabilities.V1_ONLY);
        assertThat(client.fetchCameraNames()).isEmpty();

        assertThat(client.fetchDataset().size()).isEqualTo(2);
        assertThat(client.fetchImage(1).bytes()).containsExactly(0xFF, 0xD8, 1);
        assertThatThrownBy(client::fetchVersionedLabels).isInstanceOf(UnsupportedOperationException.class)
                .hasMessage("the tagging server at 127.0.0.1:" + listener.getLocalPort()
                        + " offers no versioned labels (it speaks protocol v1 only, or did not grant it)");
    }

    @Test
    void bareSaveErrorIsAFailedSaveWithoutDetailAndTheConnectionGoesOn() throws Exception {
        client.tag(TagChange.ofRow(0, List.of(TagValue.TRUE, TagValue.FALSE)));

        assertThatThrownBy(client::save).isInstanceOf(SaveFailedException.class)
                .hasMessage("the tagging server at 127.0.0.1:" + listener.getLocalPort()
                        + " could not save the labels (it gave no reason)");

        client.tag(TagChange.ofRow(1, List.of(TagValue.TRUE, TagValue.FALSE)));
        assertThatThrownBy(client::save).isInstanceOf(SaveFailedException.class);
        assertThat(client.fetchDataset().size()).isEqualTo(2);
    }

    @Test
    void imageTheServerNeverAnswersTimesOutWithoutBreakingTheConnection() throws Exception {
        assertThatThrownBy(() -> client.fetchImage(9)).isInstanceOf(ImageUnavailableException.class)
                .hasMessage("the tagging server at 127.0.0.1:" + listener.getLocalPort()
                        + " sent no image 9 within 2000 ms");

        assertThat(client.fetchImage(1).bytes()).containsExactly(0xFF, 0xD8, 1);
    }

    private void serveOne() {
        try (Socket socket = listener.accept()) {
            InputStream in = socket.getInputStream();
            OutputStream out = socket.getOutputStream();
            while (true) {
                int marker = in.read();
                if (marker < 0) {
                    return;
                }
                if (marker != 0xFF) {
                    continue;
                }
                int command = in.read();
                out.write(answer(command, in));
                out.flush();
            }
        } catch (IOException e) {
            // the test closed the listener or the client went away
        }
    }

    private static byte[] answer(int command, InputStream in) throws IOException {
        ByteArrayOutputStream reply = new ByteArrayOutputStream();
        DataOut data = new DataOut(reply);
        switch (command) {
            case 0x01: {
                int index = ByteBuffer.wrap(in.readNBytes(4)).getInt();
                if (index < 2) {
                    data.bytes(0xFF, 0x01, 0x00).u32(index).u32(3).bytes(0xFF, 0xD8, index);
                }
                break;
            }
            case 0x02:
                data.bytes(0xFF, 0x02, 0x00).u32(2).text("Sunny").text("Wet road");
                break;
            case 0x03: {
                byte[] header = in.readNBytes(12);
                in.readNBytes(ByteBuffer.wrap(header, 8, 4).getInt());
                data.bytes(0xFF, 0x03, 0x00);
                break;
            }
            case 0x04:
                data.bytes(0xFF, 0x04, 0x01);
                break;
            case 0x05:
                data.bytes(0xFF, 0x05, 0x00).u32(1).u32(0).u32(2).u32(2);
                break;
            case 0x06:
                data.bytes(0xFF, 0x06, 0x00).u32(LABELS_CSV.length);
                reply.writeBytes(LABELS_CSV);
                break;
            default:
                break;
        }
        return reply.toByteArray();
    }

    /** Writes big-endian fields the way the Python server's struct.pack('>I') does. */
    private record DataOut(ByteArrayOutputStream out) {
        DataOut bytes(int... values) {
            for (int value : values) {
                out.write(value);
            }
            return this;
        }

        DataOut u32(int value) {
            out.writeBytes(ByteBuffer.allocate(4).putInt(value).array());
            return this;
        }

        DataOut text(String value) {
            byte[] bytes = value.getBytes(StandardCharsets.UTF_8);
            return u32(bytes.length).bytes(toInts(bytes));
        }

        private static int[] toInts(byte[] bytes) {
            int[] ints = new int[bytes.length];
            for (int i = 0; i < bytes.length; i++) {
                ints[i] = bytes[i] & 0xFF;
            }
            return ints;
        }
    }
}
