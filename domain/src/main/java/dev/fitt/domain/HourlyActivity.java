package dev.fitt.domain;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * What the team did in the last day, hour by hour, for a chart: per annotator the frames whose
 * labels they set in each of the {@value #HOURS} hours before {@code until}, oldest hour first,
 * and how many frames of the dataset a reviewer has looked at. Hour {@code k} holds the frames
 * set in {@code (until - (24 - k) h, until - (23 - k) h]}; a frame counts once per annotator, in
 * the hour of their newest label in it, so an annotator's hours add up to their
 * {@link AnnotatorStats#framesLastDay()}.
 */
public record HourlyActivity(Instant until, int reviewedFrames, List<AnnotatorHours> annotators) {
    public static final int HOURS = 24;

    public HourlyActivity {
        Objects.requireNonNull(until, "until");
        annotators = List.copyOf(annotators);
        if (reviewedFrames < 0) {
            throw new IllegalArgumentException("reviewedFrames must be >= 0, got " + reviewedFrames);
        }
    }

    /** The start of hour {@code hour} (0 = the oldest). */
    public Instant hourStart(int hour) {
        return until.minus(Duration.ofHours(HOURS - (long) hour));
    }

    /** One annotator's frames per hour, oldest hour first. */
    public record AnnotatorHours(String annotator, List<Integer> framesPerHour) {
        public AnnotatorHours {
            Objects.requireNonNull(annotator, "annotator");
            framesPerHour = List.copyOf(framesPerHour);
            if (framesPerHour.size() != HOURS) {
                throw new IllegalArgumentException(annotator + ": " + framesPerHour.size() + " hours, expected "
                        + HOURS);
            }
            for (int frames : framesPerHour) {
                if (frames < 0) {
                    throw new IllegalArgumentException(annotator + ": negative frames in an hour: " + frames);
                }
            }
        }

        /** Frames over the whole day. */
        public int total() {
            return framesPerHour.stream().mapToInt(Integer::intValue).sum();
        }
    }
}
