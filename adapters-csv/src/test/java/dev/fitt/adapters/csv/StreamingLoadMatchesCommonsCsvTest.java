package dev.fitt.adapters.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import dev.fitt.domain.ImageRows;
import dev.fitt.domain.LabelsSnapshot;
import dev.fitt.ports.DatasetLoadException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Loads stream fields through {@link CsvFieldScanner}; these properties hold {@link DataFileReader}
 * and {@link ResumedLabelsReader} to what commons-csv records gave ({@link CommonsCsvLoad}): the
 * same rows, labels, format B code and layout, and for a bad cell the same message, line number
 * included. Where commons-csv could not parse a file at all, the streaming load must refuse it too.
 */
@Timeout(120)
class StreamingLoadMatchesCommonsCsvTest {
    private static final String[] HEADERS = {
        "clip_id,modality,file_path,tag_code_1,tag_code_2",
        "file_path,note,tag_code_1,extra",
        "\"file_path\", odd ,tag_code_7,,\"a,b\"",
        "tag_code_1,file_path",
        "file_path,tag_code,label",
        "modality,tag_code_3,clip_id,file_path,tag_code_4,tag_code_5",
        "clip_id,modality,file_path,tag_code_1,tag_code_2,",
    };
    /** Cells a row is made of; tag values weigh most, so that many files load. */
    private static final String[] CELLS = {
        "", "", "True", "False", "1", "0", " true ", "FALSE", "\tTrue\t", "7", "clip_1", "camera_front",
        "a.jpg", "img/caf\u00e9.jpg", "\uD83D\uDE00.png", "\"a,b\"", "\"x\ny\"", "\"\"", "\"q\"\"uote\"",
        "maybe", "falſe", "TRUE\u00a0", "\u0130", " ",
    };
    /** Loose pieces for files that are not row-shaped at all. */
    private static final String[] PIECES = {
        ",", ",", ",", "\n", "\n", "\r\n", "\r", "True", "False", "1", "0", "a.jpg", "\u00e9", "\uD83D\uDE00", "\"",
        "\"\"", " ", "\t", "\"a,b\"", "\"\n\"", "x", "\u2028",
    };
    private static final String[] SEPARATORS = {"\n", "\r\n", "\r"};

    @TempDir
    Path dir;

    @Test
    void rowShapedFilesLoadAsCommonsCsvReadThem() {
        qt().withExamples(3000).forAll(integers().between(0, HEADERS.length - 1), integers().between(0, 12),
                integers().all()).checkAssert((header, rows, seed) -> compare(rowShaped(header, rows, new Random(seed)),
                        new Random(seed + 1L)));
    }

    @Test
    void filesOfLoosePiecesLoadOrFailAsCommonsCsvReadThem() {
        qt().withExamples(3000).forAll(integers().between(0, HEADERS.length - 1),
                lists().of(integers().between(0, PIECES.length - 1)).ofSizeBetween(0, 60), integers().all())
                .checkAssert((header, pieces, seed) -> compare(loose(header, pieces, new Random(seed)),
                        new Random(seed + 1L)));
    }

    @Test
    void aBadCellDeepInAQuotedMultiLineRowIsNamedWithTheLineTheRowEndsOn() throws Exception {
        Path data = dir.resolve("data.csv");
        Files.writeString(data, "file_path,note,tag_code_1\na.jpg,,True\nb.jpg,\"two\nlines\",maybe\n");

        assertThatThrownBy(() -> DataFileReader.read(data)).isInstanceOf(DatasetLoadException.class)
                .hasMessage("data.csv line 4, column tag_code_1: \"maybe\" is not a tag value (" + TagCells.ACCEPTED + ")");
        compare(Files.readString(data), new Random(1));
    }

