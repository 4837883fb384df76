package dev.fitt.client.service;

import dev.fitt.domain.TagChange;
import dev.fitt.domain.TagValue;
import java.util.List;
import java.util.Objects;

/**
 * Protocol v1: every change is sent as it is and the last one to reach the server wins; the
 * server reports no conflicts, so there is never one to resolve. v1 carries only True and False:
 * a change that makes a tag unset again (an undo back to unlabelled) is kept local, since sending
 * it would make the server store False, a label nobody chose.
 */
final class LastWriterWins implements ServerSync {
    private final LockedLabelTable labels;

    LastWriterWins(LockedLabelTable labels) {
        this.labels = Objects.requireNonNull(labels, "labels");
    }

    @Override
    public Outgoing applyLocal(TagChange change) {
        labels.withTable(table -> {
            table.apply(change);
            return null;
        });
        return change.values().stream().anyMatch(v -> !v.isSet()) ? new Outgoing.KeptLocal(change)
                : new Outgoing.Change(change);
    }

    @Override
    public Outgoing reapply(TagChange change) {
        throw noConflict(change);
    }

    @Override
    public Outgoing drop(TagChange change) {
        throw noConflict(change);
    }

    /** v1 tells nothing about others' values: the local ones are all there is. */
    @Override
    public List<TagValue> serverValues(int row) {
        return labels.withTable(table -> table.values(row));
    }

    @Override
    public List<TagChange> conflicts() {
        return List.of();
    }

    private static IllegalArgumentException noConflict(TagChange change) {
        return new IllegalArgumentException("no edit of rows " + change.first() + ".." + change.last()
                + " is waiting for a decision: this server does not report conflicts");
    }
}
