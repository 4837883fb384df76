package dev.fitt.adapters.socket.protocol;

import dev.fitt.domain.TagValue;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * Versioned labels and live changes ({@code 11}-{@code 14}): the labels with row versions, the
 * outcome of a versioned change, and the pushes a subscribed connection gets. Their bytes:
 * {@link VersionedCodec} ({@link VersionedLabelsFromSnapshot}: {@link StreamedReplyWriter}).
 */
public sealed interface VersionedReply extends Reply {
    /** Stands for {@link VersionedLabels}: the codes and row versions of {@code labels} in display order. */
    record VersionedLabelsFromSnapshot(long id, dev.fitt.domain.VersionedLabels labels)
            implements VersionedReply, Reply.Streamed, Reply.Identified {
        public VersionedLabelsFromSnapshot {
            Fields.requestId(id);
            Objects.requireNonNull(labels, "labels");
            Fields.u64(labels.version(), "labels version");
            Fields.u16(labels.labels().tagCount(), "tag count");
            if (bodyBytes(labels) > 0xFFFF_FFFFL) {
                throw new IllegalArgumentException(labels.labels().rowCount() + " rows x " + labels.labels().tagCount()
                        + " tags need " + bodyBytes(labels) + " bytes, more than one reply can carry");
            }
        }

        /** What the length field counts: request id, status, version, rows, tags, codes, row versions. */
        static long bodyBytes(dev.fitt.domain.VersionedLabels labels) {
            long rows = labels.labels().rowCount();
            return 4 + 1 + 8 + 4 + 2 + rows * labels.labels().tagCount() + 8 * rows;
        }

        @Override
        public byte command() {
            return Wire.VERSIONED_LABELS;
        }

        @Override
        public String toString() {
            return "VersionedLabelsFromSnapshot[id=" + id + ", version=" + labels.version() + ", "
                    + labels.labels().rowCount() + " rows]";
        }
    }

    /**
     * {@code FF 11 len req 00 version rows tags codes rowVersions}: every cell as a value code
     * (display order, row-major) and the version of the change that last touched each row.
     */
    record VersionedLabels(long id, long version, int rows, int tags, byte[] codes, long[] rowVersions)
            implements VersionedReply, Reply.Identified {
        public VersionedLabels {
            Fields.requestId(id);
            Fields.u64(version, "labels version");
            Fields.u16(tags, "tag count");
            Objects.requireNonNull(codes, "codes");
            Objects.requireNonNull(rowVersions, "rowVersions");
            if (rows < 0 || (long) rows * tags != codes.length || rowVersions.length != rows) {
                throw new IllegalArgumentException(rows + " rows x " + tags + " tags do not match " + codes.length
                        + " codes and " + rowVersions.length + " row versions");
            }
        }

        @Override
        public byte command() {
            return Wire.VERSIONED_LABELS;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof VersionedLabels other && id == other.id && version == other.version
                    && rows == other.rows && tags == other.tags && Arrays.equals(codes, other.codes)
                    && Arrays.equals(rowVersions, other.rowVersions);
        }

        @Override
        public int hashCode() {
            return Objects.hash(id, version, rows, tags) * 31 + Arrays.hashCode(codes);
        }

        @Override
        public String toString() {
            return "VersionedLabels[id=" + id + ", version=" + version + ", " + rows + " rows x " + tags + " tags]";
        }
    }

    /** {@code FF 12 len req status version message}: applied (00), rejected (01) or in conflict (02). */
    record ChangeOutcome(long id, byte status, long version, String message)
            implements VersionedReply, Reply.Identified {
        public ChangeOutcome {
            Fields.requestId(id);
            if (status != Wire.OK && status != Wire.ERROR && status != Wire.CONFLICT) {
                throw new IllegalArgumentException("a versioned change reply has status 00, 01 or 02, not " + status);
            }
            Fields.u64(version, "change version");
            Fields.string(message, "change message");
        }

        @Override
        public byte command() {
            return Wire.VERSIONED_CHANGE;
        }
    }

    /** {@code FF 13 len req 00}: pushes follow from now on. */
    record Subscribed(long id) implements VersionedReply, Reply.Identified {
        public Subscribed {
            Fields.requestId(id);
        }

        @Override
        public byte command() {
            return Wire.SUBSCRIBE;
        }
    }

    /** {@code FF 14 len version first last count codes}: a change another connection made. */
    record Pushed(long version, long first, long last, List<TagValue> values) implements VersionedReply {
        public Pushed {
            Fields.u64(version, "pushed version");
            Fields.rows(first, last);
            values = Fields.u16List(values, "values", "pushed value count");
        }

        @Override
        public byte command() {
            return Wire.PUSHED;
        }
    }
}
