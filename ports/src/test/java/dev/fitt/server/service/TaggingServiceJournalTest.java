package dev.fitt.server.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.fitt.domain.AutosavePolicy;
import dev.fitt.domain.ImageRows;
import dev.fitt.domain.LabelsSnapshot;
import dev.fitt.domain.Tag;
import dev.fitt.domain.TagChange;
import dev.fitt.domain.TagSet;
import dev.fitt.domain.TagValue;
import dev.fitt.ports.ChangeRejectedException;
import dev.fitt.ports.ImageContent;
import dev.fitt.server.port.out.InMemoryChangeJournal;
import dev.fitt.server.port.out.SaveLabelsPort;
import dev.fitt.server.port.out.StoredDataset;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class TaggingServiceJournalTest {
    private static final List<TagValue> YES = List.of(TagValue.TRUE);

    private final List<LabelsSnapshot> saved = new ArrayList<>();
    private final InMemoryChangeJournal journal = new InMemoryChangeJournal();

    private ServerCore service() {
        return service(saved::add);
    }

    private ServerCore service(SaveLabelsPort store) {
        ImageRows rows = new ImageRows(new String[] {"1", "1", "1"}, new String[] {"", "", ""},
                new String[] {"a", "b", "c"});
        StoredDataset stored = new StoredDataset(new TagSet(List.of(new Tag("1", "One", "tag_code_1"))), rows,
                LabelsSnapshot.unset(3, 1), "in", "out");
        return ServerCore.of(stored, store, path -> new ImageContent(new byte[0]), journal);
    }

    @Test
    void aChangeIsDurableInTheJournalBeforeItIsAcknowledged() throws Exception {
        ServerCore service = service();

        service.tagging().tag(TagChange.ofRow(2, YES));

        assertThat(journal.kept()).containsExactly(TagChange.ofRow(2, YES));
        assertThat(journal.durable()).isEqualTo(1);
    }

    @Test
    void aChangeTheJournalCannotRecordIsRejectedAndNotApplied() {
        ServerCore service = service();
        journal.failAppends();

        assertThatThrownBy(() -> service.tagging().tag(TagChange.ofRow(0, YES)))
                .isInstanceOf(ChangeRejectedException.class).hasMessage("change not recorded: disk full");
        assertThat(service.queries().labels().isLabelled(0)).isFalse();
    }

    @Test
    void aSuccessfulSaveTrimsTheJournal() throws Exception {
        ServerCore service = service();
        service.tagging().tag(TagChange.ofRow(0, YES));

        service.saving().save();

        assertThat(journal.kept()).isEmpty();
    }

    @Test
    void recoveryAppliesTheJournalAndSavesAtOnce() throws Exception {
        journal.keep(TagChange.ofRow(1, YES));
        journal.keep(TagChange.ofRow(7, YES));
        ServerCore service = service();

        int recovered = service.saving().recoverFromJournal();

        assertThat(recovered).isEqualTo(1);
        assertThat(service.queries().labels().value(1, 0)).isEqualTo(TagValue.TRUE);
        assertThat(saved).hasSize(1);
        assertThat(service.saving().hasUnsavedChanges()).isFalse();
    }

    @Test
    void onlySavesNobodyTagsBesideRunAtFullSpeed() throws Exception {
        List<String> saves = new ArrayList<>();
        journal.keep(TagChange.ofRow(1, YES));
        ServerCore service = service(new SaveLabelsPort() {
            @Override
            public void save(LabelsSnapshot labels) {
                saves.add("paced");
            }

            @Override
            public void saveAtFullSpeed(LabelsSnapshot labels) {
                saves.add("full speed");
            }
        });

        service.saving().recoverFromJournal();
        service.tagging().tag(TagChange.ofRow(0, YES));
        service.saving().save();
        service.tagging().tag(TagChange.ofRow(2, YES));
        ServerAutosave autosave = new ServerAutosave(service.saving(), AutosavePolicy.everyChanges(1), () -> 0L);
        autosave.tick();
        autosave.close();
        service.tagging().tag(TagChange.ofRow(0, List.of(TagValue.FALSE)));
        service.saving().saveBeforeStopping();

        // Recovery runs before the server opens and the last save after it closed; a client's
        // save and the autosave run while annotators tag.
        assertThat(saves).containsExactly("full speed", "paced", "paced", "full speed");
    }

    @Test
    void autosaveSavesAfterNChanges() throws Exception {
        ServerCore service = service();
        ServerAutosave autosave = new ServerAutosave(service.saving(), AutosavePolicy.everyChanges(2), () -> 0L);
        service.tagging().tag(TagChange.ofRow(0, YES));
        autosave.tick();
        assertThat(saved).isEmpty();

        service.tagging().tag(TagChange.ofRow(1, YES));
        autosave.tick();

        assertThat(saved).hasSize(1);
        autosave.close();
    }

    @Test
    void autosaveWaitsFourTimesAsLongAsTheLastSaveTookBeforeTheNext() throws Exception {
        AtomicLong now = new AtomicLong();
        Duration saveTakes = Duration.ofMillis(300);
        ServerCore service = service(labels -> {
            saved.add(labels);
            now.addAndGet(saveTakes.toNanos());
        });
        ServerAutosave autosave = new ServerAutosave(service.saving(), AutosavePolicy.everyChanges(1), now::get);
        service.tagging().tag(TagChange.ofRow(0, YES));
        autosave.tick();
        assertThat(saved).hasSize(1);

        service.tagging().tag(TagChange.ofRow(1, YES));
        now.addAndGet(saveTakes.multipliedBy(4).minusNanos(1).toNanos());
        autosave.tick();
        assertThat(saved).hasSize(1);

        now.addAndGet(1);
        autosave.tick();

        assertThat(saved).hasSize(2);
        autosave.close();
    }

    @Test
    void autosaveSavesPendingChangesOnceTheIntervalHasPassed() throws Exception {
        ServerCore service = service();
        AtomicLong now = new AtomicLong();
        ServerAutosave autosave = new ServerAutosave(service.saving(), new AutosavePolicy(0, Duration.ofSeconds(5)), now::get);
        service.tagging().tag(TagChange.ofRow(0, YES));
        now.set(Duration.ofSeconds(4).toNanos());
        autosave.tick();
        assertThat(saved).isEmpty();

        now.set(Duration.ofSeconds(5).toNanos());
        autosave.tick();

        assertThat(saved).hasSize(1);
        autosave.close();
    }
}
