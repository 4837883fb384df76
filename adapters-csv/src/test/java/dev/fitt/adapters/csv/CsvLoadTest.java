package dev.fitt.adapters.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.fitt.domain.Tag;
import dev.fitt.domain.TagValue;
import dev.fitt.ports.DatasetLoadException;
import dev.fitt.server.port.out.StoredDataset;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

@Timeout(30)
class CsvLoadTest {
    static final String README_SAMPLE = """
            clip_id,modality,file_path,tag_code_100,tag_code_200,tag_code_300
            1,camera_front,images/img_001.jpg,True,False,False,
            1,camera_rear,images/img_002.jpg,False,True,False,
            2,camera_front,images/img_003.jpg,False,False,True
            """;
    static final String README_META = """
            code,alias
            100,Clear Weather
            200,Rainy
            300,Foggy
            400,Night Time
            500,Heavy Traffic
            """;

    @TempDir
    Path dir;

    private StoredDataset load(String data, String meta) throws Exception {
        Files.writeString(dir.resolve("data.csv"), data);
        Files.writeString(dir.resolve("meta.csv"), meta);
        return store().load();
    }

    private CsvDatasetStore store() {
        return new CsvDatasetStore(new CsvStoreConfig(dir.resolve("data.csv"), dir.resolve("meta.csv"), null, true),
                new AtomicMoveCommit());
    }

    private DatasetLoadException loadFails(String data, String meta) throws IOException {
        Files.writeString(dir.resolve("data.csv"), data);
        Files.writeString(dir.resolve("meta.csv"), meta);
        try {
            store().load();
        } catch (DatasetLoadException e) {
            return e;
        }
        throw new AssertionError("load succeeded");
    }

    private static String row(StoredDataset d, int row) {
        StringBuilder cells = new StringBuilder();
        for (int t = 0; t < d.labels().tagCount(); t++) {
            TagValue v = d.labels().value(row, t);
            cells.append(v == TagValue.TRUE ? 'T' : v == TagValue.FALSE ? 'F' : '.');
        }
        return d.rows().clipId(row) + "|" + d.rows().camera(row) + "|" + d.rows().filePath(row) + "|" + cells;
    }

    @Test
    void theReadmeSampleLoadsAsWrittenTrailingCommasIncluded() throws Exception {
        StoredDataset d = load(README_SAMPLE, README_META);

        assertThat(d.tags().tags()).containsExactly(
                new Tag("100", "Clear Weather", "tag_code_100"),
                new Tag("200", "Rainy", "tag_code_200"),
                new Tag("300", "Foggy", "tag_code_300"));
        assertThat(List.of(row(d, 0), row(d, 1), row(d, 2))).containsExactly(
                "1|camera_front|images/img_001.jpg|TFF",
                "1|camera_rear|images/img_002.jpg|FTF",
                "2|camera_front|images/img_003.jpg|FFT");
    }

    @Test
    void tagsComeInDataColumnOrderNotMetaOrder() throws Exception {
        StoredDataset d = load("file_path,tag_code_300,tag_code_100\na.jpg,,\n", README_META);

        assertThat(d.tags().aliases()).containsExactly("Foggy", "Clear Weather");
    }

    @Test
    void everyAcceptedSpellingOfATagValueLoads() throws Exception {
        StoredDataset d = load("""
                file_path,tag_code_100,tag_code_200,tag_code_300
                a.jpg,true,FALSE,tRuE
                b.jpg,1,0,
                c.jpg,  ,False , True
                """, README_META);

        assertThat(List.of(row(d, 0), row(d, 1), row(d, 2))).containsExactly(
                "||a.jpg|TFT", "||b.jpg|TF.", "||c.jpg|.FT");
    }

    @Test
    void withoutClipIdTheWholeFileIsOneClipAndWithoutModalityOneCamera() throws Exception {
        StoredDataset d = load("file_path,tag_code_100\na.jpg,True\nb.jpg,\n", README_META);

        assertThat(d.rows().clipId(0)).isEmpty();
        assertThat(d.rows().clipId(1)).isEmpty();
        assertThat(d.rows().camera(0)).isEmpty();
        assertThat(d.rows().camera(1)).isEmpty();
    }

    @Test
    void formatBIsOneLabelTagWhoseCodeIsTheFirstRowsTagCode() throws Exception {
        StoredDataset d = load("clip_id,file_path,tag_code,label\n7,a.jpg,200,True\n7,b.jpg,200,\n7,c.jpg,200,0\n",
                README_META);

        assertThat(d.tags().tags()).containsExactly(new Tag("200", "Rainy", "label"));
        assertThat(List.of(row(d, 0), row(d, 1), row(d, 2))).containsExactly(
                "7||a.jpg|T", "7||b.jpg|.", "7||c.jpg|F");
    }

