package dev.fitt.client.service;

import dev.fitt.domain.labelling.LabelBook;
import java.util.Objects;
import java.util.function.Function;

/**
 * The session's label book behind one lock: the UI thread edits and reads it, while the sender
 * and the change receiver bring the server's news into it. Work under the lock is short (no
 * server calls, no listeners), so the UI never waits on the network.
 */
final class SharedLabels {
    private final LabelBook book;

    SharedLabels(LabelBook book) {
        this.book = Objects.requireNonNull(book, "book");
    }

    /** Runs {@code work} with the book, no other thread touching it meanwhile (reentrant). */
    synchronized <T> T withBook(Function<LabelBook, T> work) {
        return work.apply(book);
    }
}
