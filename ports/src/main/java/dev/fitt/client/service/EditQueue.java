package dev.fitt.client.service;

import dev.fitt.domain.TagChange;
import dev.fitt.ports.ChangeConflictException;
import dev.fitt.ports.ChangeRejectedException;
import dev.fitt.ports.SaveFailedException;
import dev.fitt.ports.ServerUnreachableException;
import dev.fitt.client.port.in.ConnectionState;
import dev.fitt.client.port.in.SessionListener;
import dev.fitt.client.port.out.TaggingServerPort;
import dev.fitt.client.port.out.TeamWorkPort;
import java.lang.System.Logger.Level;
import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Edits and saves on their way to the server, sent in order by one background thread so the UI
 * never waits. An item leaves the queue only once the server has answered it: while the server
 * is unreachable the head is retried with {@link RetryBackoff} and everything behind it waits,
 * so nothing the annotator did is lost or reordered. A rejected change or failed save is
 * reported and dropped (retrying would fail the same way); after a rejected change a versioned
 * queue reloads the labels, so the rows show what the server holds.
 *
 * <p>With a versioned server, changes go out with their basis and the server's answer (version
 * or conflict) goes to {@link VersionedAnswers}; after a lost connection comes back, a reload of
 * the versioned labels is sent first, before anything that waited, since pushes of others' changes
 * may have been missed (or the server restarted with other labels and versions).
 *
 * <p>A connection can die while the annotator does nothing: the server port says so at once when
 * it notices ({@link TaggingServerPort#whenConnectionLost}), and after a {@code heartbeat} without
 * traffic the queue asks the server whether it is still there, so a server that went silent is
 * noticed too. Either way the state turns {@link ConnectionState#DISCONNECTED} until the server
 * answers again.
 *
 * <p>Split along two seams: {@link OutgoingQueue} keeps the items in order behind its lock (adding,
 * waiting, draining); {@link OutgoingSender} makes the one call each kind of item needs; this class
 * paces them (retries, heartbeat, reload after reconnect) and turns the answers into state and events.
 */
public final class EditQueue {
    private static final System.Logger LOG = System.getLogger(EditQueue.class.getName());

    private final TaggingServerPort server;
    private final RetryBackoff backoff;
    private final Sleeper sleeper;
    private final SessionListener events;
    private final OutgoingSender sender;
    private final boolean reloadAfterReconnect;
    private final Duration heartbeat;
    private final OutgoingQueue queue = new OutgoingQueue();
    /** Guarded by this. */
    private Thread senderThread;
    private final AtomicReference<ConnectionState> state = new AtomicReference<>(ConnectionState.CONNECTED);

    /** A queue for a v1 server: changes are sent as they are. */
    public EditQueue(TaggingServerPort server, RetryBackoff backoff, Sleeper sleeper, SessionListener events) {
        this(server, backoff, sleeper, events, null, SessionSettings.DEFAULT_HEARTBEAT);
    }

    /** A queue that also sends versioned items, answering to {@code answers} (null: none are sent). */
    EditQueue(TaggingServerPort server, RetryBackoff backoff, Sleeper sleeper, SessionListener events,
            VersionedAnswers answers, Duration heartbeat) {
        this.server = Objects.requireNonNull(server, "server");
        this.backoff = Objects.requireNonNull(backoff, "backoff");
        this.sleeper = Objects.requireNonNull(sleeper, "sleeper");
        this.events = Objects.requireNonNull(events, "events");
        this.sender = new OutgoingSender(server, answers);
        this.reloadAfterReconnect = answers != null;
        this.heartbeat = Objects.requireNonNull(heartbeat, "heartbeat");
    }

    /** Starts the sender thread, made by {@code threads}. */
    public synchronized void start(ThreadFactory threads) {
        if (senderThread != null) {
            throw new IllegalStateException("the edit queue was already started");
        }
        queue.open();
        server.whenConnectionLost(queue::connectionLost);
        senderThread = threads.newThread(this::sendLoop);
        senderThread.start();
    }

    public void enqueue(TagChange change) {
        add(new Outgoing.Change(change));
    }

    /**
     * Review mode: from now on every versioned change goes to {@code team} as a reviewer's
     * correction (it counts as reviewed), and {@link Outgoing.Accept} items can be sent.
     */
    void reviewWith(TeamWorkPort team) {
        sender.reviewWith(team);
    }

    public void enqueueSave() {
        add(new Outgoing.Save());
    }

    void enqueue(Outgoing item) {
        add(Objects.requireNonNull(item, "item"));
    }

    /** Changes, saves and label reloads not yet answered by the server. */
    public int pending() {
        return queue.size();
    }

    public ConnectionState state() {
        return state.get();
    }

    /** Whether the last save the queue sent was confirmed (true before any save). */
    public boolean lastSaveSucceeded() {
        return sender.lastSaveSucceeded();
    }

    /** Waits until every queued item was answered, at most {@code maxWait}; true when drained. */
    public boolean flush(Duration maxWait) throws InterruptedException {
        return queue.awaitDrained(maxWait);
    }

    /** Stops the sender, abandoning whatever is still queued; waits at most {@code maxWait} for it. */
    public void stop(Duration maxWait) throws InterruptedException {
        Thread thread;
        synchronized (this) {
            thread = senderThread;
        }
        queue.close();
        if (thread != null) {
            thread.interrupt();
            thread.join(Math.max(1, maxWait.toMillis()));
        }
        changeState(ConnectionState.CLOSED);
    }

    private void add(Outgoing item) {
        events.pendingChanged(queue.add(item));
    }

    private void sendLoop() {
        int attempt = 0;
        while (true) {
            Outgoing head = awaitHead();
            if (head == null) {
                return;
            }
            try {
                if (state.get() == ConnectionState.DISCONNECTED && reloadAfterReconnect) {
                    sender.catchUp();
                    attempt = 0;
                    changeState(ConnectionState.CONNECTED);
                }
                if (head instanceof Outgoing.Heartbeat) {
                    server.ping();
                    attempt = 0;
                    changeState(ConnectionState.CONNECTED);
                    continue;
                }
                sender.send(head);
                attempt = 0;
                changeState(ConnectionState.CONNECTED);
                removeHead();
                if (head instanceof Outgoing.Save) {
                    events.saveCompleted();
                }
            } catch (ServerUnreachableException e) {
                changeState(ConnectionState.DISCONNECTED);
                Duration delay = backoff.delay(attempt++);
                LOG.log(Level.DEBUG, "server unreachable ({0}); retrying in {1} ms", e.getMessage(), delay.toMillis());
                try {
                    sleeper.sleep(delay);
                } catch (InterruptedException interrupted) {
                    return;
                }
            } catch (ChangeRejectedException e) {
                changeState(ConnectionState.CONNECTED);
                if (head instanceof Outgoing.Accept accept) {
                    verdictRefused(accept, e.getMessage());
                    continue;
                }
                sender.refused(head);
                if (reloadAfterReconnect) {
                    // A refusal need not mean the server left the rows alone (one that applied the change
                    // but could not make it durable keeps it): show what it holds, not what this client knew.
                    try {
                        sender.catchUp();
                    } catch (ServerUnreachableException lost) {
                        changeState(ConnectionState.DISCONNECTED);
                    }
                }
                // Reported before the head leaves, so whoever waits for delivery sees the refusal.
                events.editRejected(OutgoingSender.changeOf(head), e.getMessage());
                removeHead();
            } catch (ChangeConflictException e) {
                changeState(ConnectionState.CONNECTED);
                if (head instanceof Outgoing.Accept accept) {
                    verdictRefused(accept, e.getMessage());
                    continue;
                }
                // Answered before the head leaves, so whoever waits for delivery sees the conflict.
                sender.conflicted((Outgoing.VersionedChange) head, e.getMessage());
                removeHead();
            } catch (SaveFailedException e) {
                changeState(ConnectionState.CONNECTED);
                sender.saveFailed();
                removeHead();
                events.saveFailed(e.getMessage());
            } catch (RuntimeException e) {
                if (head instanceof Outgoing.Heartbeat) {
                    LOG.log(Level.WARNING, "asking the server whether it is still there failed unexpectedly", e);
                    try {
                        sleeper.sleep(backoff.delay(attempt++));
                    } catch (InterruptedException interrupted) {
                        return;
                    }
                    continue;
                }
                // A broken adapter must not wedge the queue forever: report it like a refusal.
                LOG.log(Level.ERROR, "sending " + head + " failed unexpectedly; dropped", e);
                sender.refused(head);
                removeHead();
                if (head instanceof Outgoing.Change || head instanceof Outgoing.VersionedChange) {
                    events.editRejected(OutgoingSender.changeOf(head), "the client could not send the change: " + e);
                } else if (head instanceof Outgoing.Accept accept) {
                    events.reviewRefused(accept.first(), accept.last(), "the client could not send the accept: " + e);
                } else if (head instanceof Outgoing.Reload) {
                    LOG.log(Level.WARNING, "the labels could not be reloaded; others' changes may show late");
                } else {
                    sender.saveFailed();
                    events.saveFailed("the client could not send the save request: " + e);
                }
            }
        }
    }

    /**
     * The server would not record the accept: the rows changed after the reviewer saw them (or it
     * refused). The labels are fetched again first, so the reviewer sees what is to be reviewed now.
     */
    private void verdictRefused(Outgoing.Accept accept, String message) {
        try {
            sender.catchUp();
        } catch (ServerUnreachableException lost) {
            changeState(ConnectionState.DISCONNECTED);
        }
        events.reviewRefused(accept.first(), accept.last(), message);
        removeHead();
    }

    /**
     * The next item to send; a heartbeat when the queue stayed empty for a heartbeat's time or the
     * connection was lost (the state then turns disconnected first); null once stopped.
     */
    private Outgoing awaitHead() {
        // While disconnected the backoff paces the attempts, and every attempt is a heartbeat.
        Duration idle = state.get() == ConnectionState.DISCONNECTED ? Duration.ZERO : heartbeat;
        OutgoingQueue.Head head = queue.awaitHead(idle);
        if (head == null) {
            return null;
        }
        if (head.connectionLost()) {
            changeState(ConnectionState.DISCONNECTED);
        }
        return head.item();
    }

    /** Removes the answered head. */
    private void removeHead() {
        events.pendingChanged(queue.removeHead());
    }

    /** Fires only on a real transition; once closed the state never changes again. */
    private void changeState(ConnectionState next) {
        ConnectionState previous = state.getAndUpdate(s -> s == ConnectionState.CLOSED ? s : next);
        if (previous != next && previous != ConnectionState.CLOSED) {
            events.connectionChanged(next, pending());
        }
    }
}
