package dev.fitt.adapters.csv.journal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.fitt.domain.TagChange;
import dev.fitt.domain.TagValue;
import dev.fitt.server.port.out.ChangeJournalPort;
import dev.fitt.server.port.out.JournalReplay;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

@Timeout(60)
class FileChangeJournalTest {
    @TempDir
    Path dir;

    private Path output() {
        return dir.resolve("data__labelled__.csv");
    }

    private static TagChange change(int row, TagValue... values) {
        return TagChange.ofRow(row, List.of(values));
    }

    private ChangeJournalPort open() throws Exception {
        return FileJournals.beside(output());
    }

    private void appendDurably(ChangeJournalPort journal, TagChange change) throws Exception {
        journal.awaitDurable(journal.append(change));
    }

    private List<Path> segments() throws Exception {
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(p -> p.getFileName().toString().matches(".*\\.journal\\.\\d+")).sorted().toList();
        }
    }

    @Test
    void durableChangesAreReplayedAfterARestart() throws Exception {
        ChangeJournalPort first = open();
        appendDurably(first, change(3, TagValue.TRUE, TagValue.FALSE));
        appendDurably(first, new TagChange(0, 9, List.of(TagValue.UNSET, TagValue.TRUE)));
        // no close(): as after a crash

        JournalReplay replay = open().replay();

        assertThat(replay.changes()).containsExactly(change(3, TagValue.TRUE, TagValue.FALSE),
                new TagChange(0, 9, List.of(TagValue.UNSET, TagValue.TRUE)));
        assertThat(replay.warnings()).isEmpty();
    }

    @Test
    void changesBeforeASavedCheckpointAreDiscarded() throws Exception {
        ChangeJournalPort journal = open();
        appendDurably(journal, change(1, TagValue.TRUE));
        long checkpoint = journal.checkpoint();
        appendDurably(journal, change(2, TagValue.FALSE));
        journal.discardBefore(checkpoint);

        assertThat(open().replay().changes()).containsExactly(change(2, TagValue.FALSE));
    }

    @Test
    void anUnfinishedSaveKeepsEveryChange() throws Exception {
        ChangeJournalPort journal = open();
        appendDurably(journal, change(1, TagValue.TRUE));
        journal.checkpoint();
        appendDurably(journal, change(2, TagValue.FALSE));

        assertThat(open().replay().changes()).containsExactly(change(1, TagValue.TRUE), change(2, TagValue.FALSE));
    }

    /** Bytes of one journal record of a single row with a single value. */
    private static final int ONE_VALUE_RECORD = 20;

    @Test
    void aLastRecordCutShortByACrashInAGrownSegmentIsReportedAndTheGoodOnesKept() throws Exception {
        ChangeJournalPort journal = open();
        appendDurably(journal, change(1, TagValue.TRUE));
        appendDurably(journal, change(2, TagValue.TRUE));
        // no close(): the segment still ends in the zeros it was grown with; the crash lost the
        // last three bytes of the second record, as a torn write into those zeros leaves it
        Path segment = segments().get(0);
        try (RandomAccessFile file = new RandomAccessFile(segment.toFile(), "rw")) {
            assertThat(file.length()).isGreaterThan(2 * ONE_VALUE_RECORD);
            file.seek(2 * ONE_VALUE_RECORD - 3);
            file.write(new byte[3]);
        }

        JournalReplay replay = open().replay();

        assertThat(replay.changes()).containsExactly(change(1, TagValue.TRUE));
        assertThat(replay.warnings()).singleElement().asString()
                .contains(segment.toString())
                .contains("damage at byte " + ONE_VALUE_RECORD)
                .contains("the last record is incomplete")
                .contains("1 good records replayed")
                .contains(ONE_VALUE_RECORD - 3 + " damaged bytes")
                .contains(".damaged");
        assertThat(Files.size(segment.resolveSibling(segment.getFileName() + ".damaged")))
                .isEqualTo(ONE_VALUE_RECORD - 3);
    }

    @Test
    void aTruncatedLastRecordIsReportedAndTheGoodOnesKept() throws Exception {
        ChangeJournalPort journal = open();
        appendDurably(journal, change(1, TagValue.TRUE));
        appendDurably(journal, change(2, TagValue.FALSE));
        journal.close();
        Path segment = segments().get(0);
        try (RandomAccessFile file = new RandomAccessFile(segment.toFile(), "rw")) {
            file.setLength(file.length() - 3);
        }

        JournalReplay replay = open().replay();

        assertThat(replay.changes()).containsExactly(change(1, TagValue.TRUE));
        assertThat(replay.warnings()).singleElement().asString()
                .contains(segment.toString())
                .contains("the last record is incomplete")
                .contains("1 good records replayed")
                .contains(".damaged");
        assertThat(Files.size(segment.resolveSibling(segment.getFileName() + ".damaged"))).isPositive();
    }

    @Test
    void aSegmentGrowsAheadOfItsRecordsAndACleanCloseCutsTheRestOff() throws Exception {
        ChangeJournalPort journal = open();
        appendDurably(journal, change(1, TagValue.TRUE));
        Path segment = segments().get(0);

        assertThat(Files.size(segment)).isGreaterThanOrEqualTo(SegmentFile.FIRST_STEP);
        journal.close();
        assertThat(Files.size(segment)).isEqualTo(ONE_VALUE_RECORD);
    }

    @Test
    void restartsWithoutChangesLeaveNoEmptySegmentsBehind() throws Exception {
        ChangeJournalPort withChange = open();
        appendDurably(withChange, change(1, TagValue.TRUE));
        withChange.close();
        for (int restart = 0; restart < 3; restart++) {
            ChangeJournalPort journal = open();
            assertThat(journal.replay().changes()).containsExactly(change(1, TagValue.TRUE));
            journal.close();
        }

        assertThat(segments()).hasSize(1);
        assertThat(Files.size(segments().get(0))).isEqualTo(ONE_VALUE_RECORD);
    }

    @Test
    void recordsEndingInZeroBytesAreNotMistakenForTheZerosAfterThem() throws Exception {
        ChangeJournalPort journal = open();
        // value code 0 (unset) and row 0: the record's last bytes are zeros, like the space after it
        appendDurably(journal, new TagChange(0, 0, List.of(TagValue.TRUE, TagValue.UNSET, TagValue.UNSET)));
        appendDurably(journal, change(0, TagValue.UNSET));
        // no close(): as after a crash

        JournalReplay replay = open().replay();

        assertThat(replay.changes()).containsExactly(
                new TagChange(0, 0, List.of(TagValue.TRUE, TagValue.UNSET, TagValue.UNSET)), change(0, TagValue.UNSET));
        assertThat(replay.warnings()).isEmpty();
    }

    @Test
    void aLongSegmentGrownManyTimesReplaysEveryRecord() throws Exception {
        ChangeJournalPort journal = open();
        int batches = 12;
        int perBatch = 6_000;
        for (int b = 0; b < batches; b++) {
            long last = 0;
            for (int i = 0; i < perBatch; i++) {
                last = journal.append(change(b * perBatch + i, TagValue.values()[i % 3]));
            }
            journal.awaitDurable(last);
        }
        // about 1.4 MB of records: more than the largest growth step, so the file grew several times

        List<TagChange> replayed = open().replay().changes();

        assertThat(replayed).hasSize(batches * perBatch);
        for (int i = 0; i < replayed.size(); i++) {
            assertThat(replayed.get(i)).isEqualTo(change(i, TagValue.values()[(i % perBatch) % 3]));
        }
    }

    @Test
    void aWaiterWhoseThreadIsInterruptedStillGetsItsChangeOnDiskAndTheJournalGoesOn() throws Exception {
        ChangeJournalPort journal = open();
        try {
            Thread.currentThread().interrupt();
            // the waiter may be the one who flushes: an interrupt must not close the file under it
            appendDurably(journal, change(1, TagValue.TRUE));
            assertThat(Thread.currentThread().isInterrupted()).as("the interrupt is kept for the caller").isTrue();
        } finally {
            Thread.interrupted();
        }
        ExecutorService other = Executors.newSingleThreadExecutor();
        try {
            other.submit(() -> {
                appendDurably(journal, change(2, TagValue.FALSE));
                return null;
            }).get(10, TimeUnit.SECONDS);
        } finally {
            other.shutdown();
        }

        assertThat(open().replay().changes()).containsExactly(change(1, TagValue.TRUE), change(2, TagValue.FALSE));
    }

    @Test
    void writersInterruptedAtAnyMomentLoseNothingTheyWereToldIsDurable() throws Exception {
        ChangeJournalPort journal = open();
        int writers = 4;
        int changesEach = 150;
        List<Thread> threads = new ArrayList<>();
        List<Throwable> failures = java.util.Collections.synchronizedList(new ArrayList<>());
        for (int w = 0; w < writers; w++) {
            int writer = w;
            threads.add(new Thread(() -> {
                try {
                    for (int i = 0; i < changesEach; i++) {
                        appendDurably(journal, change(writer * 1000 + i, TagValue.TRUE));
                    }
                } catch (Throwable e) {
                    failures.add(e);
                }
            }, "writer-" + w));
        }
        threads.forEach(Thread::start);
        // Interrupts land before, during and after writes and syncs (a leader's too): an interrupt
        // in the middle of a sync must not close the journal for everybody.
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        java.util.Random random = new java.util.Random(7);
        while (threads.stream().anyMatch(Thread::isAlive) && System.nanoTime() < deadline) {
            threads.get(random.nextInt(writers)).interrupt();
            java.util.concurrent.locks.LockSupport.parkNanos(random.nextInt(200_000));
        }
        for (Thread thread : threads) {
            thread.join(TimeUnit.SECONDS.toMillis(10));
        }

        assertThat(failures).isEmpty();
        assertThat(open().replay().changes()).hasSize(writers * changesEach);
        appendDurably(journal, change(9999, TagValue.FALSE));
    }

    @Test
    void garbageInTheMiddleIsSetAsideAndLaterRecordsAreKept() throws Exception {
        ChangeJournalPort journal = open();
        appendDurably(journal, change(1, TagValue.TRUE));
        journal.close();
        Path segment = segments().get(0);
        Files.write(segment, new byte[] {0x13, 0x37, (byte) 0xA5, 0, 0, 0}, java.nio.file.StandardOpenOption.APPEND);
        ChangeJournalPort second = open();
        // the second journal writes a new segment; put a good record after the garbage in the old one too
        appendDurably(second, change(5, TagValue.FALSE));
        second.close();
        byte[] good = Files.readAllBytes(segments().get(1));
        Files.write(segment, good, java.nio.file.StandardOpenOption.APPEND);

        JournalReplay replay = open().replay();

        assertThat(replay.changes()).containsExactly(change(1, TagValue.TRUE), change(5, TagValue.FALSE),
                change(5, TagValue.FALSE));
        assertThat(replay.warnings()).singleElement().asString()
                .contains("damage at byte 20")
                .contains("6 damaged bytes set aside");
    }

    @Test
    void concurrentWritersAreAllDurableInAppendOrder() throws Exception {
        ChangeJournalPort journal = open();
        ExecutorService pool = Executors.newFixedThreadPool(8);
        List<Future<?>> futures = new ArrayList<>();
        for (int w = 0; w < 8; w++) {
            int writer = w;
            futures.add(pool.submit(() -> {
                for (int i = 0; i < 200; i++) {
                    appendDurably(journal, change(writer * 1000 + i, TagValue.TRUE));
                }
                return null;
            }));
        }
        for (Future<?> f : futures) {
            f.get(30, TimeUnit.SECONDS);
        }
        pool.shutdown();

        List<TagChange> replayed = open().replay().changes();

        assertThat(replayed).hasSize(1600);
        for (int w = 0; w < 8; w++) {
            int writer = w;
            List<Integer> rows = replayed.stream().map(TagChange::first).filter(r -> r / 1000 == writer).toList();
            assertThat(rows).isSorted().hasSize(200);
        }
    }
}
