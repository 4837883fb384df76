package dev.fitt.server.port.out;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.fitt.domain.ImageRows;
import dev.fitt.domain.LabelsSnapshot;
import dev.fitt.domain.TagSet;
import dev.fitt.ports.SaveFailedException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * What every {@link DatasetStorePort} must do. A subclass per implementation supplies a store
 * holding a fixture (written to real files, kept in memory, ...) and a way to make saves fail.
 */
@Timeout(30)
public abstract class DatasetStoreContract {
    private final DatasetFixture fixture = DatasetFixture.small();

    /** A new store holding {@code fixture}, as if an earlier session had left it there. */
    protected abstract DatasetStorePort storeHolding(DatasetFixture fixture) throws Exception;

    /** Makes every later save of {@code store} fail after it has started writing. */
    protected abstract void breakSaves(DatasetStorePort store) throws Exception;

    @Test
    void loadGivesTheTagsInColumnOrder() throws Exception {
        TagSet tags = storeHolding(fixture).load().tags();

        assertThat(tags).isEqualTo(fixture.tags());
    }

    @Test
    void loadGivesEveryRowInFileOrder() throws Exception {
        ImageRows rows = storeHolding(fixture).load().rows();

        assertThat(rows.size()).isEqualTo(fixture.rows().size());
        for (int row = 0; row < rows.size(); row++) {
            assertThat(rows.clipId(row)).as("clip id of row %d", row).isEqualTo(fixture.rows().clipId(row));
            assertThat(rows.camera(row)).as("camera of row %d", row).isEqualTo(fixture.rows().camera(row));
            assertThat(rows.filePath(row)).as("file path of row %d", row).isEqualTo(fixture.rows().filePath(row));
        }
    }

    @Test
    void loadGivesTheStoredLabelsWithUnsetCellsUnset() throws Exception {
        assertThat(storeHolding(fixture).load().labels()).isEqualTo(fixture.labels());
    }

    @Test
    void savedLabelsAreWhatTheNextLoadGives() throws Exception {
        DatasetStorePort store = storeHolding(fixture);
        LabelsSnapshot edited = DatasetFixture.labels(6, 3, "FFF", "TTT", "FFT", "T..", "T.F", ".F.");

        store.save(edited);

        assertThat(store.load().labels()).isEqualTo(edited);
    }

    @Test
    void aFullSpeedSaveStoresWhatASaveStores() throws Exception {
        DatasetStorePort store = storeHolding(fixture);
        LabelsSnapshot edited = DatasetFixture.labels(6, 3, "T..", "...", "FFT", "TTT", ".F.", "..T");

        store.saveAtFullSpeed(edited);

        assertThat(store.load().labels()).isEqualTo(edited);
    }

    @Test
    void aFailedFullSpeedSaveLeavesThePreviousSaveWhole() throws Exception {
        DatasetStorePort store = storeHolding(fixture);
        LabelsSnapshot first = DatasetFixture.labels(6, 3, "T..", ".T.", "..T", "T..", ".T.", "..T");
        store.save(first);
        breakSaves(store);

        assertThatThrownBy(() -> store.saveAtFullSpeed(LabelsSnapshot.unset(6, 3)))
                .isInstanceOf(SaveFailedException.class);

        assertThat(store.load().labels()).isEqualTo(first);
    }

    @Test
    void cellsClearedBeforeASaveLoadAsUnset() throws Exception {
        DatasetStorePort store = storeHolding(fixture);
        LabelsSnapshot cleared = LabelsSnapshot.unset(6, 3);

        store.save(cleared);

        assertThat(store.load().labels()).isEqualTo(cleared);
    }

    @Test
    void onlyTheLatestSaveCounts() throws Exception {
        DatasetStorePort store = storeHolding(fixture);
        LabelsSnapshot latest = DatasetFixture.labels(6, 3, "...", "...", "...", "...", "...", "TTT");

        store.save(DatasetFixture.labels(6, 3, "TTT", "TTT", "TTT", "TTT", "TTT", "TTT"));
        store.save(latest);

        assertThat(store.load().labels()).isEqualTo(latest);
    }

    @Test
    void savingKeepsTagsAndRows() throws Exception {
        DatasetStorePort store = storeHolding(fixture);

        store.save(LabelsSnapshot.unset(6, 3));
        StoredDataset again = store.load();

        assertThat(again.tags()).isEqualTo(fixture.tags());
        assertThat(again.rows().size()).isEqualTo(6);
        assertThat(again.rows().filePath(5)).isEqualTo(fixture.rows().filePath(5));
    }

    @Test
    void aFailedSaveLeavesThePreviousSaveWhole() throws Exception {
        DatasetStorePort store = storeHolding(fixture);
        LabelsSnapshot first = DatasetFixture.labels(6, 3, "T..", ".T.", "..T", "T..", ".T.", "..T");
        store.save(first);
        breakSaves(store);

        assertThatThrownBy(() -> store.save(LabelsSnapshot.unset(6, 3))).isInstanceOf(SaveFailedException.class);

        assertThat(store.load().labels()).isEqualTo(first);
    }

    @Test
    void labelsForMoreRowsThanStoredAreRefusedAndNothingChanges() throws Exception {
        DatasetStorePort store = storeHolding(fixture);

        assertThatThrownBy(() -> store.save(LabelsSnapshot.unset(7, 3)))
                .isInstanceOf(SaveFailedException.class).hasMessageContaining("7");

        assertThat(store.load().labels()).isEqualTo(fixture.labels());
    }

    @Test
    void labelsForAnotherNumberOfTagsAreRefusedAndNothingChanges() throws Exception {
        DatasetStorePort store = storeHolding(fixture);

        assertThatThrownBy(() -> store.save(LabelsSnapshot.unset(6, 2))).isInstanceOf(SaveFailedException.class);

        assertThat(store.load().labels()).isEqualTo(fixture.labels());
    }

    @Test
    void loadNamesWhereTheDataComesFromAndWhereSavesGo() throws Exception {
        StoredDataset loaded = storeHolding(fixture).load();

        assertThat(loaded.source()).isNotBlank();
        assertThat(loaded.target()).isNotBlank();
    }
}
