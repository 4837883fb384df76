package dev.fitt.adapters.csv;

import static dev.fitt.adapters.csv.CsvLoadTest.README_META;
import static dev.fitt.adapters.csv.CsvLoadTest.README_SAMPLE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.fitt.domain.LabelsSnapshot;
import dev.fitt.ports.SaveFailedException;
import dev.fitt.server.port.out.DatasetFixture;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

@Timeout(30)
class CsvSaveTest {
    @TempDir
    Path dir;
    private final SwitchableCommit commit = new SwitchableCommit();

    private Path data() {
        return dir.resolve("data.csv");
    }

    private CsvDatasetStore sameFileStore(String data) throws IOException {
        Files.writeString(data(), data);
        Files.writeString(dir.resolve("meta.csv"), README_META);
        return new CsvDatasetStore(new CsvStoreConfig(data(), dir.resolve("meta.csv"), null, true), commit);
    }

    private static LabelsSnapshot labels(int rows, int tags, String... cells) {
        return DatasetFixture.labels(rows, tags, cells);
    }

    private String[] leftoverTempFiles(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".saving")).toArray(String[]::new);
        }
    }

    @Test
    void savingUnchangedLabelsGivesTheReadmeSampleBackByteForByte() throws Exception {
        CsvDatasetStore store = sameFileStore(README_SAMPLE);

        store.save(store.load().labels());

        assertThat(Files.readString(data())).isEqualTo(README_SAMPLE);
    }

    @Test
    void onlyEditedCellsChangeAndTrailingEmptyFieldsStay() throws Exception {
        CsvDatasetStore store = sameFileStore(README_SAMPLE);

        store.save(labels(3, 3, "TFF", ".TT", "FFT"));

        assertThat(Files.readString(data())).isEqualTo("""
                clip_id,modality,file_path,tag_code_100,tag_code_200,tag_code_300
                1,camera_front,images/img_001.jpg,True,False,False,
                1,camera_rear,images/img_002.jpg,,True,True,
                2,camera_front,images/img_003.jpg,False,False,True
                """);
    }

    @Test
    void otherColumnsQuotingLineEndingsAndByteOrderMarkAreKept() throws Exception {
        String original = "\uFEFFfile_path,note,tag_code_100,extra\r\n"
                + "\"dir, x/a.jpg\",\"say \"\"hi\"\"\nthere\",True,\r\n"
                + ",empty path,,z\r\n"
                + "c.jpg,,,";
        CsvDatasetStore store = sameFileStore(original);

        store.save(labels(3, 1, "F", "T", "."));

        assertThat(Files.readString(data())).isEqualTo("\uFEFFfile_path,note,tag_code_100,extra\r\n"
                + "\"dir, x/a.jpg\",\"say \"\"hi\"\"\nthere\",False,\r\n"
                + ",empty path,True,z\r\n"
                + "c.jpg,,,");
    }

    @Test
    void otherCellsAreRequotedAsCommonsCsvPrintsThem() throws Exception {
        // Earlier saves printed every cell through commons-csv; saves stay byte-identical to those.
        CsvDatasetStore store = sameFileStore("file_path,note,tag_code_100\n"
                + "\"a.jpg\",\"plain\",\n"
                + " b.jpg,#x,\n"
                + "c.jpg,\"q\"  ,\n");

        store.save(labels(3, 1, ".", "T", "F"));

        assertThat(Files.readString(data())).isEqualTo("file_path,note,tag_code_100\n"
                + "a.jpg,plain,\n"
                + "\" b.jpg\",\"#x\",True\n"
                + "c.jpg,q,False\n");
    }

    @Test
    void blankLinesAndLoneCarriageReturnsAreDroppedAsBefore() throws Exception {
        CsvDatasetStore store = sameFileStore("file_path,tag_code_100\n\na.jpg,\r\n\r\nb.jpg,1\rc.jpg,\n\n");

        store.save(labels(3, 1, "T", ".", "F"));

        assertThat(Files.readString(data())).isEqualTo("file_path,tag_code_100\na.jpg,True\nb.jpg,\nc.jpg,False\n");
    }

    @Test
    void aDataFileMadeMalformedSinceLoadingFailsTheSaveNamingFileAndLine() throws Exception {
        CsvDatasetStore store = sameFileStore(README_SAMPLE);
        LabelsSnapshot loaded = store.load().labels();
        String broken = README_SAMPLE.replace("images/img_002.jpg", "\"images/img_002.jpg\"x");
        Files.writeString(data(), broken);

        assertThatThrownBy(() -> store.save(loaded))
                .isInstanceOf(SaveFailedException.class)
                .hasMessage("could not save labels to " + data().toAbsolutePath() + ": data.csv line 3: 'x' after a "
                        + "closing quote; a quoted field must be followed by a comma or the line's end; it changed "
                        + "since loading (the file there is unchanged)");

        assertThat(Files.readString(data())).isEqualTo(broken);
        assertThat(leftoverTempFiles(dir)).isEmpty();
    }

    @Test
    void oneAndZeroCellsAreWrittenAsTrueAndFalse() throws Exception {
        CsvDatasetStore store = sameFileStore("file_path,tag_code_100,tag_code_200\na.jpg,1,0\n");

        store.save(store.load().labels());

        assertThat(Files.readString(data())).isEqualTo("file_path,tag_code_100,tag_code_200\na.jpg,True,False\n");
    }

    @Test
    void aRowEndingBeforeATagColumnIsWidenedOnlyWhenThatTagIsSet() throws Exception {
        CsvDatasetStore store = sameFileStore("file_path,tag_code_100,tag_code_200\na.jpg\nb.jpg\n");

        store.save(labels(2, 2, "..", ".T"));

        assertThat(Files.readString(data())).isEqualTo("file_path,tag_code_100,tag_code_200\na.jpg\nb.jpg,,True\n");
    }

    @Test
    void formatBSavesTheLabelColumn() throws Exception {
        CsvDatasetStore store = sameFileStore("file_path,tag_code,label\na.jpg,200,\nb.jpg,200,True\n");

        store.save(labels(2, 1, "F", "."));

        assertThat(Files.readString(data())).isEqualTo("file_path,tag_code,label\na.jpg,200,False\nb.jpg,200,\n");
    }

    @Test
    void savesGoToTheLabelledFileInTheSaveFolderWhichIsCreated() throws Exception {
        Files.writeString(data(), README_SAMPLE);
        Files.writeString(dir.resolve("meta.csv"), README_META);
        Path saveDir = dir.resolve("results/labels");
        CsvStoreConfig config = new CsvStoreConfig(data(), dir.resolve("meta.csv"), saveDir, false);
        CsvDatasetStore store = new CsvDatasetStore(config, commit);

        store.save(labels(3, 3, "...", "...", "..."));

        Path output = saveDir.resolve("data__labelled__.csv");
        assertThat(CsvAdapter.outputFile(config)).isEqualTo(output);
        assertThat(Files.readString(output)).isEqualTo("""
                clip_id,modality,file_path,tag_code_100,tag_code_200,tag_code_300
                1,camera_front,images/img_001.jpg,,,,
                1,camera_rear,images/img_002.jpg,,,,
                2,camera_front,images/img_003.jpg,,,
                """);
        assertThat(Files.readString(data())).isEqualTo(README_SAMPLE);
    }

    @Test
    void aFailureWhileCommittingLeavesTheOldFileWholeAndNoTemporaryFile() throws Exception {
        CsvDatasetStore store = sameFileStore(README_SAMPLE);
        commit.failFromNowOn();

        assertThatThrownBy(() -> store.save(labels(3, 3, "TTT", "TTT", "TTT")))
                .isInstanceOf(SaveFailedException.class)
                .hasMessage("could not save labels to " + data().toAbsolutePath()
                        + ": java.io.IOException: No space left on device (simulated) (the file there is unchanged)");

        assertThat(Files.readString(data())).isEqualTo(README_SAMPLE);
        assertThat(leftoverTempFiles(dir)).isEmpty();
    }

    @Test
    void aDataFileThatGainedRowsSinceLoadingIsNotSavedOver() throws Exception {
        CsvDatasetStore store = sameFileStore(README_SAMPLE);
        LabelsSnapshot loaded = store.load().labels();
        String grown = README_SAMPLE + "3,camera_front,images/img_004.jpg,,,\n";
        Files.writeString(data(), grown);

        assertThatThrownBy(() -> store.save(loaded))
                .isInstanceOf(SaveFailedException.class)
                .hasMessage("could not save labels to " + data().toAbsolutePath() + ": data.csv now has 4 data rows "
                        + "but 3 were loaded; it changed since loading. Restart the server to load it again "
                        + "(the file there is unchanged)");

        assertThat(Files.readString(data())).isEqualTo(grown);
        assertThat(leftoverTempFiles(dir)).isEmpty();
    }

    @Test
    void aDataFileThatLostATagColumnSinceLoadingIsNotSavedOver() throws Exception {
        CsvDatasetStore store = sameFileStore(README_SAMPLE);
        LabelsSnapshot loaded = store.load().labels();
        Files.writeString(data(), "file_path,tag_code_100\na.jpg,\nb.jpg,\nc.jpg,\n");

        assertThatThrownBy(() -> store.save(loaded))
                .isInstanceOf(SaveFailedException.class)
                .hasMessageContaining("data.csv now has 1 tag columns but 3 were loaded; it changed since loading");
    }

    @Test
    void aDataFileThatVanishedSinceLoadingFailsTheSaveWithItsPath() throws Exception {
        Files.writeString(dir.resolve("meta.csv"), README_META);
        Files.writeString(data(), README_SAMPLE);
        CsvDatasetStore store = new CsvDatasetStore(
                new CsvStoreConfig(data(), dir.resolve("meta.csv"), dir.resolve("out"), false), commit);
        LabelsSnapshot loaded = store.load().labels();
        Files.delete(data());

        assertThatThrownBy(() -> store.save(loaded))
                .isInstanceOf(SaveFailedException.class)
                .hasMessageContaining("could not save labels to " + dir.resolve("out/data__labelled__.csv"))
                .hasMessageContaining(data().toString());
    }

    @Test
    void aReadOnlySaveFolderFailsTheSaveAndKeepsTheEarlierSave() throws Exception {
        Assumptions.assumeTrue(Files.getFileStore(dir).supportsFileAttributeView("posix"), "needs POSIX permissions");
        Files.writeString(dir.resolve("meta.csv"), README_META);
        Files.writeString(data(), README_SAMPLE);
        Path out = dir.resolve("out");
        CsvDatasetStore store = new CsvDatasetStore(
                new CsvStoreConfig(data(), dir.resolve("meta.csv"), out, false), commit);
        store.save(labels(3, 3, "T..", "T..", "T.."));
        String earlier = Files.readString(out.resolve("data__labelled__.csv"));
        Files.setPosixFilePermissions(out, PosixFilePermissions.fromString("r-xr-xr-x"));
        try {
            Assumptions.assumeFalse(Files.isWritable(out), "running as a user who may write anywhere (root)");

            assertThatThrownBy(() -> store.save(labels(3, 3, "FFF", "FFF", "FFF")))
                    .isInstanceOf(SaveFailedException.class)
                    .hasMessageStartingWith("could not save labels to " + out.resolve("data__labelled__.csv"));
            assertThat(Files.readString(out.resolve("data__labelled__.csv"))).isEqualTo(earlier);
        } finally {
            Files.setPosixFilePermissions(out, PosixFilePermissions.fromString("rwxr-xr-x"));
        }
    }

    @Test
    void aNonUtf8DataFileFailsTheSaveAndNothingIsWritten() throws Exception {
        CsvDatasetStore store = sameFileStore(README_SAMPLE);
        LabelsSnapshot loaded = store.load().labels();
        byte[] latin1 = (README_SAMPLE.replace("img_003", "caf\u00e9")).getBytes(StandardCharsets.ISO_8859_1);
        Files.write(data(), latin1);

        assertThatThrownBy(() -> store.save(loaded)).isInstanceOf(SaveFailedException.class);

        assertThat(Files.readAllBytes(data())).isEqualTo(latin1);
        assertThat(leftoverTempFiles(dir)).isEmpty();
    }
}
