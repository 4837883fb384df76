package dev.fitt.client.service;

import java.time.Duration;

/** Waits between reconnect attempts; injected so tests need not really wait. */
@FunctionalInterface
public interface Sleeper {
    void sleep(Duration duration) throws InterruptedException;

    static Sleeper system() {
        return duration -> Thread.sleep(duration.toMillis());
    }
}
