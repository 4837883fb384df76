package dev.fitt.adapters.socket.server;

import dev.fitt.adapters.socket.protocol.Reply;
import dev.fitt.adapters.socket.protocol.TeamReply;
import dev.fitt.adapters.socket.protocol.TeamRequest;
import dev.fitt.adapters.socket.protocol.Wire;
import dev.fitt.domain.Attribution;
import dev.fitt.domain.Editor;
import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Who one connection's changes are recorded as: {@code v1@<address>} until a hello,
 * {@code ext@<address>} after one, the annotator's name once the client identifies ({@code 1A}).
 * The name stays when the connection selects another dataset. Used only by whoever holds the
 * connection's serving lock, as {@link ExtensionSession}.
 */
final class AnnotatorName {
    private static final Logger LOG = LoggerFactory.getLogger(ExtensionSession.class);

    private final String remote;
    private final String address;
    private final String origin;
    private Editor editor;

    /** {@code address} is the client's IP address, which names it until it identifies. */
    AnnotatorName(String remote, String address, String origin) {
        this.remote = Objects.requireNonNull(remote, "remote");
        this.address = Objects.requireNonNull(address, "address");
        this.origin = Objects.requireNonNull(origin, "origin");
        this.editor = new Editor(origin, unnamed("v1@"));
    }

    Editor editor() {
        return editor;
    }

    /** After the hello, until the client identifies. */
    void greeted() {
        editor = new Editor(origin, unnamed("ext@"));
    }

    Reply identify(TeamRequest.Identify identify) {
        String name = identify.name().strip();
        try {
            editor = new Editor(origin, name);
        } catch (IllegalArgumentException e) {
            return new Reply.ExtensionError(Wire.IDENTIFY, identify.id(), RequestHandler.extensionText(e.getMessage()));
        }
        LOG.info("client {} is {}", remote, name);
        return new TeamReply.Identity(identify.id());
    }

    /** The address names a connection without a name, shortened to what a name may hold. */
    private String unnamed(String prefix) {
        String name = prefix + address;
        return name.length() > Attribution.MAX_NAME ? name.substring(0, Attribution.MAX_NAME) : name;
    }
}
