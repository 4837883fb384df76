package dev.fitt.server.service;

import dev.fitt.domain.Clip;
import dev.fitt.domain.LabelStats;
import dev.fitt.domain.LabelsSnapshot;
import dev.fitt.domain.TagSet;
import dev.fitt.domain.VersionedLabels;
import dev.fitt.server.port.in.GetCameraNamesUseCase;
import dev.fitt.server.port.in.GetClipIdsUseCase;
import dev.fitt.server.port.in.GetClipsUseCase;
import dev.fitt.server.port.in.GetLabelsUseCase;
import dev.fitt.server.port.in.GetStatsUseCase;
import dev.fitt.server.port.in.GetTagSetUseCase;
import dev.fitt.server.port.in.GetVersionedLabelsUseCase;
import java.util.List;
import java.util.Objects;

/**
 * What a client may read about the dataset and its labels. Reads copy the labels under the
 * state's lock and do their slow work (formatting, writing) outside it, so a reader never stalls a
 * tag change.
 */
public final class QueryService implements GetTagSetUseCase, GetClipsUseCase, GetCameraNamesUseCase, GetClipIdsUseCase,
        GetLabelsUseCase, GetVersionedLabelsUseCase, GetStatsUseCase {
    private final ServerState state;

    QueryService(ServerState state) {
        this.state = Objects.requireNonNull(state, "state");
    }

    @Override
    public TagSet tagSet() {
        return state.dataset.tags();
    }

    @Override
    public List<Clip> clips() {
        return state.dataset.clips();
    }

    /** Computed with the clips when the dataset was loaded: immutable, so no lock. */
    @Override
    public List<List<String>> cameraNames() {
        return state.dataset.cameraNames();
    }

    @Override
    public List<String> clipIds() {
        return state.dataset.clipIds();
    }

    @Override
    public LabelsSnapshot labels() {
        return state.snapshot();
    }

    @Override
    public VersionedLabels versionedLabels() {
        return state.versionedLabels();
    }

    @Override
    public LabelStats stats() {
        return LabelStats.of(labels(), state.dataset.clips());
    }
}
