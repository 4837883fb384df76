package dev.fitt.adapters.socket.server;

import dev.fitt.adapters.socket.protocol.Reply;
import dev.fitt.adapters.socket.protocol.TeamReply;
import dev.fitt.adapters.socket.protocol.VersionedReply;
import dev.fitt.adapters.socket.protocol.VersionedRequest;
import dev.fitt.adapters.socket.protocol.Wire;
import dev.fitt.domain.AppliedChange;
import dev.fitt.domain.TagChange;
import dev.fitt.ports.DatasetLoadException;
import java.util.Objects;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One connection's subscription to the changes other connections make ({@code 13}, pushed as
 * {@code 14} or {@code 1B}): it follows the connection to another dataset. Used only by whoever
 * holds the connection's serving lock, as {@link ExtensionSession}.
 */
final class LiveChanges {
    private static final Logger LOG = LoggerFactory.getLogger(ExtensionSession.class);

    private final String remote;
    private final String origin;
    private final DatasetBinding dataset;
    private AutoCloseable subscription;
    /** Where the subscription's pushes go; kept so that it follows the connection to another dataset. */
    private Consumer<AppliedChange> subscriber;

    LiveChanges(String remote, String origin, DatasetBinding dataset) {
        this.remote = Objects.requireNonNull(remote, "remote");
        this.origin = Objects.requireNonNull(origin, "origin");
        this.dataset = Objects.requireNonNull(dataset, "dataset");
    }

    /** {@code pushes} receives the changes of other connections (on the core's thread: must not block). */
    Reply subscribe(VersionedRequest.Subscribe subscribe, Consumer<AppliedChange> pushes) {
        if (subscription == null) {
            try {
                watch(pushes);
            } catch (DatasetLoadException e) {
                return new Reply.ExtensionError(Wire.SUBSCRIBE, subscribe.id(), "dataset " + dataset.name()
                        + " cannot be served: " + RequestHandler.extensionReason(e));
            }
        }
        return new VersionedReply.Subscribed(subscribe.id());
    }

    /** After the connection selected {@code name} (open by now): a subscription moves along with it. */
    void follow(String name) {
        if (subscription != null) {
            Consumer<AppliedChange> pushes = subscriber;
            end();
            try {
                watch(pushes);
            } catch (DatasetLoadException e) {
                throw new IllegalStateException("dataset " + name + " is open, yet cannot be watched", e);
            }
        }
    }

    /**
     * A change of another connection as this connection is sent it: naming who made it when the
     * connection was granted the team capability, else as {@code 14}, exactly as before.
     */
    static Reply pushOf(AppliedChange applied, long granted) {
        TagChange change = applied.change();
        if ((granted & Wire.TEAM_CAPABILITY) != 0) {
            return new TeamReply.PushedBy(applied.version(), change.first(), change.last(), change.values(),
                    applied.annotator());
        }
        return new VersionedReply.Pushed(applied.version(), change.first(), change.last(), change.values());
    }

    private void watch(Consumer<AppliedChange> pushes) throws DatasetLoadException {
        subscription = dataset.changes().watch(applied -> {
            if (!applied.origin().equals(origin)) {
                pushes.accept(applied);
            }
        });
        subscriber = pushes;
    }

    /** Ends the subscription, if any. */
    void end() {
        if (subscription != null) {
            try {
                subscription.close();
            } catch (Exception e) {
                LOG.debug("ending the subscription of {} failed", remote, e);
            }
            subscription = null;
        }
    }
}
