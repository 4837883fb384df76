package dev.fitt.bench;

/** Which v1 server is driven: it decides what counts as a durable change. */
public enum ServerKind {
    /** fitt acknowledges a change only after it is fsync'ed in its journal: a plain change is durable. */
    FITT,
    /** The original Python server keeps changes in memory until saved: durable = change followed by save. */
    ORIGINAL;

    boolean changeIsDurable() {
        return this == FITT;
    }

    String durabilityNote() {
        return changeIsDurable()
                ? "fitt acknowledges a change only after it is fsync'ed in its journal, so a plain change IS"
                        + " durable: 'durable change' rows time the change alone; 'change followed by save' is shown"
                        + " for comparison with v1 servers"
                : "this server keeps changes in memory until saved, so a durable change is a change followed by"
                        + " a save; plain change figures are NOT durable";
    }
}
