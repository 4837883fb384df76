package dev.fitt.server.port.out;

import java.util.OptionalLong;

/** Version bases kept in memory; the same instance stands for the same save folder across a "restart". */
public final class InMemoryVersionBase implements VersionBasePort {
    private OptionalLong latest = OptionalLong.empty();

    @Override
    public synchronized OptionalLong latest() {
        return latest;
    }

    @Override
    public synchronized void record(long base) {
        latest = OptionalLong.of(base);
    }
}
