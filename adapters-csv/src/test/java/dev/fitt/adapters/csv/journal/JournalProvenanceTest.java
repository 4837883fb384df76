package dev.fitt.adapters.csv.journal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.fitt.domain.Attribution;
import dev.fitt.domain.ChangeKind;
import dev.fitt.domain.RecordedChange;
import dev.fitt.domain.TagChange;
import dev.fitt.domain.TagValue;
import dev.fitt.server.port.out.ChangeJournalPort;
import dev.fitt.server.port.out.JournalReplay;
import java.io.ByteArrayOutputStream;
import java.io.RandomAccessFile;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.zip.CRC32;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** The journal keeps who made each change, and still reads journals written before it did. */
@Timeout(60)
class JournalProvenanceTest {
    private static final Attribution ANA = new Attribution("Ana", Instant.parse("2026-12-03T09:00:00.123Z"),
            ChangeKind.LABEL);
    private static final Attribution RITA = new Attribution("Rita Ñúñez", Instant.parse("2026-12-03T09:01:00Z"),
            ChangeKind.ACCEPT);

    @TempDir
    Path dir;

    private Path output() {
        return dir.resolve("data__labelled__.csv");
    }

    private static TagChange change(int row, TagValue... values) {
        return TagChange.ofRow(row, List.of(values));
    }

    @Test
    void aReplayNamesWhoMadeEachChangeAndWhen() throws Exception {
        ChangeJournalPort first = FileJournals.beside(output());
        first.awaitDurable(first.append(change(3, TagValue.TRUE, TagValue.FALSE), ANA));
        first.awaitDurable(first.append(change(3, TagValue.TRUE, TagValue.FALSE), RITA));
        // no close(): as after a crash

        JournalReplay replay = FileJournals.beside(output()).replay();

        assertThat(replay.warnings()).isEmpty();
        assertThat(replay.recorded()).containsExactly(
                new RecordedChange(change(3, TagValue.TRUE, TagValue.FALSE), ANA),
                new RecordedChange(change(3, TagValue.TRUE, TagValue.FALSE), RITA));
    }

    /**
     * A segment as fitt wrote it before changes had authors, byte for byte (record {@code A5}, no
     * author), followed by this version's first segment: both replay, the old one as unknown.
     */
    @Test
    void aJournalWrittenBeforeChangesHadAuthorsStillReplays() throws Exception {
        byte[] oldRecord = oldFormatRecord(7, 7, new byte[] {2, 0});
        assertThat(HexFormat.of().formatHex(oldRecord, 0, 1)).isEqualTo("a5");
        ByteArrayOutputStream segment = new ByteArrayOutputStream();
        segment.write(oldRecord);
        segment.write(oldFormatRecord(0, 9, new byte[] {1, 1}));
        segment.write(new byte[64]); // grown with zeros, as a segment still open at a crash is
        Files.write(dir.resolve("data__labelled__.csv.journal.000001"), segment.toByteArray());
        ChangeJournalPort upgraded = FileJournals.beside(output());
        upgraded.awaitDurable(upgraded.append(change(1, TagValue.FALSE, TagValue.TRUE), ANA));

        JournalReplay replay = FileJournals.beside(output()).replay();

        assertThat(replay.warnings()).isEmpty();
        assertThat(replay.recorded()).containsExactly(
                new RecordedChange(change(7, TagValue.TRUE, TagValue.UNSET), Attribution.UNKNOWN),
                new RecordedChange(new TagChange(0, 9, List.of(TagValue.FALSE, TagValue.FALSE)), Attribution.UNKNOWN),
                new RecordedChange(change(1, TagValue.FALSE, TagValue.TRUE), ANA));
    }

    @Test
    void aDamagedAuthorIsSetAsideAndTheRecordsAfterItStillReplay() throws Exception {
        ChangeJournalPort first = FileJournals.beside(output());
        first.awaitDurable(first.append(change(1, TagValue.TRUE), ANA));
        first.awaitDurable(first.append(change(2, TagValue.TRUE), ANA));
        Path segment = dir.resolve("data__labelled__.csv.journal.000001");
        try (RandomAccessFile file = new RandomAccessFile(segment.toFile(), "rw")) {
            file.seek(9 + 1 + 8 + 2); // the first byte of the first record's name
            file.write('X');
        }

        JournalReplay replay = FileJournals.beside(output()).replay();

        assertThat(replay.recorded()).containsExactly(new RecordedChange(change(2, TagValue.TRUE), ANA));
        assertThat(replay.warnings()).singleElement().asString().contains("checksum mismatch");
    }

    /** {@code A5 len:u32 crc32:u32 first:u32 last:u32 count:u16 values}, as written until 2026-12. */
    private static byte[] oldFormatRecord(int first, int last, byte[] values) {
        ByteBuffer payload = ByteBuffer.allocate(10 + values.length);
        payload.putInt(first).putInt(last).putShort((short) values.length).put(values);
        CRC32 crc = new CRC32();
        crc.update(payload.array());
        return ByteBuffer.allocate(9 + payload.capacity()).put((byte) 0xA5).putInt(payload.capacity())
                .putInt((int) crc.getValue()).put(payload.array()).array();
    }
}
