package dev.fitt.domain;

import java.util.Objects;

/** A change as the core applied it: its version and who made it (a connection, a session). */
public record AppliedChange(long version, TagChange change, String origin) {
    public AppliedChange {
        Objects.requireNonNull(change, "change");
        Objects.requireNonNull(origin, "origin");
        if (version < 1) {
            throw new IllegalArgumentException("versions start at 1, got " + version);
        }
    }
}
