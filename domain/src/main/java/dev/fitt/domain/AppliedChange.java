package dev.fitt.domain;

import java.util.Objects;

/**
 * A change as the core applied it: its version, who made it (a connection, a session) and the
 * annotator's name (the origin itself for callers without one).
 */
public record AppliedChange(long version, TagChange change, String origin, String annotator) {
    public AppliedChange {
        Objects.requireNonNull(change, "change");
        Objects.requireNonNull(origin, "origin");
        Objects.requireNonNull(annotator, "annotator");
        if (version < 1) {
            throw new IllegalArgumentException("versions start at 1, got " + version);
        }
    }

    public AppliedChange(long version, TagChange change, String origin) {
        this(version, change, origin, origin);
    }
}
