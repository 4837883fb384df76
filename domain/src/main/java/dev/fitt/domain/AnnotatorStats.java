package dev.fitt.domain;

import java.time.Instant;
import java.util.Objects;

/**
 * One annotator's work, counted in frames (a frame is all cameras of one moment). {@code frames}
 * are the frames whose labels they last set; {@code framesLastHour} and {@code framesLastDay} those
 * of them set in the last hour and the last 24 hours. {@code reviewedFrames} of their frames a
 * reviewer looked at, {@code correctedFrames} of those were corrected. {@code reviews} counts the
 * frames they reviewed themselves. {@code changes} are the changes they made since the server
 * started. {@code lastActive} is {@link Instant#EPOCH} when unknown.
 */
public record AnnotatorStats(String annotator, int frames, long changes, int framesLastHour, int framesLastDay,
        int reviewedFrames, int correctedFrames, int reviews, Instant lastActive) {
    public AnnotatorStats {
        Objects.requireNonNull(annotator, "annotator");
        Objects.requireNonNull(lastActive, "lastActive");
        if (frames < 0 || changes < 0 || framesLastHour < 0 || framesLastDay < framesLastHour
                || framesLastDay > frames || reviewedFrames < 0 || correctedFrames < 0
                || correctedFrames > reviewedFrames || reviews < 0) {
            throw new IllegalArgumentException("inconsistent counts for " + annotator + ": frames " + frames
                    + ", last hour " + framesLastHour + ", last day " + framesLastDay + ", reviewed "
                    + reviewedFrames + ", corrected " + correctedFrames);
        }
    }

    /** Frames per hour averaged over the last 24 hours. */
    public double framesPerHourOverDay() {
        return framesLastDay / 24.0;
    }

    /** Share of their reviewed frames that were corrected, 0 when none was reviewed. */
    public double shareCorrected() {
        return reviewedFrames == 0 ? 0 : (double) correctedFrames / reviewedFrames;
    }
}
