package dev.fitt.adapters.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import dev.fitt.domain.LabelsSnapshot;
import dev.fitt.domain.TagValue;
import dev.fitt.ports.SaveFailedException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.quicktheories.core.Gen;

/**
 * Saves stream fields through {@link CsvFieldScanner} and {@link CellText}; these properties hold
 * them to what commons-csv parsing and printing wrote ({@link CommonsCsvCopy}), byte for byte, on
 * random files full of quotes, commas, line ends, spaces and ragged rows.
 */
@Timeout(120)
class StreamingSaveMatchesCommonsCsvTest {
    /** Headers with 1 to 3 tag columns, one quoted, one with a column past every row's end. */
    private static final String[] HEADERS = {
        "file_path,note,tag_code_1,extra",
        "clip_id,modality,file_path,tag_code_1,tag_code_2",
        "\"file_path\", odd ,tag_code_7,,\"a,b\"",
        "tag_code_1,file_path",
        "file_path,tag_code,label",
        "file_path,x,y,z,tag_code_3,tag_code_4,tag_code_5",
    };
    private static final int[] HEADER_TAGS = {1, 2, 1, 1, 1, 3};
    /** Body pieces; plain letters repeat so that most files are valid CSV. */
    private static final String[] PIECES = {
        "a", "b", "img.jpg", "a", "b", "é", "😀", ",", ",", ",", "\n", "\n", "\r\n", "\r", "\"", "\"\"", " ",
        "\t", "#", "!", "True", "1", "0", "\u2028", "\u00a0", "x y", "\"q\"", "\"a,b\"", "\"\n\"", "\f", "\u000b",
    };
    private static final String[] SEPARATORS = {"\n", "\r\n", "\r"};

    @TempDir
    Path dir;

    private static Gen<List<Integer>> pieces() {
        return lists().of(integers().between(0, PIECES.length - 1)).ofSizeBetween(0, 80);
    }

    @Test
    void savesMatchCommonsCsvByteForByteOnRandomFiles() {
        qt().withExamples(4000).forAll(integers().between(0, HEADERS.length - 1), pieces(), integers().all())
                .checkAssert(this::savesTheSameAsCommonsCsv);
    }

    @Test
    void savesMatchCommonsCsvOnHandPickedCorners() throws Exception {
        String[] bodies = {
            "",
            "a.jpg,\" spaced \",True,\n\n\nb.jpg,,,",
            "\"a\"  ,b,c\r\n\"x\"\t,\"\",\r\n",
            "a,b\n\"unclosed",
            "a,\"b\"c,d\n",
            "short\n,\n\"\"\n",
            " lead,trail ,#hash,!bang,\"\"\"quoted\"\"\"\n",
            "a\rb\rc\r",
            "\n\n\n",
        };
        for (int header = 0; header < HEADERS.length; header++) {
            for (String body : bodies) {
                for (String separator : SEPARATORS) {
                    for (boolean bom : new boolean[] {false, true}) {
                        String text = (bom ? "\uFEFF" : "") + HEADERS[header] + separator + body;
                        check(text, HEADER_TAGS[header], new Random(header * 31L + body.length()), 0);
                        check(text, HEADER_TAGS[header], new Random(header * 37L + body.length()), 1);
                    }
                }
            }
        }
    }

    private void savesTheSameAsCommonsCsv(int header, List<Integer> pieces, int seed) {
        Random random = new Random(seed);
        StringBuilder text = new StringBuilder(random.nextInt(4) == 0 ? "\uFEFF" : "");
        text.append(HEADERS[header]).append(SEPARATORS[random.nextInt(SEPARATORS.length)]);
        for (int piece : pieces) {
            text.append(PIECES[piece]);
        }
        try {
            check(text.toString(), HEADER_TAGS[header], random, random.nextInt(10) == 0 ? 1 : 0);
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    /** Saves random labels over {@code text}; {@code extraRows} > 0 makes both ways refuse to save. */
    private void check(String text, int tags, Random random, int extraRows) throws Exception {
        Path source = dir.resolve("data.csv");
        Path target = dir.resolve("out.csv");
        Files.deleteIfExists(target);
        Files.writeString(source, text);
        int rows;
        try {
            rows = CommonsCsvCopy.dataRows(source) + extraRows;
        } catch (IOException e) {
            rows = 1;
        }
        byte[] codes = new byte[rows * tags];
        for (int i = 0; i < codes.length; i++) {
            codes[i] = TagValue.values()[random.nextInt(TagValue.values().length)].code();
        }
        LabelsSnapshot labels = LabelsSnapshot.of(rows, tags, codes);
        String expected;
        try {
            expected = CommonsCsvCopy.of(source, labels);
        } catch (Exception e) {
            LabelledCopyWriter writer = new LabelledCopyWriter(source, new AtomicMoveCommit());
            assertThatThrownBy(() -> writer.write(labels, target)).as("commons-csv failed (%s) on %s", e, quote(text))
                    .isInstanceOf(SaveFailedException.class);
            assertThat(target).doesNotExist();
            return;
        }
        new LabelledCopyWriter(source, new AtomicMoveCommit()).write(labels, target);
        assertThat(new String(Files.readAllBytes(target), StandardCharsets.UTF_8)).as("saving %s", quote(text))
                .isEqualTo(expected);
        assertThat(Files.readAllBytes(target)).isEqualTo(expected.getBytes(StandardCharsets.UTF_8));
    }

    private static String quote(String text) {
        return "[" + text.replace("\r", "\\r").replace("\n", "\\n") + "]";
    }
}
