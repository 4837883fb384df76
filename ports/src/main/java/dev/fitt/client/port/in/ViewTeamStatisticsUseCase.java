package dev.fitt.client.port.in;

import dev.fitt.ports.ServerUnreachableException;
import java.util.Optional;

/** The team's statistics for the statistics panel (issue 15). Blocking: call off the UI thread. */
public interface ViewTeamStatisticsUseCase {
    /** The statistics now, or empty when the server keeps none (v1, in-process, no team work). */
    Optional<TeamStatistics> fetch() throws ServerUnreachableException;
}
