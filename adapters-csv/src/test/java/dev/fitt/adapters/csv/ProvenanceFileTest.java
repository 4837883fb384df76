package dev.fitt.adapters.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.fitt.domain.Review;
import dev.fitt.domain.RowProvenance;
import dev.fitt.ports.DatasetLoadException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProvenanceFileTest {
    @TempDir
    Path dir;

    private Path output() {
        return dir.resolve("data__labelled__.csv");
    }

    private ProvenanceFile store() {
        return new ProvenanceFile(ProvenanceFile.beside(output()), new AtomicMoveCommit());
    }

    @Test
    void savedProvenanceLoadsAgainAndOnlyRowsWithProvenanceAreWritten() throws Exception {
        List<RowProvenance> rows = List.of(
                new RowProvenance("Ana, \"the first\"", Instant.parse("2026-12-03T09:00:00.5Z"), "Rita", Review.CORRECTED),
                RowProvenance.NONE,
                new RowProvenance("Ben", Instant.parse("2026-12-03T10:00:00Z"), "", Review.NONE),
                new RowProvenance("", Instant.EPOCH, "Rita", Review.ACCEPTED));

        store().saveProvenance(rows);

        assertThat(store().loadProvenance(4)).isEqualTo(rows);
        assertThat(Files.readAllLines(dir.resolve("data__labelled__.csv.provenance.csv"))).containsExactly(
                "row,labelled_by,labelled_at,reviewed_by,review",
                "0,\"Ana, \"\"the first\"\"\",2026-12-03T09:00:00.500Z,Rita,corrected",
                "2,Ben,2026-12-03T10:00:00Z,,",
                "3,,,Rita,accepted");
        assertThat(dir.resolve("data__labelled__.csv.provenance.csv.tmp")).doesNotExist();
    }

    @Test
    void withoutAFileNoRowHasProvenance() throws Exception {
        assertThat(store().loadProvenance(2)).containsExactly(RowProvenance.NONE, RowProvenance.NONE);
    }

    @Test
    void aBadLineIsRefusedNamingTheFileLineAndField() throws Exception {
        Files.writeString(ProvenanceFile.beside(output()),
                "row,labelled_by,labelled_at,reviewed_by,review\n0,Ana,,,\n7,Ana,,,\n");

        assertThatThrownBy(() -> store().loadProvenance(3)).isInstanceOf(DatasetLoadException.class)
                .hasMessageContaining("data__labelled__.csv.provenance.csv line 3: field \"row\": 7 is outside");

        Files.writeString(ProvenanceFile.beside(output()),
                "row,labelled_by,labelled_at,reviewed_by,review\n0,Ana,yesterday,,\n");
        assertThatThrownBy(() -> store().loadProvenance(3)).hasMessageContaining("line 2: field \"labelled_at\"");
    }
}
