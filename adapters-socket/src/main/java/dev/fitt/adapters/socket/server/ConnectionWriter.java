package dev.fitt.adapters.socket.server;

import dev.fitt.adapters.socket.protocol.Reply;
import dev.fitt.adapters.socket.protocol.Request;
import dev.fitt.adapters.socket.protocol.VersionedRequest;
import dev.fitt.domain.AppliedChange;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.WritableByteChannel;
import java.util.Objects;
import java.util.Optional;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Answers a connection's requests in order and writes the changes pushed to a subscriber between
 * them, each message whole. Whoever holds the serving lock drains the one job queue in order: this
 * writer's own thread, or the reader itself when a client waits for the answer to a lone request
 * and nothing else is queued; that saves two thread hand-offs per request, which is most of the
 * cost of a durable change. Jobs are only taken while holding the lock, so no one can hold a job
 * it has not yet written while another writes the next.
 *
 * <p>Both queues are bounded by counting: the reader closes a client that pipelines too many
 * unanswered requests (pipelined requests are never served inline, so the reader keeps reading
 * them), and a subscriber that falls too far behind is dropped here, from the core's thread,
 * without ever blocking it: the core only queues pushes, it never writes them.
 */
final class ConnectionWriter implements Runnable {
    private static final Logger LOG = LoggerFactory.getLogger(ConnectionWriter.class);
    /** Answers to pipelined requests are batched up to this size before they are flushed. */
    private static final int FLUSH_BYTES = 256 * 1024;

    private sealed interface Job {
    }

    private record Answer(Request request) implements Job {
    }

    private record Push(AppliedChange change) implements Job {
    }

    private record Finish() implements Job {
    }

    /** Used by whoever holds serving. */
    private final ReplyOutput out;
    private final String remote;
    private final ExtensionSession session;
    private final int maxPushBacklog;
    private final Runnable closeConnection;
    private final Queue<Job> jobs = new ConcurrentLinkedQueue<>();
    private final AtomicInteger unanswered = new AtomicInteger();
    private final AtomicInteger backlog = new AtomicInteger();
    private final AtomicBoolean dropped = new AtomicBoolean();
    /** Held by whoever writes to the connection; it alone takes jobs from the queue. */
    private final ReentrantLock serving = new ReentrantLock();
    /** Wakes this writer's thread when a job is queued that nobody is serving. */
    private final ReentrantLock signal = new ReentrantLock();
    private final Condition jobQueued = signal.newCondition();

    // Guarded by serving.
    /** Set once the connection is to be closed: nothing more is written. */
    private boolean stopped;

    ConnectionWriter(OutputStream output, WritableByteChannel files, BlockedWrite blocked, String remote,
            ExtensionSession session, int maxPushBacklog, Runnable closeConnection) {
        this.out = new ReplyOutput(output, files, blocked);
        this.remote = Objects.requireNonNull(remote, "remote");
        this.session = Objects.requireNonNull(session, "session");
        this.maxPushBacklog = maxPushBacklog;
        this.closeConnection = Objects.requireNonNull(closeConnection, "closeConnection");
    }

    /**
     * Queues a request and, when {@code clientWaits} (nothing more of it is buffered) and nothing
     * is pending or being written, answers it on the caller's thread. Returns how many requests
     * were unanswered when it was queued, this one included.
     */
    int submit(Request request, boolean clientWaits) {
        int count = unanswered.incrementAndGet();
        jobs.add(new Answer(request));
        if (clientWaits && count == 1 && answeredBriefly(request) && serving.tryLock()) {
            try {
                serveQueued();
            } finally {
                serving.unlock();
            }
            // A push queued while this thread served has woken the writer already.
            return count;
        }
        wakeWriter();
        return count;
    }

    /** After the reader is done: answer what is queued, then stop. */
    void finish() {
        jobs.add(new Finish());
        wakeWriter();
    }

    /** Called by the core, under its lock, for every change of another connection: never blocks on I/O. */
    void push(AppliedChange change) {
        if (backlog.incrementAndGet() > maxPushBacklog) {
            if (dropped.compareAndSet(false, true)) {
                LOG.warn("client {} fell more than {} changes behind; disconnecting it (it reloads on reconnect)",
                        remote, maxPushBacklog);
                closeConnection.run();
            }
            return;
        }
        jobs.add(new Push(change));
        wakeWriter();
    }

    @Override
    public void run() {
        try {
            while (true) {
                awaitJob();
                serving.lockInterruptibly();
                try {
                    if (!serveQueued()) {
                        return;
                    }
                } finally {
                    serving.unlock();
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            serving.lock();
            try {
                stopped = true;
                session.end();
            } finally {
                serving.unlock();
            }
        }
    }

    private void awaitJob() throws InterruptedException {
        signal.lock();
        try {
            while (jobs.isEmpty()) {
                jobQueued.await();
            }
        } finally {
            signal.unlock();
        }
    }

    private void wakeWriter() {
        signal.lock();
        try {
            jobQueued.signal();
        } finally {
            signal.unlock();
        }
    }

    /** Writes every queued job in order and flushes; false once the writer is to stop. Caller holds serving. */
    private boolean serveQueued() {
        if (stopped) {
            return false;
        }
        try {
            Job job;
            while ((job = jobs.poll()) != null) {
                if (job instanceof Finish) {
                    out.flush();
                    stopped = true;
                    return false;
                }
                if (!write(job)) {
                    out.flush();
                    stopped = true;
                    closeConnection.run();
                    return false;
                }
                if (out.batched() >= FLUSH_BYTES) {
                    out.flush();
                }
            }
            out.flush();
            return true;
        } catch (IOException e) {
            LOG.debug("writing to {} failed: {}", remote, e.getMessage());
            stopped = true;
            closeConnection.run();
            return false;
        }
    }

    /** Writes one job's message; false when the connection is to be closed after it. */
    private boolean write(Job job) throws IOException {
        if (job instanceof Push push) {
            backlog.decrementAndGet();
            send(session.pushOf(push.change()));
            return true;
        }
        Request request = ((Answer) job).request();
        Optional<Reply> reply = session.answer(request, this::push);
        if (reply.isPresent()) {
            send(reply.get());
        }
        unanswered.decrementAndGet();
        return !session.refused();
    }

    private void send(Reply reply) throws IOException {
        if (LOG.isTraceEnabled()) {
            LOG.trace("{} <- {}", remote, reply);
        }
        out.write(reply);
    }

    /**
     * Requests whose answer is small enough never to fill the socket: only those are served on the
     * reader's thread, so a client that stops reading blocks the writer, not the reader that must
     * go on enforcing the limits.
     */
    private static boolean answeredBriefly(Request request) {
        return !(request instanceof Request.Labels
                || request instanceof VersionedRequest.VersionedLabels || request instanceof Request.ClipList);
    }
}
