package dev.fitt.adapters.socket.protocol;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.longs;
import static org.quicktheories.generators.SourceDSL.strings;

import dev.fitt.domain.LabelsSnapshot;
import dev.fitt.domain.VersionedLabels;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.quicktheories.core.Gen;

/**
 * The labels replies a server writes block by block from a snapshot are byte for byte the whole
 * encodings of the replies they stand for, whatever the block size.
 */
@Timeout(120)
class StreamedRepliesTest {
    private static final Gen<LabelsSnapshot> SNAPSHOT = in -> {
        int rows = integers().between(0, 300).mix(integers().between(0, 3), 30).generate(in);
        int tags = integers().between(1, 14).generate(in);
        byte[] cells = new byte[rows * tags];
        int bias = integers().between(0, 2).generate(in);
        for (int i = 0; i < cells.length; i++) {
            // Mostly one value in places, as real labels are, so long runs of one fragment occur too.
            int code = integers().between(0, 5).generate(in);
            cells[i] = (byte) (code > 2 ? bias : code);
        }
        return LabelsSnapshot.of(rows, tags, cells);
    };
    private static final Gen<String> COLUMN = strings().ascii().ofLengthBetween(0, 8)
            .mix(strings().basicMultilingualPlaneAlphabet().ofLengthBetween(1, 6), 20);
    private static final Gen<Integer> BLOCK_BYTES = integers().between(1, 400)
            .mix(integers().between(StreamedReplyWriter.BLOCK_BYTES, StreamedReplyWriter.BLOCK_BYTES), 10);
    private static final Gen<Long> U32 = longs().between(0, 0xFFFF_FFFFL);
    private static final Gen<Long> U64 = longs().between(0, Long.MAX_VALUE).mix(longs().between(0, 20), 50);

    @Test
    void labelsWrittenFromTheSnapshotAreTheWholeTextsEncoding() {
        qt().forAll(SNAPSHOT, lists().of(COLUMN).ofSize(14), BLOCK_BYTES).checkAssert((labels, names, block) -> {
            List<String> columns = names.subList(0, labels.tagCount());
            byte[] whole = MessageEncoder.toBytes(new Reply.Labels(LabelsCsvWriter.write(columns, labels)));

            Reply.LabelsFromSnapshot streamed = Reply.LabelsFromSnapshot.of(columns, labels);

            assertThat(written(streamed, block)).isEqualTo(whole);
            assertThat(MessageEncoder.toBytes(streamed)).isEqualTo(whole);
        });
    }

    @Test
    void versionedLabelsWrittenFromTheSnapshotAreTheWholeEncoding() {
        qt().forAll(SNAPSHOT, U32, U64, BLOCK_BYTES).checkAssert((labels, id, version, block) -> {
            long[] rowVersions = new long[labels.rowCount()];
            SplittableRandom random = new SplittableRandom(version ^ id);
            for (int i = 0; i < rowVersions.length; i++) {
                rowVersions[i] = random.nextInt(4) == 0 ? random.nextLong(Long.MAX_VALUE) : random.nextLong(100);
            }
            byte[] whole = MessageEncoder.toBytes(new VersionedReply.VersionedLabels(id, version, labels.rowCount(),
                    labels.tagCount(), labels.toCodes(), rowVersions));

            VersionedReply.VersionedLabelsFromSnapshot streamed = new VersionedReply.VersionedLabelsFromSnapshot(id,
                    new VersionedLabels(labels, rowVersions, version));

            assertThat(written(streamed, block)).isEqualTo(whole);
            assertThat(MessageEncoder.toBytes(streamed)).isEqualTo(whole);
        });
    }

    @Test
    void aLargeReplyIsWrittenInBlocksNoBiggerThanTheBlockSize() throws IOException {
        int rows = 200_000;
        int tags = 5;
        byte[] cells = new byte[rows * tags];
        SplittableRandom random = new SplittableRandom(18);
        for (int i = 0; i < cells.length; i++) {
            cells[i] = (byte) random.nextInt(3);
        }
        LabelsSnapshot labels = LabelsSnapshot.of(rows, tags, cells);
        List<String> columns = List.of("a", "b", "c", "d", "e");
        long[] rowVersions = new long[rows];
        for (int i = 0; i < rows; i++) {
            rowVersions[i] = random.nextLong(1_000_000);
        }
        List<Reply.Streamed> replies = List.of(Reply.LabelsFromSnapshot.of(columns, labels),
                new VersionedReply.VersionedLabelsFromSnapshot(7, new VersionedLabels(labels, rowVersions, 99)));
        List<byte[]> wholes = List.of(
                MessageEncoder.toBytes(new Reply.Labels(LabelsCsvWriter.write(columns, labels))),
                MessageEncoder.toBytes(new VersionedReply.VersionedLabels(7, 99, rows, tags, labels.toCodes(), rowVersions)));

        for (int i = 0; i < replies.size(); i++) {
            WriteSizes out = new WriteSizes();
            long reported = StreamedReplyWriter.write(replies.get(i), out);

            assertThat(out.bytes.toByteArray()).isEqualTo(wholes.get(i));
            assertThat(reported).isEqualTo(wholes.get(i).length);
            assertThat(out.largest).isLessThanOrEqualTo(StreamedReplyWriter.BLOCK_BYTES);
            assertThat(out.writes).isGreaterThan(10);
        }
    }

    @Test
    void decodesAsTheReplyItStandsFor() {
        LabelsSnapshot labels = LabelsSnapshot.of(2, 2, new byte[] {1, 2, 0, 1});
        long[] rowVersions = {3, 0};
        List<Reply> decoded = decode(concat(
                MessageEncoder.toBytes(Reply.LabelsFromSnapshot.of(List.of("x", "y,z"), labels)),
                MessageEncoder.toBytes(new VersionedReply.VersionedLabelsFromSnapshot(5,
                        new VersionedLabels(labels, rowVersions, 3)))));

        assertThat(decoded).containsExactly(
                new Reply.Labels(LabelsCsvWriter.write(List.of("x", "y,z"), labels)),
                new VersionedReply.VersionedLabels(5, 3, 2, 2, labels.toCodes(), rowVersions));
    }

    private static byte[] written(Reply.Streamed reply, int block) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            long size = StreamedReplyWriter.write(reply, out, block);
            assertThat(size).isEqualTo(out.size());
        } catch (IOException e) {
            throw new AssertionError(e);
        }
        return out.toByteArray();
    }

    private static List<Reply> decode(byte[] bytes) {
        ReplyDecoder decoder = new ReplyDecoder(CodecLimits.defaults());
        ByteBuffer in = ByteBuffer.wrap(bytes);
        List<Reply> out = new ArrayList<>();
        try {
            Reply reply;
            while ((reply = decoder.decode(in)) != null) {
                out.add(reply);
            }
        } catch (ProtocolException e) {
            throw new AssertionError(e);
        }
        return out;
    }

    private static byte[] concat(byte[] a, byte[] b) {
        return ByteBuffer.allocate(a.length + b.length).put(a).put(b).array();
    }

    /** Keeps what is written and the size of the largest single write. */
    private static final class WriteSizes extends OutputStream {
        final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        int largest;
        int writes;

        @Override
        public void write(int b) {
            bytes.write(b);
            largest = Math.max(largest, 1);
            writes++;
        }

        @Override
        public void write(byte[] b, int off, int len) {
            bytes.write(b, off, len);
            largest = Math.max(largest, len);
            writes++;
        }
    }
}
