package dev.fitt.server.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.fitt.domain.AnnotatorStats;
import dev.fitt.domain.AppliedChange;
import dev.fitt.domain.Editor;
import dev.fitt.domain.HourlyActivity;
import dev.fitt.domain.ImageRows;
import dev.fitt.domain.LabelsSnapshot;
import dev.fitt.domain.Review;
import dev.fitt.domain.RowProvenance;
import dev.fitt.domain.Tag;
import dev.fitt.domain.TagChange;
import dev.fitt.domain.TagSet;
import dev.fitt.domain.TagValue;
import dev.fitt.domain.VersionBase;
import dev.fitt.ports.ChangeConflictException;
import dev.fitt.ports.ImageContent;
import dev.fitt.server.port.out.InMemoryChangeJournal;
import dev.fitt.server.port.out.ProvenanceStorePort;
import dev.fitt.server.port.out.StoredDataset;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Provenance, review and per-annotator statistics of the server core, on a dataset of two clips. */
class TeamServiceTest {
    private static final List<TagValue> YES_NO = List.of(TagValue.TRUE, TagValue.FALSE);
    private static final List<TagValue> NO_YES = List.of(TagValue.FALSE, TagValue.TRUE);
    private static final Editor ANA = new Editor("connection-1", "Ana");
    private static final Editor BEN = new Editor("connection-2", "Ben");
    private static final Editor RITA = new Editor("connection-3", "Rita");

    private final TickingClock clock = new TickingClock(Instant.parse("2026-12-03T09:00:00Z"));
    private final InMemoryChangeJournal journal = new InMemoryChangeJournal();
    private final KeptProvenance kept = new KeptProvenance();

    /** Clip "1" has rows 0..1, clip "2" rows 2..3; one camera each, so a row is a frame. */
    private ServerCore start() throws Exception {
        ImageRows rows = new ImageRows(new String[] {"1", "1", "2", "2"}, new String[] {"", "", "", ""},
                new String[] {"a", "b", "c", "d"});
        TagSet tags = new TagSet(List.of(new Tag("1", "One", "tag_code_1"), new Tag("2", "Two", "tag_code_2")));
        return ServerCore.of(new StoredDataset(tags, rows, LabelsSnapshot.unset(4, 2), "in", "out"), labels -> { },
                path -> new ImageContent(new byte[0]), CoreJournal.local(journal), VersionBase.ZERO, kept, clock);
    }

    @Test
    void everyChangeRecordsWhoMadeItAndWhen() throws Exception {
        ServerCore core = start();

        core.tagging().tag(TagChange.ofRow(0, YES_NO), ANA);
        clock.advance(Duration.ofMinutes(5));
        core.tagging().tagIfCurrent(new TagChange(1, 2, NO_YES), 0, BEN);

        assertThat(core.team().provenance(0, 3)).containsExactly(
                new RowProvenance("Ana", Instant.parse("2026-12-03T09:00:00Z"), "", Review.NONE),
                new RowProvenance("Ben", Instant.parse("2026-12-03T09:05:00Z"), "", Review.NONE),
                new RowProvenance("Ben", Instant.parse("2026-12-03T09:05:00Z"), "", Review.NONE),
                RowProvenance.NONE);
    }

    @Test
    void pushesNameTheAnnotator() throws Exception {
        ServerCore core = start();
        List<AppliedChange> seen = new ArrayList<>();
        core.tagging().watch(seen::add);

        core.tagging().tag(TagChange.ofRow(0, YES_NO), ANA);

        assertThat(seen).singleElement().satisfies(applied -> {
            assertThat(applied.annotator()).isEqualTo("Ana");
            assertThat(applied.origin()).isEqualTo("connection-1");
        });
    }

