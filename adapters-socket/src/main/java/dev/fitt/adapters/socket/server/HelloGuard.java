package dev.fitt.adapters.socket.server;

import java.util.Objects;

/**
 * The server's guard at the door, shared by its connections: token checks slowed down per host
 * ({@link TokenThrottle}) and refusals logged as a summary, not one line each ({@link RefusalLog}).
 */
final class HelloGuard {
    private final TokenThrottle tokens;
    private final RefusalLog refusals;

    HelloGuard(TokenThrottle tokens, RefusalLog refusals) {
        this.tokens = Objects.requireNonNull(tokens, "tokens");
        this.refusals = Objects.requireNonNull(refusals, "refusals");
    }

    /** Waits until a token of {@code host} may be checked; false when that is too far away. */
    boolean awaitTurn(String host) throws InterruptedException {
        return tokens.awaitTurn(host);
    }

    /** A hello of {@code host} carried a wrong token (or none): its next checks wait longer. */
    void tokenFailed(String host, String reason) {
        long now = System.nanoTime();
        tokens.failed(host, now);
        refusals.refused(host, reason, now);
    }

    /** A connection of {@code host} was refused for {@code reason} (stable text, no counts). */
    void refused(String host, String reason) {
        refusals.refused(host, reason, System.nanoTime());
    }

    /** Logs the summary when due and forgets old failures; called by the server's watchdog. */
    void tick(long now) {
        refusals.flushIfDue(now);
        tokens.forgetOld(now);
    }
}
