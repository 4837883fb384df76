package dev.fitt.adapters.csv.journal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.fitt.domain.AutosavePolicy;
import dev.fitt.server.service.ServerAutosave;
import dev.fitt.server.service.ServerCore;
import dev.fitt.domain.AppliedChange;
import dev.fitt.domain.ImageRows;
import dev.fitt.domain.LabelsSnapshot;
import dev.fitt.domain.Tag;
import dev.fitt.domain.TagChange;
import dev.fitt.domain.TagSet;
import dev.fitt.domain.TagValue;
import dev.fitt.ports.ChangeRejectedException;
import dev.fitt.ports.SaveFailedException;
import dev.fitt.server.port.out.ChangeJournalPort;
import dev.fitt.ports.ImageContent;
import dev.fitt.server.port.out.StoredDataset;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * The core over the real journal on a disk that refuses writes for a while: a change it could not
 * make durable is answered as not saved, yet stays what every view shows (the original client
 * ignores the error and shows its edit); the journal writes it once the disk takes writes again,
 * and an acknowledged change after that means every change before it is on disk too.
 */
@Timeout(60)
class TaggingOnAFailingDiskTest {
    private static final List<TagValue> YES = List.of(TagValue.TRUE);
    private static final List<TagValue> NO = List.of(TagValue.FALSE);

    @TempDir
    Path dir;
    private final FailingFileLayer disk = new FailingFileLayer();

    private StoredDataset stored() {
        ImageRows rows = new ImageRows(new String[] {"1", "1", "1"}, new String[] {"", "", ""},
                new String[] {"a", "b", "c"});
        return new StoredDataset(new TagSet(List.of(new Tag("1", "One", "tag_code_1"))), rows,
                LabelsSnapshot.unset(3, 1), "in", "out");
    }

    private ServerCore service(ChangeJournalPort journal) {
        return ServerCore.of(stored(), labels -> { }, path -> new ImageContent(new byte[0]), journal);
    }

    @Test
    void aChangeTheDiskRefusedIsAnsweredAsNotSavedStaysShownAndIsWrittenOnceTheDiskRecovers() throws Exception {
        Path output = dir.resolve("out.csv");
        ServerCore service = service(FileJournals.beside(output, disk));
        List<AppliedChange> pushed = new CopyOnWriteArrayList<>();
        service.tagging().watch(pushed::add);
        disk.fail(FailingFileLayer.Failure.SYNCS);

        assertThatThrownBy(() -> service.tagging().tag(TagChange.ofRow(0, YES)))
                .isInstanceOf(ChangeRejectedException.class)
                .hasMessageStartingWith("not saved: ")
                .hasMessageContaining("No space left on device")
                .hasMessageContaining("a crash before then loses it");
        assertThat(service.queries().labels().isLabelled(0)).as("kept, as the annotator's own view shows it").isTrue();
        assertThat(pushed).as("and as the others were shown it").hasSize(1);

        disk.recover();
        service.tagging().tag(TagChange.ofRow(1, NO));
        // no close(): as after a crash

        ServerCore restarted = service(FileJournals.beside(output));
        restarted.saving().recoverFromJournal();
        assertThat(restarted.queries().labels()).isEqualTo(service.queries().labels());
        assertThat(restarted.queries().labels().isLabelled(0)).isTrue();
        assertThat(restarted.queries().labels().isLabelled(1)).isTrue();
    }

    /**
     * The original client ignores a change's error status and reads only the save reply: a save
     * request must not answer "saved" while a change is held only in memory, or its user keeps
     * tagging into nothing.
     */
    @Test
    void aSaveRequestIsNotAnsweredAsSavedWhileAChangeIsHeldOnlyInMemory() throws Exception {
        Path output = dir.resolve("out.csv");
        AtomicBoolean full = new AtomicBoolean();
        // A save on the full disk ends only when the test says so: the answer to a request must not
        // depend on whether the save it asked for has failed yet.
        CountDownLatch saveOnTheFullDiskEnds = new CountDownLatch(1);
        ServerCore service = ServerCore.of(stored(), labels -> {
            if (full.get()) {
                awaitQuietly(saveOnTheFullDiskEnds);
                throw new SaveFailedException("No space left on device (simulated)");
            }
        }, path -> new ImageContent(new byte[0]), FileJournals.beside(output, disk));
        try (ServerAutosave requests = new ServerAutosave(service.saving(), AutosavePolicy.never()).start()) {
            try {
                requestsAreNotAnsweredAsSavedUntilTheDiskRecovers(service, requests, full, saveOnTheFullDiskEnds);
            } finally {
                saveOnTheFullDiskEnds.countDown();
            }
        }
    }

    private void requestsAreNotAnsweredAsSavedUntilTheDiskRecovers(ServerCore service, ServerAutosave requests,
            AtomicBoolean full, CountDownLatch saveOnTheFullDiskEnds) throws Exception {
        full.set(true);
        disk.fail(FailingFileLayer.Failure.SYNCS);
        assertThatThrownBy(() -> service.tagging().tag(TagChange.ofRow(0, YES)))
                .isInstanceOf(ChangeRejectedException.class);

        assertThatThrownBy(requests::save).as("the first request after the refused change")
                .isInstanceOf(SaveFailedException.class)
                .hasMessageContaining("not saved");
        saveOnTheFullDiskEnds.countDown();

        full.set(false);
        disk.recover();
        service.tagging().tag(TagChange.ofRow(1, NO));
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        boolean answeredSaved = false;
        while (!answeredSaved && System.nanoTime() < deadline) {
            try {
                requests.save();
                answeredSaved = true;
            } catch (SaveFailedException stillFailing) {
                Thread.sleep(50);
            }
        }
        assertThat(answeredSaved).as("answered as saved again once the disk took the held change").isTrue();
    }

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            latch.await(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