    @Test
    void aReviewerAcceptsOrCorrectsAndTheAnnotatorStaysNamed() throws Exception {
        ServerCore core = start();
        core.tagging().tag(TagChange.ofRow(0, YES_NO), ANA);
        core.tagging().tag(TagChange.ofRow(1, YES_NO), ANA);
        long seen = core.queries().versionedLabels().version();

        core.tagging().accept(0, 0, seen, RITA);
        core.tagging().correct(TagChange.ofRow(1, NO_YES), seen, RITA);

        List<RowProvenance> rows = core.team().provenance(0, 1);
        assertThat(rows.get(0)).extracting(RowProvenance::labelledBy, RowProvenance::reviewedBy,
                RowProvenance::review).containsExactly("Ana", "Rita", Review.ACCEPTED);
        assertThat(rows.get(1)).extracting(RowProvenance::labelledBy, RowProvenance::reviewedBy,
                RowProvenance::review).containsExactly("Ana", "Rita", Review.CORRECTED);
        assertThat(core.queries().labels().value(0, 0)).isEqualTo(TagValue.TRUE);
        assertThat(core.queries().labels().value(1, 0)).isEqualTo(TagValue.FALSE);
    }

    @Test
    void anAcceptOfRowsChangedSinceTheReviewerLookedIsAConflict() throws Exception {
        ServerCore core = start();
        core.tagging().tag(TagChange.ofRow(0, YES_NO), ANA);
        long seen = core.queries().versionedLabels().version();
        core.tagging().tag(TagChange.ofRow(0, NO_YES), BEN);

        assertThatThrownBy(() -> core.tagging().accept(0, 0, seen, RITA)).isInstanceOf(ChangeConflictException.class);
        assertThat(core.team().provenance(0, 0).get(0).review()).isEqualTo(Review.NONE);
    }

    @Test
    void anAcceptChangesNoRowVersionSoAnAnnotatorEditingMeanwhileHasNoConflict() throws Exception {
        ServerCore core = start();
        long version = core.tagging().tag(TagChange.ofRow(0, YES_NO), ANA);
        core.tagging().accept(0, 0, version, RITA);

        core.tagging().tagIfCurrent(TagChange.ofRow(0, NO_YES), version, ANA);

        assertThat(core.team().provenance(0, 0).get(0))
                .isEqualTo(new RowProvenance("Ana", clock.instant(), "", Review.NONE));
    }

    @Test
    void provenanceOutlivesASaveAndARestartAndTheJournalCarriesWhatCameAfter() throws Exception {
        ServerCore first = start();
        first.tagging().tag(TagChange.ofRow(0, YES_NO), ANA);
        first.saving().save();
        clock.advance(Duration.ofMinutes(1));
        first.tagging().tag(TagChange.ofRow(3, YES_NO), BEN);
        first.tagging().accept(0, 0, first.queries().versionedLabels().version(), RITA);

        ServerCore restarted = start();
        restarted.saving().recoverFromJournal();

        assertThat(restarted.team().provenance(0, 3)).extracting(RowProvenance::labelledBy, RowProvenance::reviewedBy)
                .map(t -> t.toList())
                .containsExactly(List.of("Ana", "Rita"), List.of("", ""), List.of("", ""), List.of("Ben", ""));
        assertThat(kept.saved.get(3).labelledBy()).as("the recovery saved the journal's provenance").isEqualTo("Ben");
    }

    @Test
    void statisticsCountEachAnnotatorsFramesChangesAndCorrections() throws Exception {
        ServerCore core = start();
        core.tagging().tag(TagChange.ofRow(0, YES_NO), ANA);
        core.tagging().tag(TagChange.ofRow(0, NO_YES), ANA);
        clock.advance(Duration.ofHours(2));
        core.tagging().tag(new TagChange(1, 2, YES_NO), ANA);
        core.tagging().tag(TagChange.ofRow(3, YES_NO), BEN);
        long seen = core.queries().versionedLabels().version();
        core.tagging().correct(TagChange.ofRow(1, NO_YES), seen, RITA);
        core.tagging().accept(2, 2, seen, RITA);

        List<AnnotatorStats> stats = core.team().annotatorStats();

        assertThat(stats).extracting(AnnotatorStats::annotator).containsExactly("Ana", "Ben", "Rita");
        AnnotatorStats ana = stats.get(0);
        assertThat(ana.frames()).isEqualTo(3);
        assertThat(ana.changes()).isEqualTo(3);
        assertThat(ana.framesLastHour()).as("rows 1 and 2 were labelled within the hour").isEqualTo(2);
        assertThat(ana.framesLastDay()).isEqualTo(3);
        assertThat(ana.reviewedFrames()).isEqualTo(2);
        assertThat(ana.correctedFrames()).isEqualTo(1);
        assertThat(ana.shareCorrected()).isEqualTo(0.5);
        assertThat(ana.lastActive()).isEqualTo(clock.instant());
        assertThat(stats.get(1).changes()).isEqualTo(1);
        assertThat(stats.get(2)).extracting(AnnotatorStats::frames, AnnotatorStats::changes, AnnotatorStats::reviews)
                .containsExactly(0, 2L, 2);
    }

