package dev.fitt.adapters.postgres;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.fitt.domain.FilePaths;
import dev.fitt.domain.Review;
import dev.fitt.domain.RowProvenance;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/**
 * The rows of a COPY in PostgreSQL's text format, as the server sends them, in pieces cut anywhere:
 * rows in any order, escapes, nulls, provenance, and what is refused with the dataset named.
 */
class CopiedRowsTest {
    private static final Instant T1 = Instant.parse("2026-12-01T10:00:00.123456Z");

    private static void send(CopiedRows rows, String text) throws IOException {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        // The first half in pieces of 3 bytes: a row, a field, an escape and a multi-byte character
        // all get cut. The rest in one piece: the end of a cut row, then whole rows parsed in place.
        int half = bytes.length / 2;
        for (int at = 0; at < half; at += 3) {
            rows.write(bytes, at, Math.min(3, half - at));
        }
        rows.write(bytes, half, bytes.length - half);
    }

    private static String row(int index, String clip, String camera, String path, String labels, String labelledBy,
            String labelledAtMicros, String reviewedBy, String review) {
        return String.join("\t", String.valueOf(index), clip, camera, path, labels, labelledBy, labelledAtMicros,
                reviewedBy, review) + "\n";
    }

    @Test
    void rowsInAnyOrderGoToTheirPlaceWithEscapesNullsAndProvenance() throws Exception {
        CopiedRows rows = new CopiedRows(3, 2, "dataset d");
        long micros = T1.getEpochSecond() * 1_000_000 + T1.getNano() / 1_000;
        send(rows, row(2, "clip 2", "front", "images/ü/2.jpg", "\\\\x0201", "\\N", "\\N", "\\N", ""));
        send(rows, row(0, "clip\\t1", "front", "a\\\\b.jpg", "\\\\x0000", "Zoë\\tO'Neil", String.valueOf(micros), "Ben",
                "accepted"));
        send(rows, row(1, "clip\\t1", "rear", "c.jpg", "\\\\x0102", "Ana", String.valueOf(micros), "\\N", ""));

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
        String[] lines = new String[3];
        for (int i = 0; i < 3; i++) {
            lines[i] = row(i, "c", "front", "p/" + "x".repeat(i * 50) + ".jpg", "\\\\x00", "\\N", "\\N", "\\N", "");
            send(inOrder, lines[i]);
        }
        send(outOfOrder, lines[1] + lines[2] + lines[0]);
        FilePaths expected = inOrder.paths();
        FilePaths actual = outOfOrder.paths();
        for (int i = 0; i < 3; i++) {
            assertThat(actual.get(i)).isEqualTo(expected.get(i)).endsWith(".jpg");
        }
    }

    @Test
    void aRowTwiceAnUnknownReviewAndLabelsOfTheWrongLengthAreRefusedNamingTheDataset() {
        assertThatThrownBy(() -> send(new CopiedRows(2, 1, "dataset d in h:5432/db"),
                row(1, "c", "f", "p", "\\\\x00", "\\N", "\\N", "\\N", "") + row(1, "c", "f", "p", "\\\\x00", "\\N",
                        "\\N", "\\N", "")))
                .isInstanceOf(IOException.class).hasMessageContaining("dataset d in h:5432/db").hasMessageContaining(
                        "row 1 came twice");
        assertThatThrownBy(() -> send(new CopiedRows(1, 1, "dataset d"),
                row(0, "c", "f", "p", "\\\\x00", "Ana", "1", "Ben", "approved")))
                .isInstanceOf(IOException.class).hasMessageContaining("dataset d: row 0").hasMessageContaining(
                        "approved");
        assertThatThrownBy(() -> send(new CopiedRows(1, 2, "dataset d"),
                row(0, "c", "f", "p", "\\\\x00", "\\N", "\\N", "\\N", "")))
                .isInstanceOf(IOException.class).hasMessageContaining("row 0 has 1 labels for 2 tags");
    }
}
