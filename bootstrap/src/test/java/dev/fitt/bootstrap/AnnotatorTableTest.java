package dev.fitt.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import dev.fitt.client.port.out.ServerAdminPort;
import dev.fitt.client.port.out.ServerDataset;
import dev.fitt.domain.AnnotatorStats;
import dev.fitt.domain.HourlyActivity;
import dev.fitt.ports.AdminRefusedException;
import dev.fitt.ports.ServerSetting;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * {@code fitt admin stats --annotators} shows what issue 15 lists: per annotator frames tagged,
 * changes, frames per hour over the last hour and the last day, share corrected in review, last
 * active; per dataset progress, labelled and reviewed.
 */
class AnnotatorTableTest {
    private static final Instant AT = Instant.parse("2026-12-03T12:00:07Z");

    @Test
    void everyAnnotatorHasRatesAndShareCorrected() throws Exception {
        String text = AnnotatorTable.of(new FixedAdmin(true), List.of(loaded("drive", 120, 30))).text();

        assertThat(text).containsPattern("dataset +annotator +frames +changes +per hour, last hour"
                + " +per hour, last day +reviewed +corrected +share corrected +reviews +last active")
                .containsPattern("drive +Ana +40 +55 +12 +1\\.3 +4 +1 +25% +0 +2026-12-03T12:00:07Z")
                .containsPattern("drive +Rita +0 +3 +0 +0 +0 +0 +- +2 +-");
    }

    @Test
    void everyLoadedDatasetHasItsProgressLabelledAndReviewed() throws Exception {
        String text = AnnotatorTable.progress(new FixedAdmin(true), List.of(loaded("drive", 120, 30),
                new ServerDataset("idle", ServerDataset.State.NOT_LOADED_YET, 0, 0, 0, 0, ""))).text();

        assertThat(text).containsPattern("dataset +frames +labelled +reviewed")
                .containsPattern("drive +120 +30 \\(25%\\) +7 \\(5%\\)")
                .doesNotContain("idle");
    }

    @Test
    void aServerThatCannotCountReviewedFramesShowsADash() throws Exception {
        String text = AnnotatorTable.progress(new FixedAdmin(false), List.of(loaded("drive", 120, 30))).text();

        assertThat(text).containsPattern("drive +120 +30 \\(25%\\) +-");
    }

    private static ServerDataset loaded(String name, int frames, int labelled) {
        return new ServerDataset(name, ServerDataset.State.LOADED, frames * 2, 4, frames, labelled, "");
    }

    /** An administrator's port with fixed answers. */
    private record FixedAdmin(boolean hourly) implements ServerAdminPort {
        @Override
        public List<AnnotatorStats> annotatorStats(String dataset) {
            return List.of(new AnnotatorStats("Ana", 40, 55, 12, 30, 4, 1, 0, AT),
                    new AnnotatorStats("Rita", 0, 3, 0, 0, 0, 0, 2, Instant.EPOCH));
        }

        @Override
        public HourlyActivity hourlyActivity(String dataset) throws AdminRefusedException {
            if (!hourly) {
                throw new AdminRefusedException("an older server");
            }
            return new HourlyActivity(AT, 7, List.of());
        }

        @Override
        public List<ServerSetting> settings() {
            throw new UnsupportedOperationException();
        }

        @Override
        public SettingApplied set(String name, String value) {
            throw new UnsupportedOperationException();
        }

        @Override
        public String save(String dataset) {
            throw new UnsupportedOperationException();
        }

        @Override
        public ServerStats stats() {
            throw new UnsupportedOperationException();
        }

        @Override
        public void close() {
        }
    }
}