    @Test
    void formatBAcceptsATagCodesColumn() throws Exception {
        StoredDataset d = load("file_path,tag_codes,label\na.jpg,300,False\n", README_META);

        assertThat(d.tags().tags()).containsExactly(new Tag("300", "Foggy", "label"));
    }

    @Test
    void formatBWithAnEmptyFirstTagCodeNamesTheLine() {
        assertThatThrownBy(() -> load("file_path,tag_code,label\na.jpg,,True\n", README_META))
                .isInstanceOf(DatasetLoadException.class)
                .hasMessage("data.csv line 2, column tag_code: empty, but the first data row must name the tag "
                        + "code of the label column (format B)");
    }

    @Test
    void metaHeadersAreTrimmedAndScenarioAndTagCodeAreAccepted() throws Exception {
        StoredDataset d = load("file_path,tag_code_100,tag_code_200\na.jpg,,\n",
                "tag_code, scenario \n100 , Sunny \n0200,Rain\n");

        assertThat(d.tags().aliases()).containsExactly("Sunny", "Rain");
    }

    @Test
    void aTagMissingFromMetaGetsAFallbackAlias() throws Exception {
        StoredDataset d = load("file_path,tag_code_100,tag_code_999\na.jpg,,\n", README_META);

        assertThat(d.tags().aliases()).containsExactly("Clear Weather", "999_fallback");
    }

    @Test
    void aByteOrderMarkAtTheStartIsIgnored() throws Exception {
        StoredDataset d = load("\uFEFFfile_path,tag_code_100\na.jpg,True\n", "\uFEFFcode,alias\n100,Clear\n");

        assertThat(d.tags().aliases()).containsExactly("Clear");
        assertThat(d.rows().filePath(0)).isEqualTo("a.jpg");
    }

    @Test
    void quotedCellsWithCommasAndLineBreaksLoad() throws Exception {
        StoredDataset d = load("file_path,note,tag_code_100\n\"dir, with comma/a.jpg\",\"two\nlines\",True\n",
                README_META);

        assertThat(d.rows().filePath(0)).isEqualTo("dir, with comma/a.jpg");
    }

    @Test
    void clipIdsAndCamerasAreSharedBetweenRows() throws Exception {
        StoredDataset d = load(README_SAMPLE, README_META);

        assertThat(d.rows().clipId(0)).isSameAs(d.rows().clipId(1));
        assertThat(d.rows().camera(0)).isSameAs(d.rows().camera(2));
    }

    @Test
    void aCellThatIsNoTagValueNamesFileLineAndColumn() throws IOException {
        String data = "file_path,tag_code_100,tag_code_200\n"
                + "a.jpg,True,False\nb.jpg,True,False\nc.jpg,,\n\"d\n.jpg\",1,0\ne.jpg,0,1\nf.jpg,True,maybe\n";

        assertThat(loadFails(data, README_META)).hasMessage(
                "data.csv line 8, column tag_code_200: \"maybe\" is not a tag value "
                        + "(use True, False, 1, 0 or leave empty)");
    }

    @Test
    void aRowWithMoreNonEmptyFieldsThanTheHeaderNamesFileLineAndBothCounts() throws IOException {
        // An unquoted comma in a path shifts every later cell one column right.
        String data = "clip_id,modality,file_path,tag_code_100,tag_code_200\n"
                + "1,front,images/a.jpg,True,False\n1,front,images/b,c.jpg,True,False\n";

        assertThat(loadFails(data, README_META)).hasMessage("data.csv line 3: 6 fields but the header has 5"
                + " (field 6 is \"False\"); quote a cell that holds a comma");
    }

    @Test
    void emptyAndBlankFieldsPastTheHeaderAreAccepted() throws Exception {
        StoredDataset loaded = load("file_path,tag_code_100\na.jpg,True,,, ,\nb.jpg,False,\"\"\n", README_META);

        assertThat(loaded.labels().value(0, 0)).isEqualTo(TagValue.TRUE);
        assertThat(loaded.labels().value(1, 0)).isEqualTo(TagValue.FALSE);
    }

    @Test
    void aDataFileWithoutFilePathSaysWhatADataFileNeeds() throws IOException {
        assertThat(loadFails("clip_id,tag_code_100\n1,True\n", README_META)).hasMessage(
                "data.csv has no file_path column; a data CSV needs clip_id (optional), modality (optional), "
                        + "file_path and tag columns tag_code_<code> (format A) or tag_code + label (format B)");
    }

    @Test
    void aDataFileWithoutTagColumnsSaysWhatADataFileNeeds() throws IOException {
        assertThat(loadFails("clip_id,file_path,tag_code_x\n1,a.jpg,True\n", README_META)).hasMessage(
                "data.csv has no tag columns; a data CSV needs clip_id (optional), modality (optional), "
                        + "file_path and tag columns tag_code_<code> (format A) or tag_code + label (format B)");
    }

