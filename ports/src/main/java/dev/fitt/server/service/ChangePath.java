package dev.fitt.server.service;

import dev.fitt.domain.ChangeKind;
import dev.fitt.domain.Editor;
import dev.fitt.domain.RecordedChange;
import dev.fitt.domain.TagChange;
import dev.fitt.ports.ChangeConflictException;
import dev.fitt.ports.ChangeRejectedException;
import dev.fitt.ports.DatasetLoadException;
import dev.fitt.ports.SaveFailedException;
import java.util.List;

/**
 * How a core makes a change durable and applies it, as its {@link CoreJournal} chose: every change
 * that fits the dataset goes through here, and is applied under the state's lock and told to the
 * watchers in the order it is applied.
 */
interface ChangePath {
    /** Last writer wins; returns the change's version. */
    long tag(TagChange change, Editor editor) throws ChangeRejectedException;

    /**
     * Makes {@code change} as {@code kind} unless one of its rows changed after {@code basis};
     * returns its version.
     */
    long tagIfCurrent(TagChange change, long basis, Editor editor, ChangeKind kind)
            throws ChangeRejectedException, ChangeConflictException;

    /** Records a review accepting rows first..last as they are, unless one changed after {@code basis}. */
    long accept(int first, int last, long basis, Editor reviewer)
            throws ChangeRejectedException, ChangeConflictException;

    /**
     * Brings in the changes the journal kept from an earlier run (each fits the dataset; the journal held
     * at least one change) before the core serves; returns how many.
     *
     * @param save saves the labels at full speed, for a path whose store is the saved file
     */
    int recover(List<RecordedChange> recorded, RecoverySave save) throws DatasetLoadException;

    /** The save after recovery: nobody tags yet. */
    @FunctionalInterface
    interface RecoverySave {
        void save() throws SaveFailedException;
    }
}
