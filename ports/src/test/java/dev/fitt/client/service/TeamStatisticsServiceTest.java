package dev.fitt.client.service;

import static org.assertj.core.api.Assertions.assertThat;

import dev.fitt.client.port.in.LabellingSession;
import dev.fitt.client.port.in.TeamStatistics;
import dev.fitt.client.port.out.TeamWorkPort;
import dev.fitt.domain.AnnotatorStats;
import dev.fitt.domain.HourlyActivity;
import dev.fitt.domain.RowProvenance;
import dev.fitt.domain.TagChange;
import dev.fitt.domain.labelling.Progress;
import dev.fitt.server.service.ServerCore;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The statistics panel's numbers: the server's team statistics beside the session's progress. */
class TeamStatisticsServiceTest {
    private final ClientFixture fixture = new ClientFixture();

    @Test
    void aServerWithoutTeamWorkHasNoStatistics() throws Exception {
        LabellingSession session = fixture.open(false, 0);
        try {
            assertThat(session.statistics().fetch()).isEmpty();
        } finally {
            session.saveAndClose().close(java.time.Duration.ofSeconds(5));
        }
    }

    @Test
    void statisticsAreTheServersBesideTheSessionsProgress() throws Exception {
        LabellingSession session = fixture.open(false, 0, new CoreTeamWork(fixture.service));
        try {
            session.choices().chooseTagForFrame(1);
            ClientFixture.deliver(session);

            TeamStatistics stats = session.statistics().fetch().orElseThrow();

            assertThat(stats.progress()).isEqualTo(new Progress(1, 7)).isEqualTo(session.state().datasetProgress());
            assertThat(stats.annotators()).isEqualTo(fixture.service.team().annotatorStats())
                    .extracting(AnnotatorStats::frames).containsExactly(1);
            assertThat(stats.hours().annotators()).singleElement().satisfies(a ->
                    assertThat(a.framesPerHour().get(HourlyActivity.HOURS - 1)).isEqualTo(1));
            assertThat(stats.reviewedFrames()).isZero();
        } finally {
            session.saveAndClose().close(java.time.Duration.ofSeconds(5));
        }
    }

    /** The team port straight onto a server core, as the TCP gateway reaches one. */
    private record CoreTeamWork(ServerCore core) implements TeamWorkPort {
        @Override
        public boolean offersTeamWork() {
            return true;
        }

        @Override
        public List<RowProvenance> fetchProvenance(int first, int last) {
            return core.team().provenance(first, last);
        }

        @Override
        public List<AnnotatorStats> fetchAnnotatorStats() {
            return core.team().annotatorStats();
        }

        @Override
        public HourlyActivity fetchHourlyActivity() {
            return core.team().hourlyActivity();
        }

        @Override
        public dev.fitt.domain.AssignedClips fetchAssignedClips() {
            throw new UnsupportedOperationException();
        }

        @Override
        public long accept(int first, int last, long basis) {
            throw new UnsupportedOperationException();
        }

        @Override
        public long correct(TagChange change, long basis) {
            throw new UnsupportedOperationException();
        }
    }
}
