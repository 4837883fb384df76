package dev.fitt.bootstrap.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.inject.Guice;
import dev.fitt.adapters.socket.protocol.DatasetReply.DatasetEntry;
import dev.fitt.adapters.socket.protocol.Reply;
import dev.fitt.adapters.socket.protocol.VersionedRequest;
import dev.fitt.bootstrap.FittMain;
import dev.fitt.bootstrap.server.RunningTaggingServer;
import dev.fitt.bootstrap.server.ServerAdministration;
import dev.fitt.bootstrap.server.ServerApplication;
import dev.fitt.bootstrap.server.ServerModules;
import dev.fitt.bootstrap.settings.AdminSettings;
import dev.fitt.bootstrap.settings.DatasetServing;
import dev.fitt.bootstrap.settings.ImageSettings;
import dev.fitt.bootstrap.settings.ServerSettings;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * A dataset whose load fails with an unchecked exception (here: the image root it serves from went
 * away while the server runs, which the image source refuses as an illegal argument) is answered as
 * any load failure, over real sockets: the client is told why, naming the dataset, and keeps its
 * connection; other datasets and clients are served; the administrator sees it failed; a request
 * once the failure is no longer kept (a few seconds) loads it when the cause is fixed; and the
 * failed load keeps no file of it open.
 */
@Timeout(120)
class DatasetLoadFailureEndToEndTest {
    private static final String ADMIN_TOKEN = "adm1n-t0ken";
    /** Well past the few seconds the server keeps a failed load's answer (generous: CI is slow). */
    private static final Duration KEPT_FAILURE_OUTLASTED = Duration.ofSeconds(30);

    @TempDir
    Path dir;
    private Path data;
    private Path saveDir;
    private Path imageRoot;
    private Path imageRootAway;

    @BeforeEach
    void writeFolder() throws Exception {
        data = DatasetFolder.write(dir.resolve("data"));
        saveDir = dir.resolve("labelled");
        imageRoot = Files.createDirectories(dir.resolve("images"));
        imageRootAway = dir.resolve("images-unmounted");
    }

    private RunningTaggingServer start(String defaultDataset) throws Exception {
        ServerSettings folder = DatasetFolder.settings(data, saveDir,
                new DatasetServing(defaultDataset, DatasetServing.DEFAULT_IDLE_MINUTES));
        ServerSettings settings = new ServerSettings(folder.host(), folder.port(), folder.csvDir(),
                folder.csvSaveDir(), folder.metaPath(), folder.saveToSameFile(), folder.tuning()
                        .withImages(new ImageSettings(imageRoot, false)).withAdmin(new AdminSettings(ADMIN_TOKEN)))
                .withDatasets(folder.datasets());
        return Guice.createInjector(ServerModules.from(settings, dir)).getInstance(ServerApplication.class)
                .start(ServerAdministration.of(settings, Optional.empty()));
    }

    private static InetSocketAddress loopback(RunningTaggingServer server) {
        return new InetSocketAddress("127.0.0.1", server.address().getPort());
    }

    private void unmountImages() throws IOException {
        Files.move(imageRoot, imageRootAway);
    }

    private void mountImages() throws IOException {
        Files.move(imageRootAway, imageRoot);
    }

