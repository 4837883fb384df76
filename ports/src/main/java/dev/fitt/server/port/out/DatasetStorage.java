package dev.fitt.server.port.out;

import java.util.Objects;
import java.util.Optional;

/**
 * The storage of one dataset among several: what a core over it needs, its provenance (who
 * labelled and reviewed each row) kept apart from every other dataset's. Whoever opens it says
 * whether its journal is the dataset's own or one several servers share ({@link #shared}), so the
 * core need not find out.
 *
 * @param sharedJournal the journal again when several servers share it, else empty
 */
public record DatasetStorage(DatasetStorePort store, ImageSourcePort images, ChangeJournalPort journal,
        VersionBasePort versionBase, ProvenanceStorePort provenance, Optional<SharedJournalPort> sharedJournal) {
    public DatasetStorage {
        Objects.requireNonNull(store, "store");
        Objects.requireNonNull(images, "images");
        Objects.requireNonNull(journal, "journal");
        Objects.requireNonNull(versionBase, "versionBase");
        Objects.requireNonNull(provenance, "provenance");
        Objects.requireNonNull(sharedJournal, "sharedJournal");
        if (sharedJournal.isPresent() && sharedJournal.get() != journal) {
            throw new IllegalArgumentException("a shared journal is the dataset's journal");
        }
    }

    /** A dataset whose journal is its own. */
    public DatasetStorage(DatasetStorePort store, ImageSourcePort images, ChangeJournalPort journal,
            VersionBasePort versionBase, ProvenanceStorePort provenance) {
        this(store, images, journal, versionBase, provenance, Optional.empty());
    }

    /** A dataset whose provenance need not outlive its core (tests): every load knows none. */
    public DatasetStorage(DatasetStorePort store, ImageSourcePort images, ChangeJournalPort journal,
            VersionBasePort versionBase) {
        this(store, images, journal, versionBase, ProvenanceStorePort.NONE);
    }

    /** A dataset several servers serve at once, through {@code journal}. */
    public static DatasetStorage shared(DatasetStorePort store, ImageSourcePort images, SharedJournalPort journal,
            VersionBasePort versionBase, ProvenanceStorePort provenance) {
        return new DatasetStorage(store, images, journal, versionBase, provenance, Optional.of(journal));
    }
}
