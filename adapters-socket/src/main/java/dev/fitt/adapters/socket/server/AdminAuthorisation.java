package dev.fitt.adapters.socket.server;

import dev.fitt.adapters.socket.protocol.AdminReply;
import dev.fitt.adapters.socket.protocol.AdminRequest;
import dev.fitt.adapters.socket.protocol.Reply;
import dev.fitt.adapters.socket.protocol.Wire;
import java.util.Objects;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Whether one connection proved itself an administrator's (admin authorise, {@code 20}), checked
 * like an access token: at the host's turn in the token throttle, compared in constant time. Used
 * only by whoever holds the connection's serving lock, as {@link ExtensionSession}.
 */
final class AdminAuthorisation {
    /** The session's logger: log settings made for connections cover their authorisation. */
    private static final Logger LOG = LoggerFactory.getLogger(ExtensionSession.class);

    private final AdminHandler admin;
    private final HelloGuard guard;
    private final String host;
    private final String remote;
    private boolean granted;
    private boolean refused;

    AdminAuthorisation(AdminHandler admin, HelloGuard guard, String host, String remote) {
        this.admin = Objects.requireNonNull(admin, "admin");
        this.guard = Objects.requireNonNull(guard, "guard");
        this.host = Objects.requireNonNull(host, "host");
        this.remote = Objects.requireNonNull(remote, "remote");
    }

    /** True once the right admin token came. */
    boolean granted() {
        return granted;
    }

    /** True after a wrong token or a throttled check: the connection is to be closed once the reply is out. */
    boolean refused() {
        return refused;
    }

    /**
     * Makes this connection an administrator's when the admin token is right. A wrong one counts
     * like a wrong access token: this host's next token checks wait their turn, and the connection
     * is closed after the refusal. Empty when the connection is to be closed unanswered.
     */
    Optional<Reply> authorise(AdminRequest.AdminAuthorise authorise) {
        long id = authorise.id();
        Optional<String> expected = admin.token();
        if (expected.isEmpty()) {
            return Optional.of(new AdminReply.AdminDone(Wire.ADMIN_AUTHORISE, id, Wire.REFUSED,
                    "administration is off on this server: set \"admin_token\" in its server_setting.json and"
                            + " restart it"));
        }
        if (granted) {
            return Optional.of(new AdminReply.AdminDone(Wire.ADMIN_AUTHORISE, id, Wire.OK, ""));
        }
        if (authorise.token().isEmpty()) {
            guard.refused(host, "its admin authorise carries no admin token");
            return Optional.of(new AdminReply.AdminDone(Wire.ADMIN_AUTHORISE, id, Wire.REFUSED,
                    "no admin token given"));
        }
        try {
            if (!guard.awaitTurn(host)) {
                refused = true;
                guard.refused(host, "its token checks wait too long after wrong tokens; closed unanswered");
                return Optional.empty();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            refused = true;
            return Optional.empty();
        }
        if (HelloHandshake.sameToken(expected.get(), authorise.token())) {
            granted = true;
            LOG.info("client {} is authorised as administrator", remote);
            return Optional.of(new AdminReply.AdminDone(Wire.ADMIN_AUTHORISE, id, Wire.OK, ""));
        }
        refused = true;
        guard.tokenFailed(host, "its admin authorise carries a wrong admin token");
        return Optional.of(new AdminReply.AdminDone(Wire.ADMIN_AUTHORISE, id, Wire.REFUSED, "wrong admin token"));
    }
}
