package dev.fitt.adapters.socket.protocol;

import dev.fitt.domain.TagValue;
import java.util.List;

/**
 * Team work ({@code 1A}-{@code 1F}, {@code 28}, capability {@link Wire#TEAM_CAPABILITY}): who is editing, a
 * reviewer's verdict, who labelled and reviewed rows, each annotator's work. Their bytes:
 * {@link TeamCodec}.
 */
public sealed interface TeamRequest extends Request.Identified {
    /** {@code FF 1A len req name}: the annotator's name, recorded with every change of this connection. */
    record Identify(long id, String name) implements TeamRequest {
        public Identify {
            Fields.requestId(id);
            Fields.string(name, "annotator name");
        }

        @Override
        public byte command() {
            return Wire.IDENTIFY;
        }
    }

    /**
     * {@code FF 1C len req basis first last verdict count codes}: a reviewer's verdict on rows
     * first..last: {@code 01} accepted (no codes), {@code 02} corrected to the codes.
     */
    record Review(long id, long basis, long first, long last, boolean accepted, List<TagValue> values)
            implements TeamRequest {
        public static final int ACCEPT = 1;
        public static final int CORRECT = 2;

        public Review {
            Fields.requestId(id);
            Fields.u64(basis, "review basis");
            Fields.rows(first, last);
            values = Fields.u16List(values, "values", "review value count");
            if (accepted != values.isEmpty()) {
                throw new IllegalArgumentException(accepted ? "an accept carries no tag values"
                        : "a correction needs tag values");
            }
        }

        @Override
        public byte command() {
            return Wire.REVIEW;
        }
    }

    /** {@code FF 1D len req first last}: who labelled and reviewed rows first..last. */
    record Provenance(long id, long first, long last) implements TeamRequest {
        public Provenance {
            Fields.requestId(id);
            Fields.rows(first, last);
        }

        @Override
        public byte command() {
            return Wire.PROVENANCE;
        }
    }

    /** {@code FF 1E len req}: each annotator's work. */
    record AnnotatorStats(long id) implements TeamRequest {
        public AnnotatorStats {
            Fields.requestId(id);
        }

        @Override
        public byte command() {
            return Wire.ANNOTATOR_STATS;
        }
    }

    /** {@code FF 1F len req}: the clips assigned to this connection's annotator on its dataset. */
    record MyClips(long id) implements TeamRequest {
        public MyClips {
            Fields.requestId(id);
        }

        @Override
        public byte command() {
            return Wire.MY_CLIPS;
        }
    }

    /** {@code FF 28 len req}: each annotator's frames per hour over the last day. */
    record HourlyActivity(long id) implements TeamRequest {
        public HourlyActivity {
            Fields.requestId(id);
        }

        @Override
        public byte command() {
            return Wire.HOURLY_ACTIVITY;
        }
    }
}
