package dev.fitt.bootstrap.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.inject.Guice;
import dev.fitt.bootstrap.server.RunningTaggingServer;
import dev.fitt.bootstrap.server.ServerApplication;
import dev.fitt.bootstrap.server.ServerModules;
import dev.fitt.bootstrap.settings.ServerSettings;
import dev.fitt.bootstrap.settings.ImageSettings;
import dev.fitt.bootstrap.settings.ServerTuning;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * What a data CSV may make the server send, asked over a real socket by a v1 client: rows naming
 * a secret beside the data folder (by symlink, {@code ..} and absolute path), a device, a FIFO and
 * a folder, between two good images.
 */
@Timeout(120)
class ImageFenceEndToEndTest {
    private static final String[] PATHS = {"images/ok.jpg", "link.jpg", "../secret.txt", null, "/dev/zero",
        "pipe.jpg", "images", "images/ok.jpg"};

    @TempDir
    Path dir;
    private Path data;
    private Path secret;

    @BeforeEach
    void dataset() throws Exception {
        data = Files.createDirectories(dir.resolve("data"));
        Files.createDirectories(data.resolve("images"));
        Files.writeString(data.resolve("images/ok.jpg"), "jpeg");
        secret = Files.writeString(dir.resolve("secret.txt"), "access_token=s3cr3t");
        Files.createSymbolicLink(data.resolve("link.jpg"), secret);
        assertThat(new ProcessBuilder("mkfifo", data.resolve("pipe.jpg").toString()).start().waitFor()).isZero();
        StringBuilder csv = new StringBuilder("clip_id,file_path,tag_code_100\n");
        for (int row = 0; row < PATHS.length; row++) {
            csv.append(String.format("c%02d,", row)).append(PATHS[row] == null ? secret.toString() : PATHS[row])
                    .append(",\n");
        }
        Files.writeString(data.resolve("d.csv"), csv);
        Files.writeString(data.resolve("m.csv"), "code,alias\n100,Clear Weather\n");
    }

    private RunningTaggingServer start(ServerTuning tuning) throws Exception {
        ServerSettings settings = new ServerSettings("127.0.0.1", 0, data.resolve("d.csv"), dir.resolve("out"),
                data.resolve("m.csv"), false, tuning);
        return Guice.createInjector(ServerModules.from(settings, dir)).getInstance(ServerApplication.class).start();
    }

    private static V1Client connect(RunningTaggingServer server) throws Exception {
        return new V1Client(new InetSocketAddress("127.0.0.1", server.address().getPort()));
    }

    private static String text(Object reply) {
        return reply instanceof byte[] bytes ? new String(bytes, StandardCharsets.UTF_8) : (String) reply;
    }

    @Test
    void byDefaultOnlyRegularFilesUnderTheDataFolderAreSent() throws Exception {
        try (RunningTaggingServer server = start(ServerTuning.defaults()); V1Client client = connect(server)) {
            assertThat(text(client.image(0))).isEqualTo("jpeg");
            assertThat(text(client.image(1))).isEqualTo("ERROR: image refused: link.jpg is outside the image root "
                    + data.toRealPath());
            assertThat(text(client.image(2))).startsWith("ERROR: image refused: ../secret.txt is outside");
            assertThat(text(client.image(3))).startsWith("ERROR: image refused: " + secret + " is outside");
            assertThat(text(client.image(4))).startsWith("ERROR: image refused: /dev/zero is outside");
            assertThat(text(client.image(5))).isEqualTo("ERROR: image refused: pipe.jpg is not a regular file");
            assertThat(text(client.image(6))).startsWith("ERROR: image path is a folder, not a file: ");
            assertThat(text(client.image(7))).as("still serving").isEqualTo("jpeg");
        }
    }

    @Test
    void leaveToServeOutsideTheRootStillSendsNoDeviceFifoOrFolder() throws Exception {
        try (RunningTaggingServer server = start(ServerTuning.defaults().withImages(new ImageSettings(null, true)));
                V1Client client = connect(server)) {
            assertThat(text(client.image(1))).isEqualTo("access_token=s3cr3t");
            assertThat(text(client.image(2))).isEqualTo("access_token=s3cr3t");
            assertThat(text(client.image(3))).isEqualTo("access_token=s3cr3t");
            assertThat(text(client.image(4))).isEqualTo("ERROR: image refused: /dev/zero is not a regular file");
            assertThat(text(client.image(5))).isEqualTo("ERROR: image refused: pipe.jpg is not a regular file");
            assertThat(text(client.image(6))).startsWith("ERROR: image path is a folder, not a file: ");
            assertThat(text(client.image(7))).isEqualTo("jpeg");
        }
    }

    @Test
    void aSetRootServesWhatIsUnderIt() throws Exception {
        try (RunningTaggingServer server = start(ServerTuning.defaults().withImages(new ImageSettings(dir, false)));
                V1Client client = connect(server)) {
            assertThat(text(client.image(0))).isEqualTo("jpeg");
            assertThat(text(client.image(2))).isEqualTo("access_token=s3cr3t");
            assertThat(text(client.image(4))).startsWith("ERROR: image refused: /dev/zero is outside the image root "
                    + dir.toRealPath());
        }
    }
}
