package dev.fitt.client.port.out;

import dev.fitt.server.port.out.DatasetFixture;
import dev.fitt.server.port.out.InMemoryDatasetStore;
import dev.fitt.server.port.out.InMemoryImageSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.fitt.server.service.ServerCore;
import dev.fitt.domain.AppliedChange;
import dev.fitt.domain.Clip;
import dev.fitt.domain.TagChange;
import dev.fitt.domain.TagValue;
import dev.fitt.ports.ChangeConflictException;
import dev.fitt.ports.ChangeRejectedException;
import dev.fitt.ports.ImageUnavailableException;
import dev.fitt.ports.SaveFailedException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * What every {@link TaggingServerPort} must do, whatever carries it (TCP, in-process): the
 * client core relies on exactly this. Subclasses put a port in front of a core holding
 * {@link DatasetFixture#small()}; every image exists but {@code images/img_004.jpg}.
 */
@Timeout(value = 30, unit = TimeUnit.SECONDS)
public abstract class TaggingServerContract {
    private static final List<TagValue> TFT = List.of(TagValue.TRUE, TagValue.FALSE, TagValue.TRUE);

    protected InMemoryDatasetStore store;
    protected ServerCore core;
    private TaggingServerPort server;

    /** A port for a client of {@code core}. */
    protected abstract TaggingServerPort serverOver(ServerCore core) throws Exception;

    /** Releases whatever {@link #serverOver} started. */
    protected void stopServer() throws Exception {
    }

    @BeforeEach
    void startCore() throws Exception {
        DatasetFixture fixture = DatasetFixture.small();
        store = InMemoryDatasetStore.of(fixture);
        Map<String, byte[]> images = new HashMap<>();
        for (int row = 0; row < fixture.rows().size(); row++) {
            String path = fixture.rows().filePath(row);
            if (!path.equals("images/img_004.jpg")) {
                images.put(path, ("bytes of " + path).getBytes(StandardCharsets.UTF_8));
            }
        }
        core = ServerCore.of(store.load(), store, new InMemoryImageSource(images));
        server = serverOver(core);
    }

    @AfterEach
    void stop() throws Exception {
        server.close();
        stopServer();
    }

    @Test
    void theDatasetArrivesInDisplayOrder() throws Exception {
        DatasetView view = server.fetchDataset();

        assertThat(view.tags().aliases()).containsExactly("Clear Weather", "Rainy", "Foggy");
        assertThat(view.tags().columns()).containsExactly("tag_code_100", "tag_code_200", "tag_code_300");
        assertThat(view.clips()).containsExactly(new Clip(0, 4, 2), new Clip(4, 6, 1));
        assertThat(view.labels()).isEqualTo(core.queries().labels());
    }

    @Test
    void eachClipsIdArrivesWhereClipIdsAreOfferedElseNone() throws Exception {
        if (!server.capabilities().clipIds()) {
            assertThat(server.fetchClipIds()).isEmpty();
            return;
        }
        assertThat(server.fetchClipIds()).containsExactly("1", "2");
    }

    @Test
    void anImageArrivesAsStored() throws Exception {
        assertThat(new String(server.fetchImage(2).bytes(), StandardCharsets.UTF_8))
                .isEqualTo("bytes of images/img_003.jpg");
    }

    @Test
    void aMissingImageIsUnavailableWithTheReason() {
        assertThatThrownBy(() -> server.fetchImage(3)).isInstanceOf(ImageUnavailableException.class)
                .hasMessageContaining("images/img_004.jpg");
    }

    @Test
    void anImageOutOfRangeIsUnavailableNamingTheRange() {
        assertThatThrownBy(() -> server.fetchImage(6)).isInstanceOf(ImageUnavailableException.class)
                .hasMessageContaining("0..5");
    }

    @Test
    void aChangeReachesTheCore() throws Exception {
        server.tag(new TagChange(3, 5, TFT));

        assertThat(core.queries().labels().value(5, 2)).isEqualTo(TagValue.TRUE);
        assertThat(core.queries().labels().value(3, 1)).isEqualTo(TagValue.FALSE);
    }

    @Test
    void aChangeTheCoreRefusesIsRejectedWithItsReason() {
        assertThatThrownBy(() -> server.tag(TagChange.ofRow(0, List.of(TagValue.TRUE))))
                .isInstanceOf(ChangeRejectedException.class)
                .hasMessageContaining("change has 1 tag values but the dataset has 3 tags");
    }

    @Test
    void saveStoresTheLabels() throws Exception {
        server.tag(TagChange.ofRow(5, TFT));

        server.save();

        assertThat(store.saveCount()).isEqualTo(1);
        assertThat(store.savedLabels().value(5, 0)).isEqualTo(TagValue.TRUE);
    }

    @Test
    void aFailedSaveIsReportedWithTheReason() throws Exception {
        store.failSaves("disk full");
        server.tag(TagChange.ofRow(5, TFT));

        assertThatThrownBy(server::save).isInstanceOf(SaveFailedException.class).hasMessageContaining("disk full");
    }

    @Test
    void aStaleVersionedEditIsAConflictWhereVersionsAreOffered() throws Exception {
        if (!server.capabilities().versionedEdits()) {
            return;
        }
        long seen = server.fetchVersionedLabels().version();
        core.tagging().tag(TagChange.ofRow(1, TFT), "someone else");

        assertThatThrownBy(() -> server.tagIfCurrent(TagChange.ofRow(1, TFT), seen))
                .isInstanceOf(ChangeConflictException.class).hasMessageContaining("rows 1..1");
        long version = server.tagIfCurrent(TagChange.ofRow(0, TFT), seen);
        assertThat(version).isGreaterThan(seen);
    }

    @Test
    void othersChangesArePushedWhereLiveChangesAreOffered() throws Exception {
        if (!server.capabilities().liveChanges()) {
            return;
        }
        List<AppliedChange> pushed = new CopyOnWriteArrayList<>();
        try (AutoCloseable watch = server.watchChanges(pushed::add)) {
            server.tag(TagChange.ofRow(4, TFT));                     // our own: not pushed back
            core.tagging().tag(TagChange.ofRow(2, TFT), "someone else");
            for (int i = 0; i < 500 && pushed.isEmpty(); i++) {
                Thread.sleep(10);
            }
            assertThat(pushed).extracting(AppliedChange::change).containsExactly(TagChange.ofRow(2, TFT));
        }
    }
}
