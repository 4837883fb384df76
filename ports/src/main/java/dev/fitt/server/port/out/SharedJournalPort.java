package dev.fitt.server.port.out;

import dev.fitt.domain.Attribution;
import dev.fitt.domain.TagChange;
import dev.fitt.ports.ChangeConflictException;
import dev.fitt.ports.ChangeRejectedException;
import dev.fitt.ports.JournalException;
import java.util.List;
import java.util.function.Consumer;

/**
 * The journal of a dataset that several servers serve at once: a change is not appended and
 * synced, it is committed to the shared store with the version the store gives it, and a versioned
 * change is checked against the rows' versions in that same commit, so a change based on a row
 * another server changed is a conflict. What the other servers commit comes back through
 * {@link #follow}. A core built on such a journal applies a change only once it is committed: a
 * change the store refused is answered as refused and shown to nobody.
 * <p>
 * Of the plain journal methods, {@link #replay()} returns only changes an earlier fitt journaled
 * apart from the labels (the core commits them before it serves, then calls {@link #discardBefore});
 * a checkpoint covers nothing, and {@link #append} is refused.
 */
public interface SharedJournalPort extends ChangeJournalPort {
    /** The basis of a change made whatever the rows' versions are (last writer wins). */
    long NO_BASIS = -1;

    /**
     * The newest version committed when the journal was opened: every row's version is at most
     * this, and {@link #follow} starts after it.
     */
    long openedAt();

    /**
     * Commits {@code change}, whose display rows are the file rows {@code fileRows}, and returns
     * its version. Waiting callers share one commit.
     *
     * @param basis the version the change is based on, or {@link #NO_BASIS}
     * @throws ChangeConflictException when one of the rows has a version above {@code basis}
     * @throws ChangeRejectedException when {@code basis} is a version the store never issued
     * @throws JournalException when the store cannot be reached or refused the commit: not committed
     */
    default long commit(TagChange change, int[] fileRows, long basis)
            throws ChangeConflictException, ChangeRejectedException, JournalException {
        return commit(change, fileRows, basis, Attribution.UNKNOWN);
    }

    /**
     * Commits {@code change} as {@link #commit(TagChange, int[], long)} does, recording who made it
     * when and as what; an {@link dev.fitt.domain.ChangeKind#ACCEPT accept} changes no labels and
     * no row's version. The one to implement: a wrapper that passed on only the change would turn
     * an accept into a label of its first row's values.
     */
    long commit(TagChange change, int[] fileRows, long basis, Attribution by)
            throws ChangeConflictException, ChangeRejectedException, JournalException;

    /**
     * Hands every change committed after {@link #openedAt()} (by any server, this one too) to
     * {@code listener}, in version order, one batch at a time on a thread of the journal's own,
     * until the journal is closed. A row changed twice before it is read may come once, with its
     * newest change. An accept comes too, with an {@link dev.fitt.domain.ChangeKind#ACCEPT accept}'s
     * attribution and its rows' values as they are (it changed none), unless a later change of the
     * row ended that review first.
     */
    void follow(Consumer<List<CommittedRows>> listener);
}
