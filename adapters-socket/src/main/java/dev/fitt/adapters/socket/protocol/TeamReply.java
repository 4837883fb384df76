package dev.fitt.adapters.socket.protocol;

import dev.fitt.domain.AssignedClips;
import dev.fitt.domain.RowProvenance;
import dev.fitt.domain.TagValue;
import java.util.List;
import java.util.Objects;

/**
 * Team work ({@code 1A}-{@code 1F}, {@code 28}, capability {@link Wire#TEAM_CAPABILITY}): identity recorded,
 * pushes naming who made a change, a review's outcome, provenance, each annotator's work. Their
 * bytes: {@link TeamCodec}.
 */
public sealed interface TeamReply extends Reply {
    /** {@code FF 1A len req 00}: the connection's changes are recorded under the name from now on. */
    record Identity(long id) implements TeamReply, Reply.Identified {
        public Identity {
            Fields.requestId(id);
        }

        @Override
        public byte command() {
            return Wire.IDENTIFY;
        }
    }

    /**
     * {@code FF 1B len version first last count codes annotator}: a change another connection made,
     * naming who made it; sent instead of {@code 14} to a connection granted the team capability.
     */
    record PushedBy(long version, long first, long last, List<TagValue> values, String annotator)
            implements TeamReply {
        public PushedBy {
            Fields.u64(version, "pushed version");
            Fields.rows(first, last);
            values = Fields.u16List(values, "values", "pushed value count");
            Fields.string(annotator, "annotator");
        }

        @Override
        public byte command() {
            return Wire.PUSHED_BY;
        }
    }

    /** {@code FF 1C len req status version message}: recorded (00), refused (01) or in conflict (02). */
    record ReviewOutcome(long id, byte status, long version, String message)
            implements TeamReply, Reply.Identified {
        public ReviewOutcome {
            Fields.requestId(id);
            if (status != Wire.OK && status != Wire.ERROR && status != Wire.CONFLICT) {
                throw new IllegalArgumentException("a review reply has status 00, 01 or 02, not " + status);
            }
            Fields.u64(version, "review version");
            Fields.string(message, "review message");
        }

        @Override
        public byte command() {
            return Wire.REVIEW;
        }
    }

    /**
     * {@code FF 1D len req 00 rows (labelledBy labelledAt reviewedBy review)...}: per row, times in
     * milliseconds since 1970 (0 unknown), review {@code 00} none, {@code 01} accepted, {@code 02} corrected.
     */
    record Provenance(long id, List<RowProvenance> rows) implements TeamReply, Reply.Identified {
        public Provenance {
            Fields.requestId(id);
            rows = List.copyOf(Objects.requireNonNull(rows, "rows"));
            for (RowProvenance row : rows) {
                Fields.string(row.labelledBy(), "labelled by");
                Fields.string(row.reviewedBy(), "reviewed by");
                Fields.u64(row.labelledAt().toEpochMilli(), "labelled at");
            }
        }

        @Override
        public byte command() {
            return Wire.PROVENANCE;
        }
    }

    /**
     * {@code FF 1E len req 00 count (name frames:u32 changes:u64 lastHour:u32 lastDay:u32
     * reviewed:u32 corrected:u32 reviews:u32 lastActive:u64)...}.
     */
    record AnnotatorStats(long id, List<dev.fitt.domain.AnnotatorStats> annotators)
            implements TeamReply, Reply.Identified {
        public AnnotatorStats {
            Fields.requestId(id);
            annotators = List.copyOf(Objects.requireNonNull(annotators, "annotators"));
            Fields.u16(annotators.size(), "annotator count");
            for (dev.fitt.domain.AnnotatorStats a : annotators) {
                Fields.string(a.annotator(), "annotator");
                Fields.u64(a.changes(), "changes");
                Fields.u64(a.lastActive().toEpochMilli(), "last active");
            }
        }

        @Override
        public byte command() {
            return Wire.ANNOTATOR_STATS;
        }
    }

    /**
     * {@code FF 1F len req 00 datasetHasAssignments ranges (first last)...}: the annotator's clips as
     * ranges of 0-based clip indices, ascending and apart.
     */
    record MyClips(long id, AssignedClips clips) implements TeamReply, Reply.Identified {
        public MyClips {
            Fields.requestId(id);
            Objects.requireNonNull(clips, "clips");
        }

        @Override
        public byte command() {
            return Wire.MY_CLIPS;
        }
    }

    /**
     * {@code FF 28 len req 00 until:u64 reviewedFrames:u32 count:u16 (name frames:u32 x 24)...}:
     * {@code until} in milliseconds since 1970, each annotator's hours oldest first.
     */
    record HourlyActivity(long id, dev.fitt.domain.HourlyActivity activity) implements TeamReply, Reply.Identified {
        public HourlyActivity {
            Fields.requestId(id);
            Objects.requireNonNull(activity, "activity");
            Fields.u64(activity.until().toEpochMilli(), "until");
            Fields.u16(activity.annotators().size(), "annotator count");
            for (dev.fitt.domain.HourlyActivity.AnnotatorHours a : activity.annotators()) {
                Fields.string(a.annotator(), "annotator");
            }
        }

        @Override
        public byte command() {
            return Wire.HOURLY_ACTIVITY;
        }
    }
}
