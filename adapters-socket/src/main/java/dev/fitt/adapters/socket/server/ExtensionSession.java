package dev.fitt.adapters.socket.server;

import dev.fitt.adapters.socket.protocol.AdminRequest;
import dev.fitt.adapters.socket.protocol.ClipInfoRequest;
import dev.fitt.adapters.socket.protocol.DatasetReply;
import dev.fitt.adapters.socket.protocol.DatasetRequest;
import dev.fitt.adapters.socket.protocol.Reply;
import dev.fitt.adapters.socket.protocol.Request;
import dev.fitt.adapters.socket.protocol.TeamReply;
import dev.fitt.adapters.socket.protocol.TeamRequest;
import dev.fitt.adapters.socket.protocol.VersionedReply;
import dev.fitt.adapters.socket.protocol.VersionedRequest;
import dev.fitt.adapters.socket.protocol.Wire;
import dev.fitt.domain.AppliedChange;
import dev.fitt.domain.Attribution;
import dev.fitt.domain.Editor;
import dev.fitt.domain.TagChange;
import dev.fitt.ports.DatasetLoadException;
import dev.fitt.server.port.in.DatasetSummary;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What one connection has negotiated: whether it said hello, which capabilities it was granted,
 * and its subscription. Used only by whoever holds the connection's serving lock (see
 * {@link ConnectionWriter}), which answers every request in order; so a client that never says
 * hello never gets an extension reply (a v1 client would choke on one): its extension requests are
 * dropped, as v1 drops unknown commands.
 */
final class ExtensionSession {
    private static final Logger LOG = LoggerFactory.getLogger(ExtensionSession.class);

    private final String remote;
    private final String host;
    private final String address;
    private final HelloGuard guard;
    private final String origin;
    /** Read at the hello: an administrator may change the token while the server runs. */
    private final Supplier<Optional<String>> accessToken;
    private final AdminHandler admin;
    private final DatasetBinding dataset;
    private boolean greeted;
    private boolean refused;
    private long granted;
    private boolean ungreetedLogged;
    /** Whether it proved itself with the admin token. */
    private final AdminAuthorisation administrator;
    private AutoCloseable subscription;
    /** Where the subscription's pushes go; kept so that it follows the connection to another dataset. */
    private Consumer<AppliedChange> subscriber;
    /**
     * Who this connection's changes are recorded as: {@code v1@<host>} until a hello,
     * {@code ext@<host>} after one, the annotator's name once the client identifies. The name
     * stays when the connection selects another dataset.
     */
    private Editor editor;

    /**
     * {@code host} is the client's address (IPv6: its /64), by which {@code guard} slows down token
     * guessing; {@code address} its IP address, which names it until it identifies.
     */
    ExtensionSession(String remote, String host, String address, HelloGuard guard, String origin,
            Supplier<Optional<String>> accessToken, AdminHandler admin, DatasetBinding dataset) {
        this.remote = Objects.requireNonNull(remote, "remote");
        this.host = Objects.requireNonNull(host, "host");
        this.guard = Objects.requireNonNull(guard, "guard");
        this.origin = Objects.requireNonNull(origin, "origin");
        this.accessToken = Objects.requireNonNull(accessToken, "accessToken");
        this.admin = Objects.requireNonNull(admin, "admin");
        this.administrator = new AdminAuthorisation(admin, guard, host, remote);
        this.dataset = Objects.requireNonNull(dataset, "dataset");
        this.address = Objects.requireNonNull(address, "address");
        this.editor = new Editor(origin, unnamed("v1@"));
    }

    /** The address names a connection without a name, shortened to what a name may hold. */
    private String unnamed(String prefix) {
        String name = prefix + address;
        return name.length() > Attribution.MAX_NAME ? name.substring(0, Attribution.MAX_NAME) : name;
    }

    /**
     * The reply to {@code request}, or empty when none may be sent. {@code pushes} receives the
     * changes of other connections once the client subscribes (on the core's thread: must not block).
     */
    Optional<Reply> answer(Request request, Consumer<AppliedChange> pushes) {
        if (request instanceof Request.Hello hello) {
            return hello(hello);
        }
        if (!(request instanceof Request.Identified identified)) {
            return Optional.of(handle(request));
        }
        if (!greeted) {
            if (!ungreetedLogged) {
                ungreetedLogged = true;
                LOG.warn("client {} sent a {} request without a hello; ignored like an unknown command "
                        + "(logged once per connection)", remote, Wire.commandName(request.command()));
            }
            return Optional.empty();
        }
        long needed = needed(request);
        if ((granted & needed) == 0) {
            return Optional.of(notGranted(identified));
        }
        if (request instanceof VersionedRequest.Subscribe subscribe) {
            return Optional.of(subscribe(subscribe, pushes));
        }
        if (request instanceof TeamRequest.Identify identify) {
            return Optional.of(identify(identify));
        }
        if (request instanceof AdminRequest.AdminAuthorise authorise) {
            return administrator.authorise(authorise);
        }
        if (needed == Wire.ADMIN_CAPABILITY) {
            return Optional.of(administrator.granted() ? admin.handle(identified, remote)
                    : AdminHandler.error(identified, "this connection is not authorised as administrator: send the"
                            + " admin token (admin authorise) first"));
        }
        if (request instanceof DatasetRequest.ListDatasets list) {
            return Optional.of(list(list));
        }
        if (request instanceof DatasetRequest.SelectDataset select) {
            return Optional.of(select(select));
        }
        return Optional.of(handle(request));
    }

