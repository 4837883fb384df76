package dev.fitt.adapters.csv.journal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.fitt.domain.TagChange;
import dev.fitt.domain.TagValue;
import dev.fitt.ports.out.ChangeJournalPort;
import dev.fitt.ports.out.JournalReplay;
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

    @Test
    void aTruncatedLastRecordIsReportedAndTheGoodOnesKept() throws Exception {
        ChangeJournalPort journal = open();
        appendDurably(journal, change(1, TagValue.TRUE));
        appendDurably(journal, change(2, TagValue.FALSE));
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
