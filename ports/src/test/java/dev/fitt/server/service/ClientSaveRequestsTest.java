package dev.fitt.server.service;

import static org.assertj.core.api.Assertions.assertThat;

import dev.fitt.domain.AutosavePolicy;
import dev.fitt.domain.ImageRows;
import dev.fitt.domain.LabelsSnapshot;
import dev.fitt.domain.Tag;
import dev.fitt.domain.TagChange;
import dev.fitt.domain.TagSet;
import dev.fitt.domain.TagValue;
import dev.fitt.ports.SaveFailedException;
import dev.fitt.server.port.in.SaveLabelsUseCase;
import dev.fitt.ports.ImageContent;
import dev.fitt.server.port.out.InMemoryChangeJournal;
import dev.fitt.server.port.out.SaveLabelsPort;
import dev.fitt.server.port.out.StoredDataset;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Clients' save requests go to {@link ServerAutosave}: answered at once, written at most once per
 * rest period, nothing acknowledged ever lost. Real time and the real ticker thread; a save here
 * takes {@value #SAVE_MILLIS} ms, so the rest after it is four times that.
 */
@Timeout(60)
class ClientSaveRequestsTest {
    private static final int ROWS = 3;
    private static final long SAVE_MILLIS = 100;

    private final InMemoryChangeJournal journal = new InMemoryChangeJournal();
    private final List<LabelsSnapshot> written = new CopyOnWriteArrayList<>();
    private volatile String failure;
    private final ServerCore service = service();
    private final ServerAutosave autosave = new ServerAutosave(service.saving(), AutosavePolicy.never()).start();
    private final SaveLabelsUseCase requests = autosave;

    private ServerCore service() {
        ImageRows rows = new ImageRows(new String[] {"1", "1", "1"}, new String[] {"", "", ""},
                new String[] {"a", "b", "c"});
        StoredDataset stored = new StoredDataset(new TagSet(List.of(new Tag("1", "One", "tag_code_1"))), rows,
                LabelsSnapshot.unset(ROWS, 1), "in", "out");
        SaveLabelsPort slowStore = labels -> {
            if (failure != null) {
                throw new SaveFailedException(failure);
            }
            try {
                Thread.sleep(SAVE_MILLIS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            written.add(labels);
        };
        return ServerCore.of(stored, slowStore, path -> new ImageContent(new byte[0]), journal);
    }

    @AfterEach
    void stop() {
        autosave.close();
    }

    private static TagChange change(int i) {
        return TagChange.ofRow(i % ROWS, List.of(i % 2 == 0 ? TagValue.TRUE : TagValue.FALSE));
    }

    private static void await(BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (!condition.getAsBoolean() && System.nanoTime() < deadline) {
            Thread.sleep(10);
        }
        assertThat(condition.getAsBoolean()).isTrue();
    }

    private boolean lastWriteHoldsTheCoresLabels() {
        return !written.isEmpty() && written.get(written.size() - 1).equals(service.queries().labels());
    }

    @Test
    void aBurstOfRequestsIsAnsweredAtOnceWrittenAtMostTwiceAndEndsUpWhole() throws Exception {
        int edits = 30;
        long started = System.nanoTime();
        for (int i = 0; i < edits; i++) {
            service.tagging().tag(change(i));
            requests.save();
        }
        Duration answered = Duration.ofNanos(System.nanoTime() - started);

        // Synchronous saves would have taken edits x SAVE_MILLIS = 3 s.
        assertThat(answered).isLessThan(Duration.ofSeconds(1));
        // Not yet in the CSV: still in the journal.
        assertThat(journal.kept()).contains(change(edits - 1));
        await(this::lastWriteHoldsTheCoresLabels);
        Thread.sleep(5 * SAVE_MILLIS + 400);
        assertThat(written).as("writes for %d requests", edits).hasSizeLessThanOrEqualTo(2);
        assertThat(service.saving().hasUnsavedChanges()).isFalse();
        assertThat(journal.kept()).isEmpty();
    }

    @Test
    void aRequestAfterARestIsWrittenWithoutWaitingForTheNextTick() throws Exception {
        service.tagging().tag(change(0));
        requests.save();

        await(() -> written.size() == 1);
        assertThat(written.get(0)).isEqualTo(service.queries().labels());
    }

    @Test
    void aRequestStillWaitingForItsRestIsCoveredByTheSaveAtShutdown() throws Exception {
        service.tagging().tag(change(0));
        requests.save();
        await(() -> written.size() == 1);
        service.tagging().tag(change(1));
        requests.save();

        autosave.close();
        service.saving().saveBeforeStopping();

        assertThat(written.get(written.size() - 1)).isEqualTo(service.queries().labels());
        assertThat(service.saving().hasUnsavedChanges()).isFalse();
    }

    @Test
    void aFailedSaveIsReportedToTheNextRequestAndTriedAgain() throws Exception {
        failure = "disk full";
        service.tagging().tag(change(0));
        try {
            requests.save();
        } catch (SaveFailedException e) {
            // The save this request started may already have failed when the request reads the outcome.
        }
        await(() -> {
            try {
                requests.save();
                return false;
            } catch (SaveFailedException e) {
                return e.getMessage().contains("disk full") && e.getMessage().contains("journal");
            }
        });
        assertThat(journal.kept()).contains(change(0));

        failure = null;
        await(() -> {
            try {
                requests.save();
                return lastWriteHoldsTheCoresLabels();
            } catch (SaveFailedException e) {
                return false; // the failure is reported until a save succeeds
            }
        });
        assertThat(journal.kept()).isEmpty();
    }
}
