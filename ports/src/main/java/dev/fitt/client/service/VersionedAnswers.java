package dev.fitt.client.service;

import dev.fitt.domain.VersionedLabels;

/**
 * What the session does with the server's answers to versioned items; called by the edit queue's
 * sender thread, in queue order.
 */
interface VersionedAnswers {
    /** The basis to send the change with now (it may have risen since the edit was made). */
    long basis(long ticket);

    void accepted(long ticket, long version);

    void conflicted(long ticket, String message);

    /** The server refused the change outright; it is given up. */
    void refused(long ticket);

    void reloaded(VersionedLabels labels);
}
