package dev.fitt.server.port.in;

import dev.fitt.domain.AnnotatorStats;
import java.util.List;

/** Each annotator's (and reviewer's) work, by name. */
public interface GetAnnotatorStatsUseCase {
    List<AnnotatorStats> annotatorStats();
}
