package dev.fitt.server.port.out;

import java.util.Objects;

/** The storage of one dataset among several: what a core over it needs. */
public record DatasetStorage(DatasetStorePort store, ImageSourcePort images, ChangeJournalPort journal,
        VersionBasePort versionBase) {
    public DatasetStorage {
        Objects.requireNonNull(store, "store");
        Objects.requireNonNull(images, "images");
        Objects.requireNonNull(journal, "journal");
        Objects.requireNonNull(versionBase, "versionBase");
    }
}
