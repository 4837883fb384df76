package dev.fitt.client.service;

import dev.fitt.client.port.out.TeamWorkPort;
import dev.fitt.domain.AnnotatorStats;
import dev.fitt.domain.AssignedClips;
import dev.fitt.domain.RowProvenance;
import dev.fitt.domain.TagChange;
import dev.fitt.ports.ServerUnreachableException;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * An in-memory server's team work as far as assignments go: it answers the clips the test set,
 * counts the questions, and can be made unreachable or slow (a question waits until released).
 * Public in the test-jar for the window and end-to-end tests.
 */
public final class FakeTeamWork implements TeamWorkPort {
    final AtomicInteger asked = new AtomicInteger();
    private volatile AssignedClips assigned;
    private volatile boolean unreachable;
    private volatile boolean unsupported;
    private volatile CountDownLatch hold = new CountDownLatch(0);

    public FakeTeamWork(AssignedClips assigned) {
        this.assigned = assigned;
    }

    public void assign(AssignedClips now) {
        assigned = now;
    }

    void unreachable(boolean now) {
        unreachable = now;
    }

    /** Asked for assignments, it says it has none to give, as a server from before them would. */
    void unsupported() {
        unsupported = true;
    }

    /** From now on each question waits until {@link #release()} (at most 30 s). */
    void holdAnswers() {
        hold = new CountDownLatch(1);
    }

    void release() {
        hold.countDown();
    }

    /** How many times the client asked for its clips. */
    public int timesAsked() {
        return asked.get();
    }

    @Override
    public boolean offersTeamWork() throws ServerUnreachableException {
        if (unreachable) {
            throw new ServerUnreachableException("the test server is down");
        }
        return true;
    }

    @Override
    public AssignedClips fetchAssignedClips() throws ServerUnreachableException {
        asked.incrementAndGet();
        try {
            hold.await(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        if (unreachable) {
            throw new ServerUnreachableException("the test server is down");
        }
        if (unsupported) {
            throw new UnsupportedOperationException("assignments: not yet");
        }
        return assigned;
    }

    @Override
    public List<RowProvenance> fetchProvenance(int first, int last) {
        throw new UnsupportedOperationException("not in this fake");
    }

    @Override
    public List<AnnotatorStats> fetchAnnotatorStats() {
        throw new UnsupportedOperationException("not in this fake");
    }

    @Override
    public long accept(int first, int last, long basis) {
        throw new UnsupportedOperationException("not in this fake");
    }

    @Override
    public long correct(TagChange change, long basis) {
        throw new UnsupportedOperationException("not in this fake");
    }
}
