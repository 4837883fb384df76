package dev.fitt.server.port.out;

import dev.fitt.domain.Attribution;
import dev.fitt.domain.TagValue;
import java.util.List;
import java.util.Objects;

/**
 * Rows of one committed change, as a shared store holds them: the change's version, file rows and
 * values, and who made it when ({@link Attribution#UNKNOWN} when the store does not say).
 */
public record CommittedRows(long version, int[] fileRows, List<TagValue> values, Attribution by) {
    public CommittedRows {
        Objects.requireNonNull(fileRows, "fileRows");
        Objects.requireNonNull(by, "by");
        values = List.copyOf(values);
        if (version < 1) {
            throw new IllegalArgumentException("versions start at 1, got " + version);
        }
        if (fileRows.length == 0) {
            throw new IllegalArgumentException("a committed change has rows");
        }
    }

    public CommittedRows(long version, int[] fileRows, List<TagValue> values) {
        this(version, fileRows, values, Attribution.UNKNOWN);
    }
}
