package dev.fitt.client.service;

import dev.fitt.client.port.in.TeamStatistics;
import dev.fitt.client.port.in.ViewTeamStatisticsUseCase;
import dev.fitt.client.port.out.TeamWorkPort;
import dev.fitt.domain.AnnotatorStats;
import dev.fitt.domain.HourlyActivity;
import dev.fitt.domain.labelling.ClientLabelTable;
import dev.fitt.domain.labelling.Progress;
import dev.fitt.ports.ServerUnreachableException;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The statistics panel's numbers: the server's team statistics, beside the dataset's progress as
 * this session holds it (the same labels, kept current by live changes).
 */
final class TeamStatisticsService implements ViewTeamStatisticsUseCase {
    private final TeamWorkPort team;
    private final SessionState state;

    TeamStatisticsService(TeamWorkPort team, SessionState state) {
        this.team = Objects.requireNonNull(team, "team");
        this.state = Objects.requireNonNull(state, "state");
    }

    @Override
    public Optional<TeamStatistics> fetch() throws ServerUnreachableException {
        if (!team.offersTeamWork()) {
            return Optional.empty();
        }
        List<AnnotatorStats> annotators = team.fetchAnnotatorStats();
        HourlyActivity hours = team.fetchHourlyActivity();
        Progress progress = state.labels.withTable(ClientLabelTable::datasetProgress);
        return Optional.of(new TeamStatistics(annotators, hours, progress, hours.reviewedFrames()));
    }
}
