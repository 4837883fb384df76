package dev.fitt.adapters.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class CsvStoreConfigTest {
    @Test
    void aSaveFolderIsRequiredUnlessSavingToTheSameFile() {
        assertThatThrownBy(() -> new CsvStoreConfig(Path.of("data/run.csv"), Path.of("meta.csv"), null, false))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("saveDir is required when saveToSameFile is false (labels go to "
                        + "<saveDir>/run__labelled__.csv)");
    }

    @Test
    void savingToTheSameFileNeedsNoSaveFolder() {
        CsvStoreConfig config = new CsvStoreConfig(Path.of("data/run.csv"), Path.of("meta.csv"), null, true);

        assertThat(CsvAdapter.outputFile(config)).isEqualTo(Path.of("data/run.csv"));
    }

    @Test
    void theOutputFileIsTheDataFilesStemWithTheLabelledSuffix() {
        CsvStoreConfig config = new CsvStoreConfig(Path.of("data/run.v2.csv"), Path.of("meta.csv"), Path.of("out"),
                false);

        assertThat(CsvAdapter.outputFile(config)).isEqualTo(Path.of("out/run.v2__labelled__.csv"));
    }

    @Test
    void aSaveUsesHalfACoreUnlessToldOtherwiseAndNoLessThanATenth() {
        assertThat(new CsvStoreConfig(Path.of("d.csv"), Path.of("m.csv"), null, true).saveCpuPercent()).isEqualTo(50);
        assertThatThrownBy(() -> new CsvStoreConfig(Path.of("d.csv"), Path.of("m.csv"), null, true, 9))
                .hasMessage("saveCpuPercent must be 10..100, got 9");
        assertThatThrownBy(() -> new CsvStoreConfig(Path.of("d.csv"), Path.of("m.csv"), null, true, 101))
                .hasMessage("saveCpuPercent must be 10..100, got 101");
    }

    @Test
    void theDataAndMetaFilesAreRequired() {
        assertThatThrownBy(() -> new CsvStoreConfig(null, Path.of("meta.csv"), null, true))
                .hasMessageContaining("dataCsv");
        assertThatThrownBy(() -> new CsvStoreConfig(Path.of("d.csv"), null, null, true))
                .hasMessageContaining("metaCsv");
    }
}
