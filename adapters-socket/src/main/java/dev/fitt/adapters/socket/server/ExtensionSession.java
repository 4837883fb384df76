package dev.fitt.adapters.socket.server;

import dev.fitt.adapters.socket.protocol.AdminRequest;
import dev.fitt.adapters.socket.protocol.DatasetRequest;
import dev.fitt.adapters.socket.protocol.Reply;
import dev.fitt.adapters.socket.protocol.Request;
import dev.fitt.adapters.socket.protocol.TeamRequest;
import dev.fitt.adapters.socket.protocol.VersionedRequest;
import dev.fitt.adapters.socket.protocol.Wire;
import dev.fitt.domain.AppliedChange;
import dev.fitt.ports.DatasetLoadException;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What one connection has negotiated, and which part answers each of its requests: its
 * {@link HelloHandshake} (hello, access token, granted capabilities), {@link LiveChanges}
 * (subscription), {@link AnnotatorName} (identify), {@link DatasetHandler} (list and select
 * datasets), {@link AdminAuthorisation} and the shared {@link AdminHandler} (administration); every
 * other request goes to the connection's dataset. Used only by whoever holds the connection's
 * serving lock (see {@link ConnectionWriter}), which answers every request in order; so a client
 * that never says hello never gets an extension reply (a v1 client would choke on one): its
 * extension requests are dropped, as v1 drops unknown commands.
 */
final class ExtensionSession {
    private static final Logger LOG = LoggerFactory.getLogger(ExtensionSession.class);

    private final String remote;
    private final HelloHandshake handshake;
    private final AdminHandler admin;
    /** Whether it proved itself with the admin token. */
    private final AdminAuthorisation administrator;
    private final DatasetBinding dataset;
    private final LiveChanges live;
    private final DatasetHandler datasets;
    private final AnnotatorName annotator;
    private boolean ungreetedLogged;

    /**
     * {@code host} is the client's address (IPv6: its /64), by which {@code guard} slows down token
     * guessing; {@code address} its IP address, which names it until it identifies.
     */
    ExtensionSession(String remote, String host, String address, HelloGuard guard, String origin,
            Supplier<Optional<String>> accessToken, AdminHandler admin, DatasetBinding dataset) {
        this.remote = Objects.requireNonNull(remote, "remote");
        this.handshake = new HelloHandshake(remote, host, guard, accessToken);
        this.admin = Objects.requireNonNull(admin, "admin");
        this.administrator = new AdminAuthorisation(admin, guard, host, remote);
        this.dataset = Objects.requireNonNull(dataset, "dataset");
        this.live = new LiveChanges(remote, origin, dataset);
        this.datasets = new DatasetHandler(remote, dataset, live);
        this.annotator = new AnnotatorName(remote, address, origin);
    }

    /**
     * The reply to {@code request}, or empty when none may be sent. {@code pushes} receives the
     * changes of other connections once the client subscribes (on the core's thread: must not block).
     */
    Optional<Reply> answer(Request request, Consumer<AppliedChange> pushes) {
        if (request instanceof Request.Hello hello) {
            boolean before = handshake.greeted();
            Optional<Reply> reply = handshake.hello(hello);
            if (!before && handshake.greeted()) {
                annotator.greeted();
            }
            return reply;
        }
        if (!(request instanceof Request.Identified identified)) {
            return Optional.of(handle(request));
        }
        if (!handshake.greeted()) {
            if (!ungreetedLogged) {
                ungreetedLogged = true;
                LOG.warn("client {} sent a {} request without a hello; ignored like an unknown command "
                        + "(logged once per connection)", remote, Wire.commandName(request.command()));
            }
            return Optional.empty();
        }
        long needed = CapabilityGate.needed(request);
        if ((handshake.granted() & needed) == 0) {
            return Optional.of(CapabilityGate.notGranted(identified));
        }
        if (request instanceof VersionedRequest.Subscribe subscribe) {
            return Optional.of(live.subscribe(subscribe, pushes));
        }
        if (request instanceof TeamRequest.Identify identify) {
            return Optional.of(annotator.identify(identify));
        }
        if (request instanceof AdminRequest.AdminAuthorise authorise) {
            return administrator.authorise(authorise);
        }
        if (needed == Wire.ADMIN_CAPABILITY) {
            return Optional.of(administrator.granted() ? admin.handle(identified, remote)
                    : AdminHandler.error(identified, "this connection is not authorised as administrator: send the"
                            + " admin token (admin authorise) first"));
        }
        if (request instanceof DatasetRequest datasetRequest) {
            return Optional.of(datasets.handle(datasetRequest));
        }
        return Optional.of(handle(request));
    }

    /** Answered by the connection's dataset, opened now if this is the first request that needs it. */
    private Reply handle(Request request) {
        try {
            return dataset.handler().handle(request, annotator.editor());
        } catch (DatasetLoadException e) {
            return RequestHandler.failure(request, "dataset " + dataset.name() + " cannot be served: "
                    + RequestHandler.extensionReason(e));
        }
    }

    /** A change of another connection as this connection is sent it (see {@link LiveChanges#pushOf}). */
    Reply pushOf(AppliedChange applied) {
        return LiveChanges.pushOf(applied, handshake.granted());
    }

    /** True after a refused hello: the connection is to be closed once the reply is out. */
    boolean refused() {
        return handshake.refused() || administrator.refused();
    }

    /** Ends the subscription, if any, and lets go of the dataset. */
    void end() {
        live.end();
        dataset.close();
    }
}
