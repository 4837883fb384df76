package dev.fitt.server.port.out;

import dev.fitt.domain.TagValue;
import java.util.List;
import java.util.Objects;

/** Rows of one committed change, as a shared store holds them: the change's version, file rows and values. */
public record CommittedRows(long version, int[] fileRows, List<TagValue> values) {
    public CommittedRows {
        Objects.requireNonNull(fileRows, "fileRows");
        values = List.copyOf(values);
        if (version < 1) {
            throw new IllegalArgumentException("versions start at 1, got " + version);
        }
        if (fileRows.length == 0) {
            throw new IllegalArgumentException("a committed change has rows");
        }
    }
}
