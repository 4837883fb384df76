package dev.fitt.server.port.out;

import static org.assertj.core.api.Assertions.assertThat;

import dev.fitt.domain.TagChange;
import dev.fitt.domain.TagValue;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** What every {@link ChangeJournalPort} keeps across a restart, and what a saved checkpoint lets go. */
@Timeout(value = 30, unit = TimeUnit.SECONDS)
public abstract class ChangeJournalContract {

    /** A journal over fresh, empty storage. */
    protected abstract ChangeJournalPort newJournal() throws Exception;

    /** The journal a restarted process would open over the same storage as {@code before} (not closed: a crash). */
    protected abstract ChangeJournalPort reopen(ChangeJournalPort before) throws Exception;

    private static TagChange change(int row) {
        return TagChange.ofRow(row, List.of(TagValue.TRUE, TagValue.UNSET));
    }

    private static void durably(ChangeJournalPort journal, TagChange change) throws Exception {
        journal.awaitDurable(journal.append(change));
    }

    @Test
    void durableChangesAreReplayedInOrderAfterARestart() throws Exception {
        ChangeJournalPort journal = newJournal();
        durably(journal, change(3));
        durably(journal, change(1));

        assertThat(reopen(journal).replay().changes()).containsExactly(change(3), change(1));
    }

    @Test
    void sequencesGrowWithEveryAppend() throws Exception {
        ChangeJournalPort journal = newJournal();
        long first = journal.append(change(0));
        long second = journal.append(change(1));

        assertThat(second).isGreaterThan(first);
    }

    @Test
    void aSavedCheckpointDropsWhatCameBeforeItOnly() throws Exception {
        ChangeJournalPort journal = newJournal();
        durably(journal, change(1));
        long checkpoint = journal.checkpoint();
        durably(journal, change(2));
        journal.discardBefore(checkpoint);

        assertThat(reopen(journal).replay().changes()).containsExactly(change(2));
    }

    @Test
    void aCheckpointWhoseSaveNeverFinishedDropsNothing() throws Exception {
        ChangeJournalPort journal = newJournal();
        durably(journal, change(1));
        journal.checkpoint();
        durably(journal, change(2));

        assertThat(reopen(journal).replay().changes()).containsExactly(change(1), change(2));
    }

    @Test
    void aNewJournalReplaysNothing() throws Exception {
        assertThat(newJournal().replay().changes()).isEmpty();
    }
}
