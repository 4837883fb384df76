package dev.fitt.server.service;

import java.util.Optional;

/**
 * Which applied changes the journal could not make durable yet, counted in edits of this run. A
 * change is held only in memory from its failed flush until a later change is durable (the journal
 * writes in order, so that one carries it to disk) or a save covers it (the CSV then holds it).
 */
final class HeldChanges {
    private long newestHeld;
    private long newestSafe;
    private String reason;

    synchronized void held(long edit, String why) {
        if (edit > newestHeld) {
            newestHeld = edit;
            reason = why;
        }
    }

    /** A change that reached the disk, or a save, covering every edit up to {@code edit}. */
    synchronized void safeUpTo(long edit) {
        newestSafe = Math.max(newestSafe, edit);
    }

    /** Why changes are held only in memory, or empty when every applied change is on disk. */
    synchronized Optional<String> reason() {
        return newestHeld > newestSafe ? Optional.of(reason) : Optional.empty();
    }
}
