package dev.fitt.adapters.socket;

import dev.fitt.domain.AppliedChange;
import dev.fitt.domain.TagChange;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one thread that writes to a connection: it answers the requests the reader hands over, in
 * order, and writes the changes pushed to a subscriber between them, each message whole. Replies
 * to pipelined requests are batched into one write. Both queues are bounded by counting: the
 * reader closes a client that pipelines too many unanswered requests, and a subscriber that falls
 * too far behind is dropped here, from the core's thread, without ever blocking it.
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

    private final OutputStream output;
    private final String remote;
    private final ExtensionSession session;
    private final int maxPushBacklog;
    private final Runnable closeConnection;
    private final BlockingQueue<Job> jobs = new LinkedBlockingQueue<>();
    private final AtomicInteger unanswered = new AtomicInteger();
    private final AtomicInteger backlog = new AtomicInteger();
    private final AtomicBoolean dropped = new AtomicBoolean();
    private long batched;

    ConnectionWriter(OutputStream output, String remote, ExtensionSession session, int maxPushBacklog,
            Runnable closeConnection) {
        this.output = Objects.requireNonNull(output, "output");
        this.remote = Objects.requireNonNull(remote, "remote");
        this.session = Objects.requireNonNull(session, "session");
        this.maxPushBacklog = maxPushBacklog;
        this.closeConnection = Objects.requireNonNull(closeConnection, "closeConnection");
    }

    /** Queues a request; returns how many are now unanswered, this one included. */
    int submit(Request request) {
        int count = unanswered.incrementAndGet();
        jobs.add(new Answer(request));
        return count;
    }

    /** After the reader is done: answer what is queued, then stop. */
    void finish() {
        jobs.add(new Finish());
    }

    /** Called by the core, under its lock, for every change of another connection: never blocks. */
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
    }

    @Override
    public void run() {
        try {
            while (true) {
                Job job = jobs.take();
                while (job != null) {
                    if (job instanceof Finish) {
                        flush();
                        return;
                    }
                    if (!write(job)) {
                        flush();
                        closeConnection.run();
                        return;
                    }
                    if (batched >= FLUSH_BYTES) {
                        flush();
                    }
                    job = jobs.poll();
                }
                flush();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (IOException e) {
            LOG.debug("writing to {} failed: {}", remote, e.getMessage());
            closeConnection.run();
        } finally {
            session.end();
        }
    }

    /** Writes one job's message; false when the connection is to be closed after it. */
    private boolean write(Job job) throws IOException {
        if (job instanceof Push push) {
            backlog.decrementAndGet();
            TagChange change = push.change().change();
            write(new Reply.Pushed(push.change().version(), change.first(), change.last(), change.values()));
            return true;
        }
        Request request = ((Answer) job).request();
        Optional<Reply> reply = session.answer(request, this::push);
        if (reply.isPresent()) {
            write(reply.get());
        }
        unanswered.decrementAndGet();
        return !session.refused();
    }

    private void write(Reply reply) throws IOException {
        if (LOG.isTraceEnabled()) {
            LOG.trace("{} <- {}", remote, reply);
        }
        for (ByteBuffer part : MessageEncoder.encode(reply)) {
            output.write(part.array(), part.arrayOffset() + part.position(), part.remaining());
            batched += part.remaining();
        }
    }

    private void flush() throws IOException {
        if (batched > 0) {
            output.flush();
            batched = 0;
        }
    }
}
