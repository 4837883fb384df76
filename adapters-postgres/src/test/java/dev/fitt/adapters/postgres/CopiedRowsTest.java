package dev.fitt.adapters.postgres;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.fitt.domain.FilePaths;
import dev.fitt.domain.Review;
import dev.fitt.domain.RowProvenance;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.junit.jupiter.api.Test;

/**
 * The rows of a COPY in PostgreSQL's binary format, as the server sends them, in pieces cut
 * anywhere: rows in any order, nulls, provenance, and what is refused with the dataset named. Also
 * read from a real PostgreSQL by every store contract test.
 */
class CopiedRowsTest {
    private static final Instant T1 = Instant.parse("2026-12-01T10:00:00.123456Z");
    private static final long T1_POSTGRES_MICROS = ChronoUnit.MICROS.between(Instant.parse("2000-01-01T00:00:00Z"), T1);

    /** The header, {@code rows}, then the end, as one stream. */
    private static byte[] stream(byte[]... rows) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        DataOutputStream out = new DataOutputStream(bytes);
        out.write(new byte[] {'P', 'G', 'C', 'O', 'P', 'Y', '\n', (byte) 0xFF, '\r', '\n', 0});
        out.writeInt(0);
        out.writeInt(4);
        out.writeInt(0xCAFE); // a header extension, which a reader skips
        for (byte[] row : rows) {
            out.write(row);
        }
        out.writeShort(-1);
        return bytes.toByteArray();
    }

    private static void send(CopiedRows rows, byte[] bytes) throws IOException {
        // The first half in pieces of 3 bytes: the header, a row, a length and a multi-byte character
        // all get cut. The rest in one piece: the end of a cut row, then whole rows parsed in place.
        int half = bytes.length / 2;
        for (int at = 0; at < half; at += 3) {
            rows.write(bytes, at, Math.min(3, half - at));
        }
        rows.write(bytes, half, bytes.length - half);
    }

    /** A row with its keys; null fields are SQL nulls, {@code labelledAt} is microseconds since 2000. */
    private static byte[] row(int index, String clip, String camera, String path, byte[] labels, String labelledBy,
            Long labelledAt, String reviewedBy, String review) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        DataOutputStream out = new DataOutputStream(bytes);
        out.writeShort(9);
        out.writeInt(4);
        out.writeInt(index);
        for (Object field : new Object[] {clip, camera, path, labels, labelledBy, labelledAt, reviewedBy, review}) {
            if (field == null) {
                out.writeInt(-1);
            } else if (field instanceof Long micros) {
                out.writeInt(8);
                out.writeLong(micros);
            } else {
                byte[] value = field instanceof byte[] raw ? raw : ((String) field).getBytes(StandardCharsets.UTF_8);
                out.writeInt(value.length);
                out.write(value);
            }
        }
        return bytes.toByteArray();
    }

    private static byte[] plain(int index, String path) throws IOException {
        return row(index, "c", "front", path, new byte[] {0}, null, null, null, "");
    }

    @Test
    void rowsInAnyOrderGoToTheirPlaceWithTheirBytesAsTheyAreNullsAndProvenance() throws Exception {
        CopiedRows rows = new CopiedRows(3, 2, "dataset d");
        send(rows, stream(row(2, "clip 2", "front", "images/ü/2.jpg", new byte[] {2, 1}, null, null, null, ""),
                row(0, "clip\t1", "front", "a\\b.jpg", new byte[] {0, 0}, "Zoë\tO'Neil", T1_POSTGRES_MICROS, "Ben",
                        "accepted"),
                row(1, "clip\t1", "rear", "c.jpg", new byte[] {1, 2}, "Ana", T1_POSTGRES_MICROS, null, "")));

        assertThat(rows.count()).isEqualTo(3);
        assertThat(rows.clips).containsExactly("clip\t1", "clip\t1", "clip 2");
        assertThat(rows.cameras).containsExactly("front", "rear", "front");
        assertThat(rows.paths().get(0)).isEqualTo("a\\b.jpg");
        assertThat(rows.cells).containsExactly(0, 0, 1, 2, 2, 1);
        assertThat(rows.provenance[0]).isEqualTo(new RowProvenance("Zoë\tO'Neil", T1, "Ben", Review.ACCEPTED));
        assertThat(rows.provenance[1]).isEqualTo(new RowProvenance("Ana", T1, "", Review.NONE));
        assertThat(rows.provenance[2]).isEqualTo(RowProvenance.NONE);
    }

    @Test
    void pathsOfRowsInOrderAndOutOfOrderReadTheSame() throws Exception {
        CopiedRows inOrder = new CopiedRows(3, 1, "d");
        CopiedRows outOfOrder = new CopiedRows(3, 1, "d");
        byte[][] rows = new byte[3][];
        for (int i = 0; i < 3; i++) {
            rows[i] = plain(i, "p/" + "x".repeat(i * 50) + ".jpg");
        }
        send(inOrder, stream(rows));
        send(outOfOrder, stream(rows[1], rows[2], rows[0]));
        FilePaths expected = inOrder.paths();
        FilePaths actual = outOfOrder.paths();
        for (int i = 0; i < 3; i++) {
            assertThat(actual.get(i)).isEqualTo(expected.get(i)).endsWith(".jpg");
        }
    }

    @Test
    void aRowTwiceAnUnknownReviewAndLabelsOfTheWrongLengthAreRefusedNamingTheDataset() {
        assertThatThrownBy(() -> send(new CopiedRows(2, 1, "dataset d in h:5432/db"), stream(plain(1, "p"), plain(1, "p"))))
                .isInstanceOf(IOException.class).hasMessageContaining("dataset d in h:5432/db").hasMessageContaining(
                        "row 1 came twice");
        assertThatThrownBy(() -> send(new CopiedRows(1, 1, "dataset d"),
                stream(row(0, "c", "f", "p", new byte[] {0}, "Ana", 1L, "Ben", "approved"))))
                .isInstanceOf(IOException.class).hasMessageContaining("dataset d: row 0").hasMessageContaining(
                        "approved");
        assertThatThrownBy(() -> send(new CopiedRows(1, 2, "dataset d"), stream(plain(0, "p"))))
                .isInstanceOf(IOException.class).hasMessageContaining("row 0 has 1 labels for 2 tags");
        assertThatThrownBy(() -> send(new CopiedRows(1, 1, "dataset d"), stream(plain(3, "p"))))
                .isInstanceOf(IOException.class).hasMessageContaining("dataset d: row 3 is outside 0..0");
    }

    @Test
    void rowsThatAreNotBinaryCopyOrHaveOtherColumnsAreRefused() throws Exception {
        byte[] text = "0\tc\tf\tp\t\\\\x00\t\\N\t\\N\t\\N\t\n".repeat(3).getBytes(StandardCharsets.UTF_8);
        assertThatThrownBy(() -> send(new CopiedRows(1, 1, "dataset d"), text))
                .isInstanceOf(IOException.class).hasMessageContaining("dataset d").hasMessageContaining("binary COPY");
        // Rows with their keys, read as rows without.
        assertThatThrownBy(() -> send(new CopiedRows(1, 1, "dataset d", false), stream(plain(0, "p"))))
                .isInstanceOf(IOException.class).hasMessageContaining("9 fields, not 6");
    }

    @Test
    void rowsWithoutTheirKeysCarryIndexLabelsAndProvenance() throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        DataOutputStream out = new DataOutputStream(bytes);
        out.writeShort(6);
        out.writeInt(4);
        out.writeInt(0);
        out.writeInt(2);
        out.write(new byte[] {2, 1});
        out.writeInt(3);
        out.write("Ana".getBytes(StandardCharsets.UTF_8));
        out.writeInt(8);
        out.writeLong(T1_POSTGRES_MICROS);
        out.writeInt(-1);
        out.writeInt(0);
        CopiedRows rows = new CopiedRows(1, 2, "dataset d", false);

        send(rows, stream(bytes.toByteArray()));

        assertThat(rows.count()).isEqualTo(1);
        assertThat(rows.cells).containsExactly(2, 1);
        assertThat(rows.provenance[0]).isEqualTo(new RowProvenance("Ana", T1, "", Review.NONE));
        assertThat(rows.clips).isEmpty();
    }
}