    private String adminDatasets(RunningTaggingServer server) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine commandLine = FittMain.commandLine(CommandLine.defaultFactory());
        commandLine.setOut(new PrintWriter(out, true));
        commandLine.setErr(new PrintWriter(err, true));
        int code = commandLine.execute("admin", "--host", "127.0.0.1", "--port",
                String.valueOf(server.address().getPort()), "--admin-token", ADMIN_TOKEN, "datasets");
        assertThat(code).as(err.toString()).isZero();
        return out.toString();
    }

    /** What this process holds open in the save folder (the journals, version bases and output locks live there). */
    private List<String> openFilesIn(Path folder) throws IOException {
        List<String> open = new ArrayList<>();
        try (Stream<Path> fds = Files.list(Path.of("/proc/self/fd"))) {
            for (Path fd : fds.toList()) {
                try {
                    Path target = Files.readSymbolicLink(fd);
                    if (target.startsWith(folder.toRealPath()) && !target.equals(folder.toRealPath())) {
                        open.add(target.toString());
                    }
                } catch (IOException gone) {
                    // closed while listing
                }
            }
        }
        return open;
    }

    /** As v1 polls: the tag list once the server loads the dataset again; empty when it never did. */
    private static List<String> tagListOnceTheFailureIsNoLongerKept(V1Client v1) throws Exception {
        long deadline = System.nanoTime() + KEPT_FAILURE_OUTLASTED.toNanos();
        Optional<List<String>> tags = v1.tagListUnlessRefused();
        while (tags.isEmpty() && System.nanoTime() < deadline) {
            Thread.sleep(200);
            tags = v1.tagListUnlessRefused();
        }
        return tags.orElse(List.of());
    }

    @Test
    void aSelectedDatasetThatFailsToLoadIsAnsweredWithTheReasonAndTheConnectionGoesOn() throws Exception {
        try (RunningTaggingServer server = start(null);
                ExtensionClient client = new ExtensionClient(loopback(server))) {
            assertThat(client.select("day1")).isNull();
            List<String> openBefore = openFilesIn(saveDir);
            unmountImages();

            String refused = client.select("day2");

            assertThat(refused).contains("day2", "image root", imageRoot.toString());
            assertThat(client.datasets().selected()).as("still on the dataset it had").isEqualTo("day1");
            assertThat(client.labels().rows()).isEqualTo(3);
            DatasetEntry day2 = client.datasets().datasets().get(1);
            assertThat(day2.state()).isEqualTo(DatasetEntry.FAILED);
            assertThat(day2.problem()).contains("day2", "image root");
            assertThat(adminDatasets(server)).containsPattern("day2 +failed: .*day2.*image root");
            assertThat(openFilesIn(saveDir)).as("the failed load keeps no file of day2 open")
                    .containsExactlyInAnyOrderElementsOf(openBefore);
            try (Stream<Path> files = Files.list(saveDir)) {
                assertThat(files.map(f -> f.getFileName().toString())).as("nor did it start a journal")
                        .noneMatch(name -> name.startsWith("day2__labelled__.csv.journal"));
            }
            try (ExtensionClient other = new ExtensionClient(loopback(server))) {
                assertThat(other.select("day3")).as("another client, another dataset").contains("image root");
                assertThat(other.select("day1")).isNull();
                assertThat(other.labels().rows()).isEqualTo(3);
            }

            mountImages();
            assertThat(client.selectOnceLoaded("day2", KEPT_FAILURE_OUTLASTED)).as("a later select loads it again")
                    .isNull();
            assertThat(client.labels().rows()).isEqualTo(3);
            assertThat(adminDatasets(server)).containsPattern("day2 +loaded +3");
        }
    }

    @Test
    void aDefaultDatasetThatFailsToLoadIsAnErrorReplyToV1AndExtensionRequestsAlike() throws Exception {
        try (RunningTaggingServer server = start("day3")) {
            unmountImages();
            try (V1Client v1 = new V1Client(loopback(server));
                    ExtensionClient fenced = new ExtensionClient(loopback(server))) {
                // v1 has no room for a reason in a tag list error: the status says it, the connection stays.
                v1.send((byte) 0xFF, (byte) 0x02);
                v1.expect(0xFF, 0x02, 0x01);
                Reply labels = fenced.call(new VersionedRequest.VersionedLabels(fenced.nextId()));
                assertThat(labels).isInstanceOfSatisfying(Reply.ExtensionError.class,
                        error -> assertThat(error.message()).contains("day3", "image root"));

                mountImages();
                assertThat(tagListOnceTheFailureIsNoLongerKept(v1)).as("a later request loads it")
                        .containsExactly("Clear Weather", "Foggy");
                assertThat(fenced.labels().rows()).isEqualTo(2);
            }
        }
    }
}
