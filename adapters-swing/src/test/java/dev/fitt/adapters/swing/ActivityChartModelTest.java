package dev.fitt.adapters.swing;

import static org.assertj.core.api.Assertions.assertThat;

import dev.fitt.domain.AnnotatorStats;
import dev.fitt.domain.HourlyActivity;
import dev.fitt.domain.labelling.Progress;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The statistics chart's numbers and the panel's words. */
class ActivityChartModelTest {
    private static final Instant NOW = Instant.parse("2026-12-03T12:10:00Z");

    @Test
    void barsStackEachAnnotatorsFramesPerHourOldestFirst() {
        ActivityChartModel model = new ActivityChartModel(new HourlyActivity(NOW, 0, List.of(
                hours("Ana", 0, 3, 23, 7), hours("Ben", 23, 4, 5, 1))));

        assertThat(model.series()).containsExactly("Ana", "Ben");
        assertThat(model.hours()).isEqualTo(24);
        assertThat(model.total(23)).isEqualTo(11);
        assertThat(model.segment(23, 0)).isEqualTo(7);
        assertThat(model.segment(23, 1)).isEqualTo(4);
        assertThat(model.total(0)).isEqualTo(3);
        assertThat(model.total(5)).isEqualTo(1);
        assertThat(model.total(6)).isZero();
        assertThat(model.scaleMax()).as("11 rounded up to 1, 2 or 5 times a power of ten").isEqualTo(20);
        assertThat(model.ticks()).containsExactly(0, 4, 8, 12, 16, 20);
        assertThat(model.empty()).isFalse();
    }

    @Test
    void theScaleIsOneTwoOrFiveTimesAPowerOfTen() {
        assertThat(List.of(0, 1, 2, 3, 5, 6, 10, 11, 21, 51, 99, 101, 4_000))
                .extracting(ActivityChartModel::niceCeiling)
                .containsExactly(1, 1, 2, 5, 5, 10, 10, 20, 50, 100, 100, 200, 5_000);
    }

    @Test
    void aQuietDayHasAScaleOfOneAndSaysItIsEmpty() {
        ActivityChartModel model = new ActivityChartModel(new HourlyActivity(NOW, 0, List.of()));

        assertThat(model.empty()).isTrue();
        assertThat(model.series()).isEmpty();
        assertThat(model.scaleMax()).isEqualTo(1);
        assertThat(model.ticks()).containsExactly(0, 1);
        assertThat(model.total(12)).isZero();
    }

    @Test
    void smallScalesTickEveryFrame() {
        ActivityChartModel model = new ActivityChartModel(new HourlyActivity(NOW, 0, List.of(hours("Ana", 3, 2))));

        assertThat(model.ticks()).containsExactly(0, 1, 2);
    }

    @Test
    void marksCountBackFromNowEverySixHours() {
        ActivityChartModel model = new ActivityChartModel(new HourlyActivity(NOW, 0, List.of()));

        assertThat(model.marks()).extracting(ActivityChartModel.Mark::hour).containsExactly(0, 6, 12, 18, 24);
        assertThat(model.marks()).extracting(ActivityChartModel.Mark::label)
                .containsExactly("24 h ago", "18 h ago", "12 h ago", "6 h ago", "now");
    }

    @Test
    void theTableWordsRatesSharesAndTimes() {
        AnnotatorStats ana = new AnnotatorStats("Ana", 40, 55, 12, 30, 4, 1, 0, NOW.minusSeconds(300));

        assertThat(StatisticsText.perHour(ana.framesLastHour())).isEqualTo("12");
        assertThat(StatisticsText.perHour(ana.framesPerHourOverDay())).isEqualTo("1.3");
        assertThat(StatisticsText.perHour(0)).isEqualTo("0");
        assertThat(StatisticsText.perHour(1234)).isEqualTo("1,234");
        assertThat(StatisticsText.shareCorrected(ana)).isEqualTo("25 % (1 of 4)");
        assertThat(StatisticsText.shareCorrected(new AnnotatorStats("Ben", 1, 1, 0, 0, 0, 0, 0, Instant.EPOCH)))
                .isEqualTo("\u2013");
        assertThat(StatisticsText.lastActive(ana.lastActive(), NOW, ZoneOffset.UTC)).isEqualTo("5 min ago");
        assertThat(StatisticsText.lastActive(NOW.minusSeconds(20), NOW, ZoneOffset.UTC)).isEqualTo("just now");
        assertThat(StatisticsText.lastActive(NOW.minusSeconds(3 * 3600 + 5), NOW, ZoneOffset.UTC)).isEqualTo("3 h ago");
        assertThat(StatisticsText.lastActive(Instant.parse("2026-11-20T08:30:00Z"), NOW, ZoneOffset.UTC))
                .isEqualTo("20 Nov 08:30");
        assertThat(StatisticsText.lastActive(Instant.EPOCH, NOW, ZoneOffset.UTC)).isEqualTo("\u2013");
        assertThat(StatisticsText.progress(new Progress(312, 1200), 3))
                .isEqualTo("312 of 1,200 frames labelled (26 %), 3 reviewed (<1 %)");
        assertThat(StatisticsText.progress(new Progress(0, 0), 0)).isEqualTo("0 of 0 frames labelled (\u2013), 0 reviewed (\u2013)");
    }

    @Test
    void theMarkLabelsAtEitherEndStayInsideThePlot() {
        // "24 h ago" under the first hour, beside a narrow axis of small numbers: starts where the plot does
        assertThat(ActivityChart.markLabelX(20, 50, 20, 900)).isEqualTo(20);
        assertThat(ActivityChart.markLabelX(900, 30, 20, 900)).isEqualTo(870);
        assertThat(ActivityChart.markLabelX(400, 50, 20, 900)).isEqualTo(375);
    }

    /** Annotator {@code name}'s 24 hours, zero but for {@code hour, frames} pairs. */
    private static HourlyActivity.AnnotatorHours hours(String name, int... hourAndFrames) {
        List<Integer> hours = new ArrayList<>(Collections.nCopies(HourlyActivity.HOURS, 0));
        for (int i = 0; i < hourAndFrames.length; i += 2) {
            hours.set(hourAndFrames[i], hourAndFrames[i + 1]);
        }
        return new HourlyActivity.AnnotatorHours(name, hours);
    }
}
