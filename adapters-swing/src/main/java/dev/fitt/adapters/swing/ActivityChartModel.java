package dev.fitt.adapters.swing;

import dev.fitt.domain.HourlyActivity;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The statistics panel's chart as numbers: one stacked bar per hour of the last day (oldest
 * first), one segment per annotator, and a y scale rounded up to 1, 2 or 5 times a power of ten
 * so its ticks read well. Pure, so it is unit-tested; {@link ActivityChart} only draws it.
 */
final class ActivityChartModel {
    /** An x axis mark: under the start of {@code hour}, or under the right edge when it is {@code HOURS}. */
    record Mark(int hour, String label) {
    }

    private final HourlyActivity activity;
    private final int scaleMax;

    ActivityChartModel(HourlyActivity activity) {
        this.activity = Objects.requireNonNull(activity, "activity");
        int highest = 0;
        for (int hour = 0; hour < HourlyActivity.HOURS; hour++) {
            highest = Math.max(highest, total(hour));
        }
        this.scaleMax = niceCeiling(highest);
    }

    /** The annotators, in the order of the segments from the bottom of a bar. */
    List<String> series() {
        return activity.annotators().stream().map(HourlyActivity.AnnotatorHours::annotator).toList();
    }

    int hours() {
        return HourlyActivity.HOURS;
    }

    /** Frames annotator {@code series} set in hour {@code hour}. */
    int segment(int hour, int series) {
        return activity.annotators().get(series).framesPerHour().get(hour);
    }

    /** The height of hour {@code hour}'s bar, in frames. */
    int total(int hour) {
        int sum = 0;
        for (HourlyActivity.AnnotatorHours a : activity.annotators()) {
            sum += a.framesPerHour().get(hour);
        }
        return sum;
    }

    /** The top of the y axis: the highest bar rounded up to 1, 2 or 5 times a power of ten (at least 1). */
    int scaleMax() {
        return scaleMax;
    }

    /** The y axis ticks from 0 to {@link #scaleMax()}: five steps, or one per frame for a small scale. */
    List<Integer> ticks() {
        int steps = Math.min(scaleMax, 5);
        List<Integer> ticks = new ArrayList<>();
        for (int i = 0; i <= steps; i++) {
            ticks.add(scaleMax * i / steps);
        }
        return ticks;
    }

    /** Marks every six hours, counted back from now. */
    List<Mark> marks() {
        List<Mark> marks = new ArrayList<>();
        for (int hour = 0; hour < HourlyActivity.HOURS; hour += 6) {
            marks.add(new Mark(hour, (HourlyActivity.HOURS - hour) + " h ago"));
        }
        marks.add(new Mark(HourlyActivity.HOURS, "now"));
        return marks;
    }

    /** Whether nobody set a frame in the whole day (the chart then says so instead of drawing nothing). */
    boolean empty() {
        return activity.annotators().stream().allMatch(a -> a.total() == 0);
    }

    static int niceCeiling(int value) {
        if (value <= 1) {
            return 1;
        }
        long power = 1;
        while (true) {
            for (int step : new int[] {1, 2, 5}) {
                if (step * power >= value) {
                    return Math.toIntExact(step * power);
                }
            }
            power *= 10;
        }
    }
}
