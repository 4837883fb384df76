package dev.fitt.server.port.in;

import dev.fitt.domain.LabelStats;

/** Labelled counts for the dataset, per tag and per clip. */
public interface GetStatsUseCase {
    LabelStats stats();
}
