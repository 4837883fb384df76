package dev.fitt.server.service;

import dev.fitt.domain.Dataset;
import dev.fitt.domain.RowProvenance;
import dev.fitt.domain.VersionBase;
import dev.fitt.ports.DatasetLoadException;
import dev.fitt.server.port.in.DatasetUseCases;
import dev.fitt.server.port.in.SaveLabelsUseCase;
import dev.fitt.server.port.out.AssignmentStorePort;
import dev.fitt.server.port.out.ChangeJournalPort;
import dev.fitt.server.port.out.ImageSourcePort;
import dev.fitt.server.port.out.ProvenanceStorePort;
import dev.fitt.server.port.out.SaveLabelsPort;
import dev.fitt.server.port.out.StoredDataset;
import java.time.Clock;
import java.util.List;
import java.util.Objects;

/**
 * The server's services over one loaded dataset, sharing one {@link ServerState}: tagging, saving
 * and recovery, queries and images. Built only through {@link #of}, so they always share a state.
 */
public record ServerCore(Dataset dataset, TaggingService tagging, SavingService saving, QueryService queries,
        ImageService images, TeamService team, AssignmentService assignments) {
    public ServerCore {
        Objects.requireNonNull(team, "team");
        Objects.requireNonNull(assignments, "assignments");
        Objects.requireNonNull(dataset, "dataset");
        Objects.requireNonNull(tagging, "tagging");
        Objects.requireNonNull(saving, "saving");
        Objects.requireNonNull(queries, "queries");
        Objects.requireNonNull(images, "images");
    }

    /** A core without a journal: changes live in memory until saved (tests, tools). */
    public static ServerCore of(StoredDataset stored, SaveLabelsPort store, ImageSourcePort images) {
        return of(stored, store, images, new NoJournal());
    }

    /** A core whose versions start at 0: for a run that no client outlives (tests, tools). */
    public static ServerCore of(StoredDataset stored, SaveLabelsPort store, ImageSourcePort images,
            ChangeJournalPort journal) {
        return of(stored, store, images, journal, VersionBase.ZERO);
    }

    /** @param base this run's {@link VersionBase}, claimed with {@link RunVersions#claim} before it serves */
    public static ServerCore of(StoredDataset stored, SaveLabelsPort store, ImageSourcePort images,
            ChangeJournalPort journal, VersionBase base) {
        return of(stored, store, images, CoreJournal.local(journal), base);
    }

    /** A core over {@code journal}, of either kind, that keeps no provenance across runs. */
    public static ServerCore of(StoredDataset stored, SaveLabelsPort store, ImageSourcePort images,
            CoreJournal journal, VersionBase base) {
        return of(journal.state(stored, base, null, Clock.systemUTC()), store, images, journal,
                new NoProvenanceStore(), AssignmentStorePort.NONE);
    }

    /**
     * A core that keeps provenance across saves and restarts in {@code provenance}, stamping
     * changes with {@code clock}.
     */
    public static ServerCore of(StoredDataset stored, SaveLabelsPort store, ImageSourcePort images,
            CoreJournal journal, VersionBase base, ProvenanceStorePort provenance, Clock clock)
            throws DatasetLoadException {
        return of(stored, store, images, journal, base, provenance, AssignmentStorePort.NONE, clock);
    }

    /**
     * A core that also keeps who works on which clips in {@code assignments}; assignments that
     * cannot be read stop the load, as provenance that cannot be read does.
     */
    public static ServerCore of(StoredDataset stored, SaveLabelsPort store, ImageSourcePort images,
            CoreJournal journal, VersionBase base, ProvenanceStorePort provenance, AssignmentStorePort assignments,
            Clock clock) throws DatasetLoadException {
        List<RowProvenance> saved = provenance.loadProvenance(stored.rows().size());
        assignments.loadAssignments();
        return of(journal.state(stored, base, saved, clock), store, images, journal, provenance, assignments);
    }

    private static ServerCore of(ServerState state, SaveLabelsPort store, ImageSourcePort images,
            CoreJournal journal, ProvenanceStorePort provenance, AssignmentStorePort assignments) {
        Objects.requireNonNull(store, "store");
        Objects.requireNonNull(images, "images");
        ChangeWatchers watchers = new ChangeWatchers();
        ChangePath path = journal.path(state, watchers);
        QueryService queries = new QueryService(state);
        return new ServerCore(state.dataset, new TaggingService(state, path, watchers),
                new SavingService(state, store, journal.port(), path, provenance), queries,
                new ImageService(state.dataset, images), new TeamService(state),
                new AssignmentService(state.dataset, queries, assignments));
    }

    /** Every use case a client works with, its save requests going to {@code saveRequests}. */
    public DatasetUseCases useCases(SaveLabelsUseCase saveRequests) {
        return new DatasetUseCases(queries, queries, queries, queries, queries, queries, queries, tagging, tagging,
                tagging, saveRequests, images, tagging, tagging, team, team, assignments, assignments, assignments,
                assignments, team);
    }
}
