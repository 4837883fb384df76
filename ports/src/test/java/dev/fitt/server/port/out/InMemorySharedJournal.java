package dev.fitt.server.port.out;

import dev.fitt.domain.Attribution;
import dev.fitt.domain.ChangeKind;
import dev.fitt.domain.RecordedChange;
import dev.fitt.domain.TagChange;
import dev.fitt.ports.ChangeConflictException;
import dev.fitt.ports.ChangeRejectedException;
import dev.fitt.ports.JournalException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;

/**
 * One server's journal over a dataset held in memory that several such journals share, as servers
 * share a database: versions from one counter, conflicts decided on the rows' versions, every
 * label change handed to every follower on a thread of its own. A core's shared path is
 * unit-testable with it; {@link #another()} is the journal a second server opens.
 */
public final class InMemorySharedJournal implements SharedJournalPort {
    private final Store store;
    private final long openedAt;
    private ExecutorService follower;
    private Consumer<List<CommittedRows>> listener;
    private boolean closed;

    /** A fresh dataset of {@code rows} rows nobody changed, and the first server's journal over it. */
    public static InMemorySharedJournal over(int rows) {
        return new Store(rows).open();
    }

    private InMemorySharedJournal(Store store, long openedAt) {
        this.store = store;
        this.openedAt = openedAt;
    }

    /** Another server's journal over the same dataset, opened now. */
    public InMemorySharedJournal another() {
        return store.open();
    }

    /** From now on every commit through any journal of this dataset fails as an unreachable database would. */
    public void refuseCommits(String why) {
        synchronized (store) {
            store.refusal = why;
        }
    }

    /**
     * Hands {@code batch} to this journal's follower at once, on the caller's thread, as a feed
     * that read the rows in another order would: for cores that must cope with it.
     */
    public void feed(List<CommittedRows> batch) {
        Consumer<List<CommittedRows>> following;
        synchronized (store) {
            following = listener;
        }
        following.accept(batch);
    }

    /** Leaves changes as a fitt that journaled apart from the labels would have. */
    public void leaveBehind(List<RecordedChange> changes) {
        synchronized (store) {
            store.leftBehind.addAll(changes);
        }
    }

    @Override
    public long openedAt() {
        return openedAt;
    }

    @Override
    public long commit(TagChange change, int[] fileRows, long basis, Attribution by)
            throws ChangeConflictException, ChangeRejectedException, JournalException {
        synchronized (store) {
            if (closed) {
                throw new JournalException("the journal is closed");
            }
            if (store.refusal != null) {
                throw new JournalException(store.refusal);
            }
            return store.commit(change, fileRows, basis, by);
        }
    }

    @Override
    public void follow(Consumer<List<CommittedRows>> listener) {
        synchronized (store) {
            if (follower != null) {
                throw new IllegalStateException("already followed");
            }
            this.listener = listener;
            follower = Executors.newSingleThreadExecutor(r -> {
                Thread t = new Thread(r, "in-memory-change-feed");
                t.setDaemon(true);
                return t;
            });
            Consumer<List<CommittedRows>> feed = batch -> follower.execute(() -> listener.accept(batch));
            List<CommittedRows> missed = store.log.stream().filter(rows -> rows.version() > openedAt).toList();
            if (!missed.isEmpty()) {
                feed.accept(missed);
            }
            store.followers.add(feed);
        }
    }

    @Override
    public JournalReplay replay() {
        synchronized (store) {
            return new JournalReplay(store.leftBehind, List.of());
        }
    }

    @Override
    public long append(TagChange change) throws JournalException {
        throw new JournalException("changes to a shared store are committed, not appended");
    }

    @Override
    public void awaitDurable(long sequence) {
        // committed before commit() returns
    }

    @Override
    public long checkpoint() {
        return 0;
    }

    @Override
    public void discardBefore(long checkpoint) {
        synchronized (store) {
            store.leftBehind.clear();
        }
    }

    @Override
    public void close() {
        synchronized (store) {
            closed = true;
            if (follower != null) {
                follower.shutdownNow();
            }
        }
    }

    /** The dataset the journals share; every journal locks it for each step. */
    private static final class Store {
        final long[] versions;
        final List<CommittedRows> log = new ArrayList<>();
        final List<RecordedChange> leftBehind = new ArrayList<>();
        final List<Consumer<List<CommittedRows>>> followers = new ArrayList<>();
        long issued;
        String refusal;

        Store(int rows) {
            versions = new long[rows];
        }

        synchronized InMemorySharedJournal open() {
            return new InMemorySharedJournal(this, Arrays.stream(versions).max().orElse(0));
        }

        /** Caller holds this store's lock. */
        long commit(TagChange change, int[] fileRows, long basis, Attribution by)
                throws ChangeConflictException, ChangeRejectedException {
            if (basis != NO_BASIS) {
                if (basis > issued) {
                    throw new ChangeRejectedException("the edit is based on version " + basis
                            + ", newer than any version the store issued: reload the labels");
                }
                long newest = Arrays.stream(fileRows).mapToLong(row -> versions[row]).max().orElse(0);
                if (newest > basis) {
                    throw new ChangeConflictException("rows " + change.first() + ".." + change.last()
                            + " were changed by someone else (version " + newest + ")", newest);
                }
            }
            long version = ++issued;
            if (by.kind() != ChangeKind.ACCEPT) {
                // An accept changes no labels, so no row's version: an edit based on them is no conflict.
                for (int row : fileRows) {
                    versions[row] = version;
                }
            }
            int[] sorted = fileRows.clone();
            Arrays.sort(sorted);
            CommittedRows rows = new CommittedRows(version, sorted, change.values(), by);
            log.add(rows);
            followers.forEach(follower -> follower.accept(List.of(rows)));
            return version;
        }
    }
}