    /** Answered by the connection's dataset, opened now if this is the first request that needs it. */
    private Reply handle(Request request) {
        try {
            return dataset.handler().handle(request, editor);
        } catch (DatasetLoadException e) {
            return RequestHandler.failure(request, "dataset " + dataset.name() + " cannot be served: "
                    + RequestHandler.extensionReason(e));
        }
    }

    /**
     * A change of another connection as this connection is sent it: naming who made it when the
     * connection was granted the team capability, else as {@code 14}, exactly as before.
     */
    Reply pushOf(AppliedChange applied) {
        TagChange change = applied.change();
        if ((granted & Wire.TEAM_CAPABILITY) != 0) {
            return new TeamReply.PushedBy(applied.version(), change.first(), change.last(), change.values(),
                    applied.annotator());
        }
        return new VersionedReply.Pushed(applied.version(), change.first(), change.last(), change.values());
    }

    private Reply identify(TeamRequest.Identify identify) {
        String name = identify.name().strip();
        try {
            editor = new Editor(origin, name);
        } catch (IllegalArgumentException e) {
            return new Reply.ExtensionError(Wire.IDENTIFY, identify.id(), RequestHandler.extensionText(e.getMessage()));
        }
        LOG.info("client {} is {}", remote, name);
        return new TeamReply.Identity(identify.id());
    }

    /** True after a refused hello: the connection is to be closed once the reply is out. */
    boolean refused() {
        return refused || administrator.refused();
    }

    /** Ends the subscription, if any, and lets go of the dataset. */
    void end() {
        unsubscribe();
        dataset.close();
    }

    private void unsubscribe() {
        if (subscription != null) {
            try {
                subscription.close();
            } catch (Exception e) {
                LOG.debug("ending the subscription of {} failed", remote, e);
            }
            subscription = null;
        }
    }

    /** The answer to a hello; empty when the connection is to be closed unanswered. */
    private Optional<Reply> hello(Request.Hello hello) {
        if (greeted) {
            return Optional.of(new Reply.HelloReply(Wire.ERROR, Wire.EXTENSION_VERSION, granted,
                    "this connection already said hello"));
        }
        Optional<String> token = accessToken.get();
        if (token.isPresent()) {
            Optional<Reply> refusal = checkToken(token.get(), hello.token());
            if (refusal.isPresent() || refused) {
                return refusal;
            }
        }
        return Optional.of(greet(hello));
    }

