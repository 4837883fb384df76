package dev.fitt.domain;

import java.util.Objects;

/** A change as a journal holds it: the change and who made it. For an accept, the values the reviewer saw. */
public record RecordedChange(TagChange change, Attribution by) {
    public RecordedChange {
        Objects.requireNonNull(change, "change");
        Objects.requireNonNull(by, "by");
    }
}
