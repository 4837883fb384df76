package dev.fitt.adapters.socket;

import java.time.Duration;
import java.util.Objects;

/** Where the client finds the server, how long it waits, and what replies it accepts. */
record ClientConfig(String host, int port, Duration timeout, CodecLimits limits) {
    ClientConfig {
        Objects.requireNonNull(host, "host");
        Objects.requireNonNull(timeout, "timeout");
        Objects.requireNonNull(limits, "limits");
        if (host.isBlank()) {
            throw new IllegalArgumentException("server host must not be blank");
        }
        if (port < 1 || port > 65535) {
            throw new IllegalArgumentException("server port must be 1..65535, got " + port);
        }
        if (timeout.isNegative() || timeout.isZero() || timeout.toMillis() > Integer.MAX_VALUE) {
            throw new IllegalArgumentException("server timeout must be positive (and under 24 days), got " + timeout);
        }
    }

    String peer() {
        return host + ":" + port;
    }

    int timeoutMillis() {
        return (int) Math.max(1, timeout.toMillis());
    }
}
