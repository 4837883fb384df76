package dev.fitt.adapters.swing;

import dev.fitt.domain.AnnotatorStats;
import dev.fitt.domain.labelling.Progress;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** How the statistics panel words its numbers. Pure, so it is unit-tested. */
final class StatisticsText {
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM HH:mm", Locale.ROOT);

    private StatisticsText() {
    }

    /** Frames per hour: whole numbers from 10 up, one decimal below. */
    static String perHour(double frames) {
        return frames >= 10 || frames == Math.rint(frames) ? String.format(Locale.ROOT, "%,.0f", frames)
                : String.format(Locale.ROOT, "%.1f", frames);
    }

    /** "25 % (1 of 4)" of their reviewed frames, or a dash when none was reviewed. */
    static String shareCorrected(AnnotatorStats stats) {
        if (stats.reviewedFrames() == 0) {
            return "\u2013";
        }
        return String.format(Locale.ROOT, "%.0f %% (%d of %d)", 100 * stats.shareCorrected(), stats.correctedFrames(),
                stats.reviewedFrames());
    }

    /** How long ago, in the largest whole unit up to hours; older than two days as a date. */
    static String lastActive(Instant at, Instant now, ZoneId zone) {
        if (at.equals(Instant.EPOCH)) {
            return "\u2013";
        }
        Duration ago = Duration.between(at, now);
        if (ago.compareTo(Duration.ofMinutes(1)) < 0) {
            return "just now";
        }
        if (ago.compareTo(Duration.ofHours(1)) < 0) {
            return ago.toMinutes() + " min ago";
        }
        if (ago.compareTo(Duration.ofHours(48)) < 0) {
            return ago.toHours() + " h ago";
        }
        return DAY.format(at.atZone(zone));
    }

    /** The dataset's progress in one line. */
    static String progress(Progress labelled, int reviewedFrames) {
        return String.format(Locale.ROOT, "%,d of %,d frames labelled (%s), %,d reviewed (%s)", labelled.labelled(),
                labelled.total(), percent(labelled.labelled(), labelled.total()), reviewedFrames,
                percent(reviewedFrames, labelled.total()));
    }

    private static String percent(int part, int whole) {
        if (whole == 0) {
            return "\u2013";
        }
        double share = 100.0 * part / whole;
        return share > 0 && share < 1 ? "<1 %" : String.format(Locale.ROOT, "%.0f %%", Math.floor(share));
    }
}
