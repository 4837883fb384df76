package dev.fitt.adapters.csv.journal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import dev.fitt.domain.TagChange;
import dev.fitt.domain.TagValue;
import dev.fitt.ports.JournalException;
import dev.fitt.server.port.out.ChangeJournalPort;
import dev.fitt.server.port.out.JournalReplay;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;

/**
 * The disk refuses a flush (full, or an I/O error): the changes it carried are reported as not
 * durable, the journal says so once in the log, tries again with the next change, and goes on by
 * itself once the disk takes writes again; nothing is lost or written twice.
 */
@Timeout(60)
class JournalWriteFailureTest {
    @TempDir
    Path dir;
    private final FailingFileLayer disk = new FailingFileLayer();
    private final Logger log = (Logger) LoggerFactory.getLogger(FileChangeJournal.class);
    private final ListAppender<ILoggingEvent> logged = new ListAppender<>();

    @BeforeEach
    void listen() {
        logged.start();
        log.addAppender(logged);
    }

    @AfterEach
    void stopListening() {
        log.detachAppender(logged);
    }

    private Path output() {
        return dir.resolve("data__labelled__.csv");
    }

    private ChangeJournalPort open() throws Exception {
        return FileJournals.beside(output(), disk);
    }

    private static TagChange change(int row) {
        return TagChange.ofRow(row, List.of(row % 2 == 0 ? TagValue.TRUE : TagValue.FALSE));
    }

    private static void appendDurably(ChangeJournalPort journal, TagChange change) throws Exception {
        journal.awaitDurable(journal.append(change));
    }

    private static void appendFailing(ChangeJournalPort journal, TagChange change) throws Exception {
        long sequence = journal.append(change);
        assertThatThrownBy(() -> journal.awaitDurable(sequence)).isInstanceOf(JournalException.class)
                .hasMessageContaining("No space left on device");
    }

    private List<String> messages(Level level) {
        return logged.list.stream().filter(e -> e.getLevel() == level).map(ILoggingEvent::getFormattedMessage)
                .toList();
    }

    private void refusesThenRecovers(FailingFileLayer.Failure how) throws Exception {
        ChangeJournalPort journal = open();
        appendDurably(journal, change(1));
        disk.fail(how);
        appendFailing(journal, change(2));
        appendFailing(journal, change(3));
        appendFailing(journal, change(4));
        disk.recover();
        appendDurably(journal, change(5));
        // no close(): as after a crash

        JournalReplay replay = FileJournals.beside(output()).replay();

        assertThat(replay.changes()).containsExactly(change(1), change(2), change(3), change(4), change(5));
        assertThat(replay.warnings()).isEmpty();
        assertThat(messages(Level.ERROR)).singleElement().asString()
                .contains(dir.toString()).contains("No space left on device");
        assertThat(messages(Level.WARN)).singleElement().asString().contains("writing again");
    }

    @Test
    void thousandsOfRefusedFlushesHoldTheirRecordsNotABufferEachAndAreAllWrittenOnceTheDiskHasRoom()
            throws Exception {
        FileChangeJournal journal = (FileChangeJournal) open();
        appendDurably(journal, change(0));
        disk.fail(FailingFileLayer.Failure.WRITES_TORN);
        int refused = 3_000;
        for (int i = 1; i <= refused; i++) {
            appendFailing(journal, change(i));
        }

        // A buffer each was 3,000 x 64 KB (~190 MB): a full disk ran a server's heap out (team trial).
        assertThat(journal.heldForNextFlush()).as("bytes held for the next flush").isLessThan(1_000_000);

        disk.recover();
        appendDurably(journal, change(refused + 1));
        JournalReplay replay = FileJournals.beside(output()).replay();
        assertThat(replay.changes()).hasSize(refused + 2).startsWith(change(0), change(1))
                .endsWith(change(refused), change(refused + 1));
        assertThat(replay.warnings()).isEmpty();
    }

    @Test
    void tornWritesAreRewrittenInPlaceOnceTheDiskHasRoomAgain() throws Exception {
        refusesThenRecovers(FailingFileLayer.Failure.WRITES_TORN);
    }

    @Test
    void failedSyncsAreWrittenAgainOnceTheDiskWorksAgain() throws Exception {
        refusesThenRecovers(FailingFileLayer.Failure.SYNCS);
    }

    @Test
    void aSegmentThatCouldNotBeCreatedIsCreatedWithALaterChange() throws Exception {
        ChangeJournalPort journal = open();
        appendDurably(journal, change(1));
        long checkpoint = journal.checkpoint();
        disk.fail(FailingFileLayer.Failure.OPENS);
        appendFailing(journal, change(2));
        assertThatThrownBy(() -> journal.discardBefore(checkpoint)).isInstanceOf(JournalException.class);
        appendFailing(journal, change(3));
        disk.recover();
        appendDurably(journal, change(4));
        journal.discardBefore(checkpoint);

        JournalReplay replay = FileJournals.beside(output()).replay();

        assertThat(replay.changes()).containsExactly(change(2), change(3), change(4));
        assertThat(replay.warnings()).isEmpty();
    }

    @Test
    void aCrashWhileTheDiskRefusesLeavesATornTailThatReplayReportsAndStepsOver() throws Exception {
        ChangeJournalPort journal = open();
        appendDurably(journal, change(1));
        disk.fail(FailingFileLayer.Failure.WRITES_TORN);
        appendFailing(journal, change(2));
        // no recovery and no close(): the power goes while the disk is full

        JournalReplay replay = FileJournals.beside(output()).replay();

        assertThat(replay.changes()).containsExactly(change(1));
        assertThat(replay.warnings()).singleElement().asString().contains("never acknowledged");
    }

    @Test
    void aSecondEpisodeIsLoggedAgain() throws Exception {
        ChangeJournalPort journal = open();
        for (int episode = 0; episode < 2; episode++) {
            disk.fail(FailingFileLayer.Failure.SYNCS);
            appendFailing(journal, change(10 + episode));
            appendFailing(journal, change(20 + episode));
            disk.recover();
            appendDurably(journal, change(30 + episode));
        }

        assertThat(messages(Level.ERROR)).hasSize(2);
        assertThat(messages(Level.WARN)).hasSize(2);
        assertThat(FileJournals.beside(output()).replay().changes()).containsExactly(
                change(10), change(20), change(30), change(11), change(21), change(31));
    }
}
