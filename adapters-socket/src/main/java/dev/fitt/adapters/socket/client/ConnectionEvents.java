package dev.fitt.adapters.socket.client;

import dev.fitt.adapters.socket.protocol.Reply;
import dev.fitt.adapters.socket.protocol.TeamReply;
import dev.fitt.adapters.socket.protocol.VersionedReply;
import dev.fitt.domain.AppliedChange;
import dev.fitt.domain.TagChange;
import dev.fitt.domain.TagValue;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What the gateway's connections tell its callers: changes the server pushes, and a lost
 * connection. The listeners stay registered across reconnects; they run on the thread that
 * noticed and must not block.
 */
final class ConnectionEvents {
    /** The gateway's name, so that log settings made for it cover its connections' events. */
    private static final Logger LOG = LoggerFactory.getLogger(TcpTaggingServerGateway.class);

    private final String peer;
    private final List<Consumer<AppliedChange>> watchers = new CopyOnWriteArrayList<>();
    private final List<Runnable> lostListeners = new CopyOnWriteArrayList<>();

    ConnectionEvents(String peer) {
        this.peer = Objects.requireNonNull(peer, "peer");
    }

    void watch(Consumer<AppliedChange> watcher) {
        watchers.add(watcher);
    }

    void unwatch(Consumer<AppliedChange> watcher) {
        watchers.remove(watcher);
    }

    /** Whether anyone watches live changes: a new connection then subscribes again. */
    boolean watched() {
        return !watchers.isEmpty();
    }

    void whenLost(Runnable listener) {
        lostListeners.add(Objects.requireNonNull(listener, "listener"));
    }

    /** On the connection's reader thread: hands a pushed change to every watcher, which must not block. */
    void deliver(Reply push) {
        if (watchers.isEmpty()) {
            return;
        }
        AppliedChange applied;
        try {
            applied = push instanceof TeamReply.PushedBy by ? applied(by.version(), by.first(), by.last(), by.values(),
                    by.annotator())
                    : applied(((VersionedReply.Pushed) push).version(), ((VersionedReply.Pushed) push).first(),
                            ((VersionedReply.Pushed) push).last(), ((VersionedReply.Pushed) push).values(), "");
        } catch (ArithmeticException | IllegalArgumentException e) {
            LOG.warn("the tagging server at {} pushed a change this client cannot apply ({}): dropped",
                    peer, e.getMessage());
            return;
        }
        for (Consumer<AppliedChange> watcher : watchers) {
            try {
                watcher.accept(applied);
            } catch (RuntimeException e) {
                LOG.error("a watcher of live changes failed", e);
            }
        }
    }

    /** A pushed change; {@code annotator} is empty when the server does not say who made it. */
    private static AppliedChange applied(long version, long first, long last, List<TagValue> values,
            String annotator) {
        return new AppliedChange(version, new TagChange(Math.toIntExact(first), Math.toIntExact(last), values),
                TcpTaggingServerGateway.OTHERS, annotator);
    }

    /** On the thread that noticed: tells every listener, which must not block. */
    void lost() {
        LOG.info("lost the connection to the tagging server at {}", peer);
        for (Runnable listener : lostListeners) {
            try {
                listener.run();
            } catch (RuntimeException e) {
                LOG.error("a listener for lost connections failed", e);
            }
        }
    }
}
