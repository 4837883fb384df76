package dev.fitt.adapters.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.fitt.domain.Review;
import dev.fitt.domain.RowProvenance;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProvenanceExportTest {
    @TempDir
    Path dir;

    @Test
    void everyLineGainsTheFourProvenanceColumns() throws Exception {
        Path labelled = dir.resolve("data__labelled__.csv");
        Files.writeString(labelled, "file_path,\"clip, id\",tag_code_1\na.jpg,1,True\nb.jpg,1,\n");

        CsvAdapter.exportWithProvenance(labelled, List.of(
                new RowProvenance("Ana", Instant.parse("2026-12-03T09:00:00Z"), "Rita", Review.ACCEPTED),
                RowProvenance.NONE), dir.resolve("out.csv"));

        assertThat(Files.readAllLines(dir.resolve("out.csv"))).containsExactly(
                "file_path,\"clip, id\",tag_code_1,labelled_by,labelled_at,reviewed_by,review",
                "a.jpg,1,True,Ana,2026-12-03T09:00:00Z,Rita,accepted",
                "b.jpg,1,,,,,");
    }

    @Test
    void aLabelledCsvThatDoesNotFitTheDatasetIsRefusedAndNothingIsWritten() throws Exception {
        Path labelled = dir.resolve("data__labelled__.csv");
        Files.writeString(labelled, "file_path,tag_code_1\na.jpg,True\n");

        assertThatThrownBy(() -> CsvAdapter.exportWithProvenance(labelled,
                List.of(RowProvenance.NONE, RowProvenance.NONE), dir.resolve("out.csv")))
                .isInstanceOf(IOException.class).hasMessageContaining("has 1 rows, the dataset 2");
        assertThat(dir.resolve("out.csv")).doesNotExist();
        assertThat(dir.resolve("out.csv.tmp")).doesNotExist();
    }
}
