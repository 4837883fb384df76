package dev.fitt.bench;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.Objects;

/**
 * How to drive a v1 server under test. Only loopback servers: a load driver aimed at someone
 * else's machine would be an accident at best.
 *
 * @param host      loopback host name or address of the server
 * @param port      its TCP port
 * @param kind      which server it is, for what counts as durable
 * @param runs      measured repetitions of every scenario (figures are medians over them)
 * @param runTime   how long one run of a scenario may take at most (each is also bounded in count)
 * @param clients   clients for the "many clients" figures (1 client is always measured too)
 * @param timeout   longest wait for any one reply
 */
public record BenchConfig(String host, int port, ServerKind kind, int runs, Duration runTime, int clients,
        Duration timeout) {
    public BenchConfig {
        Objects.requireNonNull(host, "host");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(runTime, "runTime");
        Objects.requireNonNull(timeout, "timeout");
        requireLoopback(host);
        if (port < 1 || port > 65535) {
            throw new IllegalArgumentException("--port must be 1..65535, got " + port);
        }
        if (runs < 1 || runs > 100) {
            throw new IllegalArgumentException("--runs must be 1..100, got " + runs);
        }
        if (clients < 1 || clients > 64) {
            throw new IllegalArgumentException("--clients must be 1..64, got " + clients);
        }
        if (runTime.isNegative() || runTime.isZero() || runTime.compareTo(Duration.ofMinutes(5)) > 0) {
            throw new IllegalArgumentException("--run-seconds must be more than 0 and at most 300, got "
                    + runTime.toMillis() / 1000.0);
        }
        if (timeout.isNegative() || timeout.isZero()) {
            throw new IllegalArgumentException("reply timeout must be positive, got " + timeout);
        }
    }

    private static void requireLoopback(String host) {
        InetAddress[] addresses;
        try {
            addresses = InetAddress.getAllByName(host);
        } catch (UnknownHostException e) {
            throw new IllegalArgumentException("--host " + host + " is not a known host name", e);
        }
        for (InetAddress address : addresses) {
            if (!address.isLoopbackAddress()) {
                throw new IllegalArgumentException("--host " + host + " resolves to " + address.getHostAddress()
                        + ", which is not a loopback address; bench only drives servers on this machine"
                        + " (e.g. 127.0.0.1, ::1, localhost)");
            }
        }
    }
}