    @Test
    void aTagCodeColumnWithoutLabelIsPointedOut() throws IOException {
        assertThat(loadFails("file_path,tag_code\na.jpg,100\n", README_META).getMessage())
                .startsWith("data.csv has no tag columns (it has tag_code but no label column); a data CSV needs");
    }

    @Test
    void aColumnTwiceInTheHeaderIsRefused() throws IOException {
        assertThat(loadFails("file_path,tag_code_100,tag_code_100\na.jpg,,\n", README_META)).hasMessage(
                "data.csv line 1: column tag_code_100 appears twice in the header; each column may appear once");
    }

    @Test
    void aMissingDataFileIsNamedWithItsPath() throws IOException {
        Files.writeString(dir.resolve("meta.csv"), README_META);

        assertThatThrownBy(() -> store().load()).isInstanceOf(DatasetLoadException.class)
                .hasMessage("data CSV not found: " + dir.resolve("data.csv").toAbsolutePath());
    }

    @Test
    void aMissingMetaFileIsNamedWithItsPath() throws IOException {
        Files.writeString(dir.resolve("data.csv"), README_SAMPLE);

        assertThatThrownBy(() -> store().load()).isInstanceOf(DatasetLoadException.class)
                .hasMessage("meta CSV not found: " + dir.resolve("meta.csv").toAbsolutePath());
    }

    @Test
    void aDataFileThatIsNotUtf8IsNamed() throws IOException {
        Files.writeString(dir.resolve("meta.csv"), README_META);
        Files.write(dir.resolve("data.csv"), "file_path,tag_code_100\ncaf\u00e9.jpg,True\n"
                .getBytes(StandardCharsets.ISO_8859_1));

        assertThatThrownBy(() -> store().load()).isInstanceOf(DatasetLoadException.class)
                .hasMessage("data CSV " + dir.resolve("data.csv").toAbsolutePath()
                        + " is not UTF-8 text; save it as UTF-8 CSV");
    }

    @Test
    void metaWithoutAliasColumnNamesTheAcceptedColumns() throws IOException {
        assertThat(loadFails(README_SAMPLE, "code,name\n100,Clear\n")).hasMessage(
                "meta.csv has no alias column (header: code,name); a meta CSV needs a code (or tag_code) column "
                        + "and an alias (or scenario) column");
    }

    @Test
    void metaWithoutAnyKnownColumnNamesTheAcceptedColumns() throws IOException {
        assertThat(loadFails(README_SAMPLE, "id,name\n100,Clear\n")).hasMessage(
                "meta.csv has no code and alias columns (header: id,name); a meta CSV needs a code (or tag_code) "
                        + "column and an alias (or scenario) column");
    }

    @Test
    void anEmptyDataFileIsRefusedByName() throws IOException {
        assertThat(loadFails("", README_META)).hasMessage("data CSV " + dir.resolve("data.csv").toAbsolutePath()
                + " is empty; a data CSV needs clip_id (optional), modality (optional), file_path and tag columns "
                + "tag_code_<code> (format A) or tag_code + label (format B)");
    }

    @Test
    void aDataFileWithOnlyAHeaderIsRefusedByName() throws IOException {
        assertThat(loadFails("file_path,tag_code_100\n", README_META))
                .hasMessage("data.csv has a header but no data rows; add at least one row");
    }

    @Test
    void anUnterminatedQuoteIsReportedWithTheFileAndTheLineItStartsOn() throws IOException {
        assertThat(loadFails("file_path,tag_code_100\nok.jpg,\n\"a.jpg,True\n", README_META))
                .hasMessage("data CSV " + dir.resolve("data.csv").toAbsolutePath() + " is not valid CSV: data.csv "
                        + "line 3: a quoted field is never closed (the file ends inside it)");
    }

    @Test
    void textAfterAClosingQuoteIsReportedWithTheFileAndLine() throws IOException {
        assertThat(loadFails("file_path,tag_code_100\n\"a.jpg\"x,True\n", README_META))
                .hasMessage("data CSV " + dir.resolve("data.csv").toAbsolutePath() + " is not valid CSV: data.csv "
                        + "line 2: 'x' after a closing quote; a quoted field must be followed by a comma or the line's end");
    }

    @Test
    void sourceAndTargetNameTheFiles() throws Exception {
        StoredDataset d = load(README_SAMPLE, README_META);

        assertThat(d.source()).isEqualTo(dir.resolve("data.csv").toAbsolutePath().toString());
        assertThat(d.target()).isEqualTo(dir.resolve("data.csv").toAbsolutePath().toString());
    }
}
