package dev.fitt.adapters.socket.server;

import dev.fitt.adapters.socket.protocol.Reply;
import dev.fitt.adapters.socket.protocol.Request;
import dev.fitt.adapters.socket.protocol.Wire;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One connection's hello: whether it said one, whether its access token was right, which
 * capabilities it was granted. Used only by whoever holds the connection's serving lock, as
 * {@link ExtensionSession}.
 */
final class HelloHandshake {
    /** The session's logger: log settings made for connections cover their hello. */
    private static final Logger LOG = LoggerFactory.getLogger(ExtensionSession.class);

    private final String remote;
    private final String host;
    private final HelloGuard guard;
    /** Read at the hello: an administrator may change the token while the server runs. */
    private final Supplier<Optional<String>> accessToken;
    private boolean greeted;
    private boolean refused;
    private long granted;

    /** {@code host} is the client's address (IPv6: its /64), by which {@code guard} slows down token guessing. */
    HelloHandshake(String remote, String host, HelloGuard guard, Supplier<Optional<String>> accessToken) {
        this.remote = Objects.requireNonNull(remote, "remote");
        this.host = Objects.requireNonNull(host, "host");
        this.guard = Objects.requireNonNull(guard, "guard");
        this.accessToken = Objects.requireNonNull(accessToken, "accessToken");
    }

    boolean greeted() {
        return greeted;
    }

    /** The capability bits granted at the hello (none before). */
    long granted() {
        return granted;
    }

    /** True after a refused hello: the connection is to be closed once the reply is out. */
    boolean refused() {
        return refused;
    }

    /** The answer to a hello; empty when the connection is to be closed unanswered. */
    Optional<Reply> hello(Request.Hello hello) {
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
        LOG.debug("client {} said hello: version {}, capabilities {} granted {}", remote, hello.version(),
                hello.capabilities(), granted);
        // A newer client speaks our version of the extensions, as the granted version tells it.
        return Reply.HelloReply.granted(Wire.EXTENSION_VERSION, granted);
    }

    /** Compares in constant time, so the reply's timing tells nothing about the token. */
    static boolean sameToken(String expected, String given) {
        return MessageDigest.isEqual(expected.getBytes(StandardCharsets.UTF_8), given.getBytes(StandardCharsets.UTF_8));
    }
}