    @Test
    void hourlyActivityCountsEachAnnotatorsFramesInTheHourOfTheirNewestLabel() throws Exception {
        ServerCore core = start();
        core.tagging().tag(TagChange.ofRow(0, YES_NO), ANA);
        clock.advance(Duration.ofMinutes(30));
        core.tagging().tag(TagChange.ofRow(3, YES_NO), BEN);
        clock.advance(Duration.ofHours(2));
        core.tagging().tag(TagChange.ofRow(1, YES_NO), ANA);
        core.tagging().tag(TagChange.ofRow(2, YES_NO), ANA);
        core.tagging().tag(TagChange.ofRow(2, NO_YES), ANA);
        core.tagging().accept(3, 3, core.queries().versionedLabels().version(), RITA);
        clock.advance(Duration.ofMinutes(40));

        HourlyActivity activity = core.team().hourlyActivity();

        assertThat(activity.until()).isEqualTo(clock.instant());
        assertThat(activity.reviewedFrames()).isEqualTo(1);
        assertThat(activity.annotators()).extracting(HourlyActivity.AnnotatorHours::annotator)
                .as("Rita only reviewed").containsExactly("Ana", "Ben");
        assertThat(activity.annotators().get(0).framesPerHour()).as("row 0 3 h 10 min ago; rows 1 and 2 40 min ago,"
                + " row 2 once").isEqualTo(hours(20, 1, 23, 2));
        assertThat(activity.annotators().get(1).framesPerHour()).as("row 3 2 h 40 min ago")
                .isEqualTo(hours(21, 1));
        assertThat(activity.annotators()).as("the hours add up to the day's frames of the annotator stats")
                .allSatisfy(a -> assertThat(a.total()).isEqualTo(core.team().annotatorStats().stream()
                        .filter(s -> s.annotator().equals(a.annotator())).findFirst().orElseThrow().framesLastDay()));

        clock.advance(Duration.ofHours(24));
        core.tagging().tag(TagChange.ofRow(0, NO_YES), BEN);
        HourlyActivity dayLater = core.team().hourlyActivity();

        assertThat(dayLater.annotators()).as("Ana's labels are a day old, Ben's row 3 too")
                .containsExactly(new HourlyActivity.AnnotatorHours("Ben", hours(23, 1)));
        assertThat(dayLater.reviewedFrames()).as("a review outlives the day").isEqualTo(1);
    }

    /** 24 hours of frames, zero but for {@code hour, frames} pairs. */
    private static List<Integer> hours(int... hourAndFrames) {
        List<Integer> hours = new ArrayList<>(Collections.nCopies(HourlyActivity.HOURS, 0));
        for (int i = 0; i < hourAndFrames.length; i += 2) {
            hours.set(hourAndFrames[i], hourAndFrames[i + 1]);
        }
        return hours;
    }

    /** Provenance kept as a store would keep it, across "restarts" of the test. */
    private static final class KeptProvenance implements ProvenanceStorePort {
        List<RowProvenance> saved;

        @Override
        public List<RowProvenance> loadProvenance(int rowCount) {
            return saved == null ? Collections.nCopies(rowCount, RowProvenance.NONE) : saved;
        }

        @Override
        public void saveProvenance(List<RowProvenance> fileOrder) {
            saved = List.copyOf(fileOrder);
        }
    }

    private static final class TickingClock extends Clock {
        private Instant now;

        TickingClock(Instant now) {
            this.now = now;
        }

        void advance(Duration by) {
            now = now.plus(by);
        }

        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }
    }
}
