package dev.fitt.server.port.out;

import java.util.Objects;

/**
 * The storage of one dataset among several: what a core over it needs, its provenance (who
 * labelled and reviewed each row) and its clip assignments kept apart from every other dataset's.
 */
public record DatasetStorage(DatasetStorePort store, ImageSourcePort images, ChangeJournalPort journal,
        VersionBasePort versionBase, ProvenanceStorePort provenance, AssignmentStorePort assignments) {
    public DatasetStorage {
        Objects.requireNonNull(store, "store");
        Objects.requireNonNull(images, "images");
        Objects.requireNonNull(journal, "journal");
        Objects.requireNonNull(versionBase, "versionBase");
        Objects.requireNonNull(provenance, "provenance");
        Objects.requireNonNull(assignments, "assignments");
    }

    /** A dataset that keeps no clip assignments: it works as if unassigned, and assigning is refused. */
    public DatasetStorage(DatasetStorePort store, ImageSourcePort images, ChangeJournalPort journal,
            VersionBasePort versionBase, ProvenanceStorePort provenance) {
        this(store, images, journal, versionBase, provenance, AssignmentStorePort.NONE);
    }

    /** A dataset whose provenance need not outlive its core (tests): every load knows none. */
    public DatasetStorage(DatasetStorePort store, ImageSourcePort images, ChangeJournalPort journal,
            VersionBasePort versionBase) {
        this(store, images, journal, versionBase, ProvenanceStorePort.NONE);
    }
}
