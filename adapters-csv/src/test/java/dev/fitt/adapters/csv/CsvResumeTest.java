package dev.fitt.adapters.csv;

import static dev.fitt.adapters.csv.CsvLoadTest.README_META;
import static dev.fitt.adapters.csv.CsvLoadTest.README_SAMPLE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.fitt.ports.DatasetLoadException;
import dev.fitt.server.port.out.DatasetFixture;
import dev.fitt.server.port.out.StoredDataset;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** A server restarted with a separate save file picks up where the last session left off. */
@Timeout(30)
class CsvResumeTest {
    @TempDir
    Path dir;
    private Path data;
    private Path output;
    private CsvDatasetStore store;

    @BeforeEach
    void writeFiles() throws Exception {
        data = dir.resolve("data.csv");
        output = dir.resolve("out/data__labelled__.csv");
        Files.writeString(data, README_SAMPLE);
        Files.writeString(dir.resolve("meta.csv"), README_META);
        store = new CsvDatasetStore(new CsvStoreConfig(data, dir.resolve("meta.csv"), dir.resolve("out"), false),
                new AtomicMoveCommit());
    }

    @Test
    void labelsComeFromAnEarlierSaveWhenThereIsOne() throws Exception {
        store.save(DatasetFixture.labels(3, 3, "T..", "...", "FFF"));

        StoredDataset resumed = store.load();

        assertThat(resumed.labels()).isEqualTo(DatasetFixture.labels(3, 3, "T..", "...", "FFF"));
        assertThat(resumed.source()).isEqualTo(data.toAbsolutePath() + " (labels resumed from "
                + output.toAbsolutePath() + ")");
        assertThat(resumed.target()).isEqualTo(output.toAbsolutePath().toString());
    }

    @Test
    void withoutAnEarlierSaveLabelsComeFromTheDataFile() throws Exception {
        StoredDataset loaded = store.load();

        assertThat(loaded.labels()).isEqualTo(DatasetFixture.labels(3, 3, "TFF", "FTF", "FFT"));
        assertThat(loaded.source()).isEqualTo(data.toAbsolutePath().toString());
    }

    @Test
    void savesCopyOtherColumnsFromTheDataFileNotTheEarlierSave() throws Exception {
        Files.createDirectories(output.getParent());
        Files.writeString(output, README_SAMPLE.replace("camera_rear", "edited_by_hand"));

        store.save(store.load().labels());

        assertThat(Files.readString(output)).isEqualTo(README_SAMPLE);
    }

    @Test
    void anEarlierSaveForOtherImagesStopsTheLoadAndNamesBothFiles() throws Exception {
        Files.createDirectories(output.getParent());
        String other = README_SAMPLE.replace("img_002", "img_999");
        Files.writeString(output, other);

        assertThatThrownBy(() -> store.load()).isInstanceOf(DatasetLoadException.class)
                .hasMessage("saved labels " + output.toAbsolutePath() + " do not match data file "
                        + data.toAbsolutePath() + ": line 3 has file_path images/img_999.jpg where data row 2 has "
                        + "images/img_002.jpg. Move or delete the saved file to start over, or load the data file "
                        + "it was made from; it was left untouched");
        assertThat(Files.readString(output)).isEqualTo(other);
    }

    @Test
    void anEarlierSaveWithAnotherRowCountStopsTheLoad() throws Exception {
        Files.createDirectories(output.getParent());
        Files.writeString(output, README_SAMPLE + "3,camera_front,images/img_004.jpg,,,\n");

        assertThatThrownBy(() -> store.load()).isInstanceOf(DatasetLoadException.class)
                .hasMessageContaining(": it has 4 data rows, the data file 3. Move or delete the saved file");
    }

    @Test
    void anEarlierSaveMissingATagColumnStopsTheLoad() throws Exception {
        Files.createDirectories(output.getParent());
        Files.writeString(output, "clip_id,modality,file_path,tag_code_100,tag_code_200\n1,a,b,,\n");

        assertThatThrownBy(() -> store.load()).isInstanceOf(DatasetLoadException.class)
                .hasMessageContaining(": it has no tag_code_300 column.");
    }

    @Test
    void aBadCellInTheEarlierSaveNamesThatFileLineAndColumn() throws Exception {
        Files.createDirectories(output.getParent());
        Files.writeString(output, README_SAMPLE.replace("False,True,False", "False,yes,False"));

        assertThatThrownBy(() -> store.load()).isInstanceOf(DatasetLoadException.class)
                .hasMessage("data__labelled__.csv line 3, column tag_code_200: \"yes\" is not a tag value "
                        + "(use True, False, 1, 0 or leave empty)");
    }

    @Test
    void aRowOfTheEarlierSaveWithMoreNonEmptyFieldsThanItsHeaderNamesThatFileAndLine() throws Exception {
        Files.createDirectories(output.getParent());
        Files.writeString(output, README_SAMPLE.replace("images/img_002.jpg,False,True,False,",
                "images/img_002.jpg,False,True,False,True"));

        assertThatThrownBy(() -> store.load()).isInstanceOf(DatasetLoadException.class)
                .hasMessage("data__labelled__.csv line 3: 7 fields but the header has 6 (field 7 is \"True\");"
                        + " quote a cell that holds a comma");
    }
}
