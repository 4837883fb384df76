package dev.fitt.server.port.out;

class InMemoryDatasetStoreTest extends DatasetStoreContract {
    @Override
    protected DatasetStorePort storeHolding(DatasetFixture fixture) {
        return InMemoryDatasetStore.of(fixture);
    }

    @Override
    protected void breakSaves(DatasetStorePort store) {
        ((InMemoryDatasetStore) store).failSaves("simulated failure");
    }
}
