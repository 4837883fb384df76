package dev.fitt.adapters.socket;

import dev.fitt.adapters.socket.protocol.CodecLimits;
import dev.fitt.adapters.socket.protocol.Utf8;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * Where the client finds the server, how long it waits, and how it proves itself.
 *
 * @param host         server host name or address
 * @param port         server TCP port
 * @param timeout      bounds connecting, the TLS handshake and every wait for a reply
 * @param limits       what replies it accepts
 * @param accessToken  sent in the hello when the server needs one
 * @param tls          when present, connect with TLS trusting exactly these certificates
 * @param annotator    when present, the name this client's changes are recorded under (sent after the hello)
 */
public record ClientConfig(String host, int port, Duration timeout, CodecLimits limits,
        Optional<String> accessToken, Optional<ClientTls> tls, Optional<String> annotator) {
    /**
     * The hello goes to servers that may know only v1 and then read its body as if it were new
     * messages. A body without a 0xFF byte is skipped whole by v1's framing rule: UTF-8 never holds
     * one, and a token this short keeps both length fields below 0xFF.
     */
    public static final int MAX_TOKEN_BYTES = 200;

    public ClientConfig {
        Objects.requireNonNull(host, "host");
        Objects.requireNonNull(timeout, "timeout");
        Objects.requireNonNull(limits, "limits");
        Objects.requireNonNull(accessToken, "accessToken");
        Objects.requireNonNull(tls, "tls");
        Objects.requireNonNull(annotator, "annotator");
        if (annotator.isPresent() && (annotator.get().isBlank() || annotator.get().length() > 100)) {
            throw new IllegalArgumentException("annotator must be 1..100 characters and not only spaces, got \""
                    + annotator.get() + "\"");
        }
        if (host.isBlank()) {
            throw new IllegalArgumentException("server host must not be blank");
        }
        if (port < 1 || port > 65535) {
            throw new IllegalArgumentException("server port must be 1..65535, got " + port);
        }
        positiveMillis(timeout, "timeout");
        if (accessToken.isPresent()) {
            int bytes = Utf8.encode(accessToken.get()).length;
            if (bytes == 0 || bytes > MAX_TOKEN_BYTES) {
                throw new IllegalArgumentException("server accessToken must be 1.." + MAX_TOKEN_BYTES
                        + " bytes of UTF-8, got " + bytes);
            }
        }
    }

    /** No token, no TLS. */
    public ClientConfig(String host, int port, Duration timeout, CodecLimits limits) {
        this(host, port, timeout, limits, Optional.empty(), Optional.empty(), Optional.empty());
    }

    public static ClientConfig of(String host, int port, Duration timeout) {
        return new ClientConfig(host, port, timeout, CodecLimits.defaults());
    }

    public ClientConfig withAccessToken(String token) {
        return new ClientConfig(host, port, timeout, limits, Optional.of(token), tls, annotator);
    }

    public ClientConfig withTls(ClientTls value) {
        return new ClientConfig(host, port, timeout, limits, accessToken, Optional.of(value), annotator);
    }

    public ClientConfig withAnnotator(String name) {
        return new ClientConfig(host, port, timeout, limits, accessToken, tls, Optional.of(name.strip()));
    }

    @Override
    public String toString() {
        return "ClientConfig[" + peer() + ", timeout=" + timeout + ", accessToken="
                + (accessToken.isPresent() ? "set" : "none") + ", tls=" + tls + ", annotator="
                + annotator.orElse("none") + "]";
    }

    public String peer() {
        return host + ":" + port;
    }

    public int timeoutMillis() {
        return (int) Math.max(1, timeout.toMillis());
    }

    private static void positiveMillis(Duration value, String field) {
        if (value.isNegative() || value.isZero() || value.toMillis() > Integer.MAX_VALUE) {
            throw new IllegalArgumentException("server " + field + " must be positive (and under 24 days), got "
                    + value);
        }
    }
}