    /**
     * Checks the token at this host's turn (see {@link TokenThrottle}); a refusal, or empty when
     * the token is right, or empty with {@link #refused} set when the turn is too far away.
     */
    private Optional<Reply> checkToken(String expected, String token) {
        refused = true;
        if (token.isEmpty()) {
            // Not a guess (a token is never empty): refused, but it slows nobody down.
            guard.refused(host, "its hello carries no access token");
            return Optional.of(Reply.HelloReply.refused("this server needs an access token"));
        }
        try {
            if (!guard.awaitTurn(host)) {
                guard.refused(host, "its token checks wait too long after wrong tokens; closed unanswered");
                return Optional.empty();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        }
        if (sameToken(expected, token)) {
            refused = false;
            return Optional.empty();
        }
        guard.tokenFailed(host, "its hello carries a wrong access token");
        return Optional.of(Reply.HelloReply.refused("wrong access token"));
    }

    private Reply greet(Request.Hello hello) {
        if (hello.version() < 1) {
            refused = true;
            LOG.warn("refused client {}: it asks for extension version {}", remote, hello.version());
            return Reply.HelloReply.refused("extension version " + hello.version()
                    + " is not supported; this server speaks version " + Wire.EXTENSION_VERSION);
        }
        greeted = true;
        granted = hello.capabilities() & (Wire.ALL_CAPABILITIES | Wire.ADMIN_CAPABILITY);
        editor = new Editor(origin, unnamed("ext@"));
        LOG.debug("client {} said hello: version {}, capabilities {} granted {}", remote, hello.version(),
                hello.capabilities(), granted);
        // A newer client speaks our version of the extensions, as the granted version tells it.
        return Reply.HelloReply.granted(Wire.EXTENSION_VERSION, granted);
    }

    private Reply subscribe(VersionedRequest.Subscribe subscribe, Consumer<AppliedChange> pushes) {
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

    private void watch(Consumer<AppliedChange> pushes) throws DatasetLoadException {
        subscription = dataset.changes().watch(applied -> {
            if (!applied.origin().equals(origin)) {
                pushes.accept(applied);
            }
        });
        subscriber = pushes;
    }

    private Reply list(DatasetRequest.ListDatasets list) {
        List<DatasetReply.DatasetEntry> entries = dataset.catalog().datasets().stream().map(ExtensionSession::entry)
                .toList();
        return new DatasetReply.Datasets(list.id(), dataset.name(), dataset.catalog().defaultDataset(), entries);
    }

    /** A catalog entry as the wire carries it (also in an admin stats reply). */
    static DatasetReply.DatasetEntry entry(DatasetSummary summary) {
        int state = switch (summary.state()) {
            case NOT_LOADED_YET -> DatasetReply.DatasetEntry.NOT_LOADED_YET;
            case LOADED -> DatasetReply.DatasetEntry.LOADED;
            case UNLOADED -> DatasetReply.DatasetEntry.UNLOADED;
            case FAILED -> DatasetReply.DatasetEntry.FAILED;
        };
        return new DatasetReply.DatasetEntry(summary.name(), state, summary.rows(), summary.clips(), summary.frames(),
                summary.labelledFrames(), RequestHandler.extensionText(summary.problem()));
    }

    /**
     * Opens the dataset (loading it when nobody works on it) before answering, so the client may
     * ask for its labels at once; a subscription moves along with the connection.
     */
    private Reply select(DatasetRequest.SelectDataset select) {
        String before = dataset.name();
        try {
            dataset.select(select.name());
        } catch (DatasetLoadException e) {
            return new Reply.ExtensionError(Wire.SELECT_DATASET, select.id(), RequestHandler.extensionReason(e));
        }
        if (subscription != null) {
            Consumer<AppliedChange> pushes = subscriber;
            unsubscribe();
            try {
                watch(pushes);
            } catch (DatasetLoadException e) {
                throw new IllegalStateException("dataset " + select.name() + " is open, yet cannot be watched", e);
            }
        }
        LOG.debug("client {} works on dataset {} (was {})", remote, select.name(), before);
        return new DatasetReply.DatasetSelected(select.id());
    }

    private static long needed(Request request) {
        if (request instanceof VersionedRequest.Subscribe) {
            return Wire.LIVE_CHANGES;
        }
        if (request instanceof ClipInfoRequest.Stats) {
            return Wire.STATS_CAPABILITY;
        }
        if (request instanceof ClipInfoRequest.CameraNames) {
            return Wire.CAMERA_NAMES_CAPABILITY;
        }
        if (request instanceof ClipInfoRequest.ClipIds) {
            return Wire.CLIP_IDS_CAPABILITY;
        }
        if (request instanceof DatasetRequest.ListDatasets || request instanceof DatasetRequest.SelectDataset) {
            return Wire.DATASETS_CAPABILITY;
        }
        if (request instanceof TeamRequest.Identify || request instanceof TeamRequest.Review
                || request instanceof TeamRequest.Provenance || request instanceof TeamRequest.AnnotatorStats
                || request instanceof TeamRequest.HourlyActivity) {
            return Wire.TEAM_CAPABILITY;
        }
        if (Wire.isAdminCommand(request.command())) {
            return Wire.ADMIN_CAPABILITY;
        }
        return Wire.VERSIONED_EDITS;
    }

    private static Reply notGranted(Request.Identified request) {
        String message = "the " + Wire.commandName(request.command())
                + " capability was not asked for in this connection's hello";
        if (request instanceof VersionedRequest.VersionedChange) {
            return new VersionedReply.ChangeOutcome(request.id(), Wire.ERROR, 0, message);
        }
        if (request instanceof TeamRequest.Review) {
            return new TeamReply.ReviewOutcome(request.id(), Wire.ERROR, 0, message);
        }
        if (Wire.isAdminCommand(request.command())) {
            return AdminHandler.error(request, message);
        }
        return new Reply.ExtensionError(request.command(), request.id(), message);
    }

    /** Compares in constant time, so the reply's timing tells nothing about the token. */
    static boolean sameToken(String expected, String given) {
        return MessageDigest.isEqual(expected.getBytes(StandardCharsets.UTF_8), given.getBytes(StandardCharsets.UTF_8));
    }
}
