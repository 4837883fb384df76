package dev.fitt.adapters.socket.server;

import dev.fitt.adapters.socket.TlsContexts;
import java.io.IOException;
import java.net.Socket;
import java.time.Duration;
import javax.net.ssl.SSLSocket;
import javax.net.ssl.SSLSocketFactory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The server side of a connection's TLS: the handshake, bounded by the message timeout. */
final class TlsHandshake {
    /** The connection's name, so that log settings made for connections cover the handshake. */
    private static final Logger LOG = LoggerFactory.getLogger(ServerConnection.class);

    private TlsHandshake() {
    }

    /**
     * The socket to speak on: TLS over {@code raw} once the handshake is done, or {@code raw} itself
     * when {@code tls} is null; null, after a log line, when the handshake failed.
     */
    static Socket secure(Socket raw, SSLSocketFactory tls, Duration timeout, String remote) throws IOException {
        if (tls == null) {
            return raw;
        }
        SSLSocket socket = (SSLSocket) tls.createSocket(raw, raw.getInetAddress().getHostAddress(), raw.getPort(),
                true);
        socket.setUseClientMode(false);
        TlsContexts.forwardSecretOnly(socket);
        socket.setSoTimeout((int) timeout.toMillis());
        try {
            socket.startHandshake();
            return socket;
        } catch (IOException e) {
            LOG.warn("closing the connection to {}: the TLS handshake failed: {}", remote, e.getMessage());
            return null;
        }
    }
}
