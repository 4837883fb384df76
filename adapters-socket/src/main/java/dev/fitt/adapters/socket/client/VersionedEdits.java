package dev.fitt.adapters.socket.client;

import dev.fitt.adapters.socket.ClientConfig;
import dev.fitt.adapters.socket.protocol.Reply;
import dev.fitt.adapters.socket.protocol.VersionedReply;
import dev.fitt.adapters.socket.protocol.VersionedRequest;
import dev.fitt.adapters.socket.protocol.Wire;
import dev.fitt.domain.LabelsSnapshot;
import dev.fitt.domain.TagChange;
import dev.fitt.domain.VersionedLabels;
import dev.fitt.ports.ChangeConflictException;
import dev.fitt.ports.ChangeRejectedException;
import dev.fitt.ports.ServerUnreachableException;
import java.util.Objects;

/**
 * Versioned labels and live changes as the gateway asks for them ({@code 11}-{@code 13}), on a
 * connection granted them.
 */
final class VersionedEdits {
    private final ClientConfig config;
    private final ReplyWaits waits;

    VersionedEdits(ClientConfig config, ReplyWaits waits) {
        this.config = Objects.requireNonNull(config, "config");
        this.waits = Objects.requireNonNull(waits, "waits");
    }

    VersionedLabels labels(ServerLink current) throws ServerUnreachableException {
        VersionedReply.VersionedLabels labels = waits.expect(waits.byId(current,
                new VersionedRequest.VersionedLabels(current.nextRequestId()), "versioned labels"),
                VersionedReply.VersionedLabels.class, "send its versioned labels");
        try {
            return new VersionedLabels(LabelsSnapshot.of(labels.rows(), labels.tags(), labels.codes()),
                    labels.rowVersions(), labels.version());
        } catch (IllegalArgumentException e) {
            throw new ServerUnreachableException("the tagging server at " + config.peer()
                    + " sent versioned labels this client cannot use: " + e.getMessage(), e);
        }
    }

    long tagIfCurrent(ServerLink current, TagChange change, long basis)
            throws ChangeRejectedException, ChangeConflictException, ServerUnreachableException {
        VersionedReply.ChangeOutcome outcome = (VersionedReply.ChangeOutcome) waits.byId(current,
                new VersionedRequest.VersionedChange(current.nextRequestId(), basis, change.first(), change.last(),
                        change.values()), "versioned change");
        if (outcome.status() == Wire.CONFLICT) {
            throw new ChangeConflictException(outcome.message(), outcome.version());
        }
        if (outcome.status() != Wire.OK) {
            throw new ChangeRejectedException(outcome.message().isEmpty() ? "the tagging server at " + config.peer()
                    + " rejected the change of rows " + change.first() + ".." + change.last() + " without a reason"
                    : outcome.message());
        }
        return outcome.version();
    }

    /** Subscribes this connection to live changes, unless it already has. */
    void subscribe(ServerLink current) throws ServerUnreachableException {
        if (!current.claimSubscription()) {
            return;
        }
        Reply reply = waits.byId(current, new VersionedRequest.Subscribe(current.nextRequestId()), "subscribe");
        if (reply instanceof Reply.ExtensionError error) {
            throw new ServerUnreachableException("the tagging server at " + config.peer()
                    + " refused to send live changes: " + error.message());
        }
    }
}
