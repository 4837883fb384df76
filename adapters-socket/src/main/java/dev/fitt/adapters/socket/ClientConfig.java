package dev.fitt.adapters.socket;

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
 * @param helloTimeout how long to wait for the answer to the extension hello on a plain connection
 *                     without a token; the original server never answers, and then the client
 *                     speaks plain v1 (with TLS or a token the server must be ours: {@code timeout})
 * @param accessToken  sent in the hello when the server needs one
 * @param tls          when present, connect with TLS trusting exactly these certificates
 */
public record ClientConfig(String host, int port, Duration timeout, CodecLimits limits, Duration helloTimeout,
        Optional<String> accessToken, Optional<ClientTls> tls) {
    public static final Duration DEFAULT_HELLO_TIMEOUT = Duration.ofMillis(300);
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
        Objects.requireNonNull(helloTimeout, "helloTimeout");
        Objects.requireNonNull(accessToken, "accessToken");
        Objects.requireNonNull(tls, "tls");
        if (host.isBlank()) {
            throw new IllegalArgumentException("server host must not be blank");
        }
        if (port < 1 || port > 65535) {
            throw new IllegalArgumentException("server port must be 1..65535, got " + port);
        }
        positiveMillis(timeout, "timeout");
        positiveMillis(helloTimeout, "helloTimeout");
        if (accessToken.isPresent()) {
            int bytes = Utf8.encode(accessToken.get()).length;
            if (bytes == 0 || bytes > MAX_TOKEN_BYTES) {
                throw new IllegalArgumentException("server accessToken must be 1.." + MAX_TOKEN_BYTES
                        + " bytes of UTF-8, got " + bytes);
            }
        }
    }

    /** Default limits and hello timeout, no token, no TLS. */
    public ClientConfig(String host, int port, Duration timeout, CodecLimits limits) {
        this(host, port, timeout, limits, DEFAULT_HELLO_TIMEOUT, Optional.empty(), Optional.empty());
    }

    public static ClientConfig of(String host, int port, Duration timeout) {
        return new ClientConfig(host, port, timeout, CodecLimits.defaults());
    }

    public ClientConfig withHelloTimeout(Duration value) {
        return new ClientConfig(host, port, timeout, limits, value, accessToken, tls);
    }

    public ClientConfig withAccessToken(String token) {
        return new ClientConfig(host, port, timeout, limits, helloTimeout, Optional.of(token), tls);
    }

    public ClientConfig withTls(ClientTls value) {
        return new ClientConfig(host, port, timeout, limits, helloTimeout, accessToken, Optional.of(value));
    }

    @Override
    public String toString() {
        return "ClientConfig[" + peer() + ", timeout=" + timeout + ", helloTimeout=" + helloTimeout + ", accessToken="
                + (accessToken.isPresent() ? "set" : "none") + ", tls=" + tls + "]";
    }

    String peer() {
        return host + ":" + port;
    }

    int timeoutMillis() {
        return (int) Math.max(1, timeout.toMillis());
    }

    /** How long to wait for the hello reply before settling for plain v1. */
    int helloWaitMillis() {
        return accessToken.isPresent() || tls.isPresent() ? timeoutMillis() : (int) Math.max(1, helloTimeout.toMillis());
    }

    private static void positiveMillis(Duration value, String field) {
        if (value.isNegative() || value.isZero() || value.toMillis() > Integer.MAX_VALUE) {
            throw new IllegalArgumentException("server " + field + " must be positive (and under 24 days), got "
                    + value);
        }
    }
}