    private static String rowShaped(int header, int rows, Random random) {
        String separator = SEPARATORS[random.nextInt(SEPARATORS.length)];
        StringBuilder text = new StringBuilder(random.nextInt(4) == 0 ? "\uFEFF" : "").append(HEADERS[header]);
        int width = HEADERS[header].split(",", -1).length;
        for (int row = 0; row < rows; row++) {
            text.append(separator);
            int fields = random.nextInt(6) == 0 ? random.nextInt(width + 2) + 1 : width;
            for (int field = 0; field < fields; field++) {
                if (field > 0) {
                    text.append(',');
                }
                text.append(random.nextInt(3) == 0 ? CELLS[random.nextInt(CELLS.length)] : CELLS[random.nextInt(8)]);
            }
            if (random.nextInt(8) == 0) {
                text.append(separator);
            }
        }
        if (random.nextBoolean()) {
            text.append(separator);
        }
        return text.toString();
    }

    private static String loose(int header, List<Integer> pieces, Random random) {
        StringBuilder text = new StringBuilder(HEADERS[header]).append(SEPARATORS[random.nextInt(SEPARATORS.length)]);
        for (int piece : pieces) {
            text.append(PIECES[piece]);
        }
        return text.toString();
    }

    /** Loads {@code text} both ways; then resumes labels from a variant of it both ways. */
    private void compare(String text, Random random) {
        try {
            Path data = dir.resolve("data.csv");
            Files.writeString(data, text);
            DataFile expected;
            try {
                expected = CommonsCsvLoad.dataFile(data);
            } catch (DatasetLoadException e) {
                assertSameFailure(e, () -> DataFileReader.read(data), text);
                return;
            }
            DataFile actual = DataFileReader.read(data);
            assertSameData(actual, expected, text);

            Path saved = dir.resolve("saved.csv");
            String savedText = random.nextBoolean() ? text : rowShaped(random.nextInt(HEADERS.length),
                    random.nextInt(6), random);
            Files.writeString(saved, savedText);
            LabelsSnapshot expectedLabels;
            try {
                expectedLabels = CommonsCsvLoad.resumedLabels(saved, data, expected);
            } catch (DatasetLoadException e) {
                assertSameFailure(e, () -> ResumedLabelsReader.read(saved, data, actual), savedText);
                return;
            }
            assertThat(ResumedLabelsReader.read(saved, data, actual)).as("labels resumed from %s", quote(savedText))
                    .isEqualTo(expectedLabels);
        } catch (IOException | DatasetLoadException e) {
            throw new AssertionError(e);
        }
    }

    private static void assertSameFailure(DatasetLoadException expected, Load load, String text) {
        Throwable cause = expected.getCause();
        if (cause instanceof IOException || cause instanceof UncheckedIOException) {
            // commons-csv's parse error has its own wording; the streaming one names file and line.
            assertThatThrownBy(load::run).as("commons-csv failed (%s) on %s", expected, quote(text))
                    .isInstanceOf(DatasetLoadException.class).hasCauseInstanceOf(IOException.class);
        } else {
            assertThatThrownBy(load::run).as("reading %s", quote(text)).isInstanceOf(DatasetLoadException.class)
                    .hasMessage(expected.getMessage());
        }
    }

    private static void assertSameData(DataFile actual, DataFile expected, String text) {
        assertThat(actual.layout()).as("layout of %s", quote(text)).isEqualTo(expected.layout());
        assertThat(actual.formatBCode()).as("format B code of %s", quote(text)).isEqualTo(expected.formatBCode());
        assertThat(actual.labels()).as("labels of %s", quote(text)).isEqualTo(expected.labels());
        ImageRows rows = actual.rows();
        assertThat(rows.size()).as("rows of %s", quote(text)).isEqualTo(expected.rows().size());
        for (int row = 0; row < rows.size(); row++) {
            assertThat(List.of(rows.clipId(row), rows.camera(row), rows.filePath(row))).as("row %d of %s", row, quote(text))
                    .isEqualTo(List.of(expected.rows().clipId(row), expected.rows().camera(row),
                            expected.rows().filePath(row)));
        }
    }

    private static String quote(String text) {
        return "[" + text.replace("\r", "\\r").replace("\n", "\\n") + "]";
    }

    @FunctionalInterface
    private interface Load {
        Object run() throws Exception;
    }
}
