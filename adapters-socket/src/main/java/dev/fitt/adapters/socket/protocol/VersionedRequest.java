package dev.fitt.adapters.socket.protocol;

import dev.fitt.domain.TagValue;
import java.util.List;

/**
 * Versioned labels and live changes ({@code 11}-{@code 13}): the labels with row versions, a
 * change applied only if no row is newer, and pushes of every other connection's change. Their
 * bytes: {@link VersionedCodec}.
 */
public sealed interface VersionedRequest extends Request.Identified {
    /** {@code FF 11 len req}: the labels with row versions. */
    record VersionedLabels(long id) implements VersionedRequest {
        public VersionedLabels {
            Fields.requestId(id);
        }

        @Override
        public byte command() {
            return Wire.VERSIONED_LABELS;
        }
    }

    /** {@code FF 12 len req basis first last count codes}: a change applied only if no row is newer than basis. */
    record VersionedChange(long id, long basis, long first, long last, List<TagValue> values)
            implements VersionedRequest {
        public VersionedChange {
            Fields.requestId(id);
            Fields.u64(basis, "change basis");
            Fields.rows(first, last);
            values = Fields.u16List(values, "values", "change value count");
        }

        @Override
        public byte command() {
            return Wire.VERSIONED_CHANGE;
        }
    }

    /** {@code FF 13 len req}: push every change other connections make. */
    record Subscribe(long id) implements VersionedRequest {
        public Subscribe {
            Fields.requestId(id);
        }

        @Override
        public byte command() {
            return Wire.SUBSCRIBE;
        }
    }
}
