package dev.fitt.adapters.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.fitt.ports.DatasetLoadException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** One process at a time on an output; what a crashed save left there goes once it is held. */
@Timeout(30)
class OutputLockTest {
    @TempDir
    Path dir;

    private CsvStoreConfig savingTo(String data, Path saveDir) {
        return new CsvStoreConfig(dir.resolve(data), dir.resolve("meta.csv"), saveDir, saveDir == null);
    }

    @Test
    void aSecondHoldOfTheSameOutputIsRefusedNamingTheFolderTheHolderAndTheLockFile() throws Exception {
        CsvStoreConfig config = savingTo("data.csv", dir.resolve("out"));
        try (OutputLock first = CsvAdapter.outputLock(config)) {
            first.acquire();

            assertThatThrownBy(() -> CsvAdapter.outputLock(config).acquire())
                    .isInstanceOf(DatasetLoadException.class)
                    .hasMessageStartingWith("the save folder " + dir.resolve("out") + " is in use: fitt pid "
                            + ProcessHandle.current().pid() + " on host " + HostName.current() + " (started ")
                    .hasMessageEndingWith(") saves data__labelled__.csv there. Stop it first, or save to another folder"
                            + " (lock file " + dir.resolve("out/data__labelled__.csv.lock") + ")");
        }
    }

    @Test
    void closingEndsTheHold() throws Exception {
        CsvStoreConfig config = savingTo("data.csv", dir.resolve("out"));
        OutputLock first = CsvAdapter.outputLock(config);
        first.acquire();
        first.close();

        try (OutputLock second = CsvAdapter.outputLock(config)) {
            second.acquire();
        }
    }

    @Test
    void savingInPlaceHoldsTheDataFileAndOtherOutputsInTheSameFolderAreIndependent() throws Exception {
        try (OutputLock inPlace = CsvAdapter.outputLock(savingTo("data.csv", null));
                OutputLock labelled = CsvAdapter.outputLock(savingTo("data.csv", dir));
                OutputLock otherData = CsvAdapter.outputLock(savingTo("other.csv", dir))) {
            inPlace.acquire();
            labelled.acquire();
            otherData.acquire();

            assertThat(dir.resolve("data.csv.lock")).exists();
            assertThatThrownBy(() -> CsvAdapter.outputLock(savingTo("data.csv", null)).acquire())
                    .hasMessageContaining("saves data.csv there");
        }
    }

    @Test
    void leftoversOfThisOutputsInterruptedSavesAreRemovedOnceHeldAndNothingElse() throws Exception {
        Path out = Files.createDirectories(dir.resolve("out"));
        Path output = out.resolve("data__labelled__.csv");
        Path saving = Files.createTempFile(out, LabelledCopyWriter.tempPrefix(output), LabelledCopyWriter.TEMP_SUFFIX);
        Path rowsCache = Files.writeString(out.resolve("data__labelled__.csv.rows.cache.writing"), "half");
        Path labelsCache = Files.writeString(out.resolve("data__labelled__.csv.labels.cache.writing"), "half");
        Path otherOutputs = Files.createTempFile(out, ".other__labelled__.csv.", ".saving");
        Path notOurs = Files.writeString(out.resolve(".data__labelled__.csv.mine.saving"), "user's");
        Path saved = Files.writeString(output, "file_path\n");

        try (OutputLock lock = CsvAdapter.outputLock(savingTo("data.csv", out))) {
            lock.acquire();
        }

        assertThat(saving).doesNotExist();
        assertThat(rowsCache).doesNotExist();
        assertThat(labelsCache).doesNotExist();
        assertThat(otherOutputs).exists();
        assertThat(notOurs).exists();
        assertThat(saved).exists();
    }

    @Test
    void aRefusedHoldRemovesNothing() throws Exception {
        CsvStoreConfig config = savingTo("data.csv", dir.resolve("out"));
        try (OutputLock first = CsvAdapter.outputLock(config)) {
            first.acquire();
            Path output = dir.resolve("out/data__labelled__.csv");
            Path inProgress = Files.createTempFile(output.getParent(), LabelledCopyWriter.tempPrefix(output),
                    LabelledCopyWriter.TEMP_SUFFIX);

            assertThatThrownBy(() -> CsvAdapter.outputLock(config).acquire()).isInstanceOf(DatasetLoadException.class);

            assertThat(inProgress).exists();
        }
    }

    @Test
    void aFolderThatCannotBeCreatedIsNamed() throws Exception {
        Path file = Files.writeString(dir.resolve("a-file"), "");
        CsvStoreConfig config = savingTo("data.csv", file.resolve("out"));

        assertThatThrownBy(() -> CsvAdapter.outputLock(config).acquire()).isInstanceOf(DatasetLoadException.class)
                .hasMessageStartingWith("cannot lock the save folder " + file.resolve("out"));
    }
}
