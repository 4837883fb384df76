package dev.fitt.adapters.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.fitt.domain.ClipAssignments;
import dev.fitt.ports.DatasetLoadException;
import dev.fitt.server.port.out.AssignmentStoreContract;
import dev.fitt.server.port.out.AssignmentStorePort;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AssignmentsFileTest extends AssignmentStoreContract {
    @TempDir
    Path dir;
    private final Map<AssignmentStorePort, Path> outputs = new IdentityHashMap<>();
    private int datasets;

    @Override
    protected AssignmentStorePort newStore() {
        Path output = dir.resolve("data" + (++datasets) + "__labelled__.csv");
        return newStoreOver(output);
    }

    @Override
    protected AssignmentStorePort reopen(AssignmentStorePort before) {
        return newStoreOver(outputs.get(before));
    }

    private AssignmentStorePort newStoreOver(Path output) {
        AssignmentStorePort store = new AssignmentsFile(AssignmentsFile.beside(output), new AtomicMoveCommit());
        outputs.put(store, output);
        return store;
    }

    private Path file() {
        return dir.resolve("data__labelled__.csv.assignments.csv");
    }

    private AssignmentStorePort store() {
        return newStoreOver(dir.resolve("data__labelled__.csv"));
    }

    @Test
    void theFileIsBesideTheOutputOneLinePerClipByAnnotatorWithNoTempFileLeft() throws Exception {
        TreeMap<String, String> holders = new TreeMap<>();
        holders.put("walk_2", "bo");
        holders.put("walk_1", "ana");
        holders.put("a,b", "ana");
        store().changeAssignments(before -> new ClipAssignments(holders));

        assertThat(CsvAdapter.assignmentsFile(dir.resolve("data__labelled__.csv"))).isEqualTo(file());
        assertThat(Files.readAllLines(file())).containsExactly("annotator,clip_id", "ana,\"a,b\"", "ana,walk_1",
                "bo,walk_2");
        assertThat(dir.resolve("data__labelled__.csv.assignments.csv.tmp")).doesNotExist();
    }

    @Test
    void aBadHeaderIsRefusedNamingTheFileAndLine() throws Exception {
        Files.writeString(file(), "annotator,clip\nana,walk_1\n");

        assertThatThrownBy(() -> store().loadAssignments()).isInstanceOf(DatasetLoadException.class)
                .hasMessageContaining(file() + " line 1: the header must be annotator,clip_id");
    }

    @Test
    void aBadLineIsRefusedNamingTheFileLineAndWhy() throws Exception {
        Files.writeString(file(), "annotator,clip_id\nana,walk_1\nbo\n");
        assertThatThrownBy(() -> store().loadAssignments()).isInstanceOf(DatasetLoadException.class)
                .hasMessageContaining(file() + " line 3: expected 2 fields, found 1");

        Files.writeString(file(), "annotator,clip_id\nana,walk_1\n,walk_2\n");
        assertThatThrownBy(() -> store().loadAssignments()).isInstanceOf(DatasetLoadException.class)
                .hasMessageContaining(file() + " line 3: field \"annotator\": an annotator name needs 1 to 100");

        Files.writeString(file(), "annotator,clip_id\nana,\n");
        assertThatThrownBy(() -> store().loadAssignments()).isInstanceOf(DatasetLoadException.class)
                .hasMessageContaining(file() + " line 2: field \"clip_id\": a clip without a clip_id");
    }

    @Test
    void aClipHeldTwiceIsRefusedNamingBothLines() throws Exception {
        Files.writeString(file(), "annotator,clip_id\nana,walk_1\nbo,walk_2\nbo,walk_1\n");

        assertThatThrownBy(() -> store().loadAssignments()).isInstanceOf(DatasetLoadException.class)
                .hasMessageContaining(file() + " line 4: clip walk_1 is assigned to ana already (line 2)");
    }

    @Test
    void eachDatasetOfAFolderKeepsItsAssignmentsBesideItsOwnOutput() throws Exception {
        Files.writeString(dir.resolve("day1.csv"), "file_path,clip_id,Night\na.png,c1,\n");
        Files.writeString(dir.resolve("day2.csv"), "file_path,clip_id,Night\nb.png,c1,\n");
        Files.writeString(dir.resolve("meta.csv"), "code,alias\nNight,Night Time\n");
        Path saved = Files.createDirectories(dir.resolve("labelled"));
        CsvFolderConfig folder = new CsvFolderConfig(dir, dir.resolve("meta.csv"), saved, false,
                CsvStoreConfig.DEFAULT_SAVE_CPU_PERCENT, ImageAccess.underDataFolder());
        var datasets = CsvAdapter.datasetFolder(folder, dir);
        var day1 = datasets.open("day1");
        var day2 = datasets.open("day2");
        try {
            day1.assignments().changeAssignments(before -> new ClipAssignments(new TreeMap<>(java.util.Map.of("c1", "ana"))));

            assertThat(Files.readAllLines(saved.resolve("day1__labelled__.csv.assignments.csv")))
                    .containsExactly("annotator,clip_id", "ana,c1");
            assertThat(day2.assignments().loadAssignments()).isEqualTo(ClipAssignments.NONE);
        } finally {
            day1.journal().close();
            day2.journal().close();
        }
    }

    @Test
    void aFolderOfDatasetsDoesNotTakeAnAssignmentsFileForADataset() throws Exception {
        Path data = dir.resolve("day1.csv");
        Files.writeString(data, "file_path,clip_id,Night\na.png,c1,\n");
        // Saved to the data file itself, its assignments file ends in .csv too; this one even names file_path.
        Files.writeString(dir.resolve("day1.csv.assignments.csv"), "annotator,clip_id,file_path\n");
        CsvFolderConfig folder = new CsvFolderConfig(dir, dir.resolve("meta.csv"), dir, true,
                CsvStoreConfig.DEFAULT_SAVE_CPU_PERCENT, ImageAccess.underDataFolder());

        assertThat(CsvAdapter.datasetFolder(folder, dir).names()).containsExactly("day1");
    }
}
