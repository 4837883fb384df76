package dev.fitt.adapters.socket.protocol;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.fitt.domain.LabelsSnapshot;
import dev.fitt.domain.TagValue;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

class LabelsCsvTest {
    @Test
    void writesHeaderThenTrueFalseOrEmptyCellsPerRow() {
        LabelsSnapshot labels = LabelsSnapshot.of(2, 3, new byte[] {
            TagValue.TRUE.code(), TagValue.FALSE.code(), TagValue.UNSET.code(),
            TagValue.UNSET.code(), TagValue.UNSET.code(), TagValue.UNSET.code()});

        String csv = text(LabelsCsvWriter.write(List.of("tag_code_100", "tag_code_200", "tag_code_300"), labels));

        assertThat(csv).isEqualTo("tag_code_100,tag_code_200,tag_code_300\nTrue,False,\n,,\n");
    }

    @Test
    void singleTagFormatWritesEmptyLinesForUnlabelledRows() {
        LabelsSnapshot labels = LabelsSnapshot.of(2, 1, new byte[] {TagValue.UNSET.code(), TagValue.TRUE.code()});

        assertThat(text(LabelsCsvWriter.write(List.of("label"), labels))).isEqualTo("label\n\nTrue\n");
    }

    @Test
    void manyTagsSpanSeveralPrecomputedChunksAndReadBack() throws Exception {
        int tags = 14;
        byte[] cells = new byte[3 * tags];
        for (int i = 0; i < cells.length; i++) {
            cells[i] = (byte) ((i * 7) % 3);
        }
        LabelsSnapshot labels = LabelsSnapshot.of(3, tags, cells);
        List<String> columns = IntStream.range(0, tags).mapToObj(t -> "tag_code_" + t).toList();

        LabelsCsvReader.Parsed parsed = LabelsCsvReader.read(LabelsCsvWriter.write(columns, labels));

        assertThat(parsed.columns()).isEqualTo(columns);
        assertThat(parsed.labels()).isEqualTo(labels);
        String line = text(LabelsCsvWriter.write(columns, labels)).split("\n")[1];
        assertThat(line).isEqualTo(IntStream.range(0, tags)
                .mapToObj(t -> List.of("", "False", "True").get(cells[t])).collect(Collectors.joining(",")));
    }

    @Test
    @Timeout(60)
    void aMillionRowsOfFiveTagsRoundTrip() throws Exception {
        int rows = 1_000_000;
        byte[] cells = new byte[rows * 5];
        for (int i = 0; i < cells.length; i++) {
            cells[i] = (byte) ((i * 31 + i / 7) % 3);
        }
        LabelsSnapshot labels = LabelsSnapshot.of(rows, 5, cells);
        List<String> columns = List.of("tag_code_1", "tag_code_2", "tag_code_3", "tag_code_4", "tag_code_5");

        LabelsCsvReader.Parsed parsed = LabelsCsvReader.read(LabelsCsvWriter.write(columns, labels));

        assertThat(parsed.labels()).isEqualTo(labels);
    }

    @Test
    void readerAcceptsAnyCaseOnesZerosAndCarriageReturns() throws Exception {
        byte[] csv = "a,b,c\r\nTRUE,false,1\r\n0,,true\r\n".getBytes(StandardCharsets.UTF_8);

        LabelsSnapshot labels = LabelsCsvReader.read(csv).labels();

        assertThat(labels.rowCount()).isEqualTo(2);
        assertThat(List.of(labels.value(0, 0), labels.value(0, 1), labels.value(0, 2),
                labels.value(1, 0), labels.value(1, 1), labels.value(1, 2)))
                .containsExactly(TagValue.TRUE, TagValue.FALSE, TagValue.TRUE,
                        TagValue.FALSE, TagValue.UNSET, TagValue.TRUE);
    }

    @Test
    void readerNamesLineAndColumnOfAnUnreadableCell() {
        byte[] csv = "tag_code_1,tag_code_2\nTrue,maybe\n".getBytes(StandardCharsets.UTF_8);

        assertThatThrownBy(() -> LabelsCsvReader.read(csv)).isInstanceOf(ProtocolException.class)
                .hasMessage("labels line 2, column tag_code_2: 'maybe' is not True, False or empty");
    }

    @Test
    void readerRejectsALineWithTooFewCells() {
        byte[] csv = "a,b\nTrue\n".getBytes(StandardCharsets.UTF_8);

        assertThatThrownBy(() -> LabelsCsvReader.read(csv)).isInstanceOf(ProtocolException.class)
                .hasMessage("labels line 2 has 1 cells but the header names 2 tag columns");
    }

    @Test
    void columnNamesWithCommasAreQuotedAndReadBack() throws Exception {
        LabelsSnapshot labels = LabelsSnapshot.unset(1, 2);

        LabelsCsvReader.Parsed parsed = LabelsCsvReader.read(LabelsCsvWriter.write(List.of("a,b", "say \"hi\""), labels));

        assertThat(parsed.columns()).containsExactly("a,b", "say \"hi\"");
    }

    private static String text(byte[] bytes) {
        return new String(bytes, StandardCharsets.UTF_8);
    }
}
