package dev.fitt.server.port.out;

import dev.fitt.ports.JournalException;
import java.util.OptionalLong;

/**
 * Where the server remembers the {@link dev.fitt.domain.VersionBase} of its latest run over a save
 * folder, so that the next run starts its versions above everything this one could issue, even
 * after a crash. Written once per start, before the server takes any change.
 */
public interface VersionBasePort {
    /** The base the latest run recorded; empty when none ever did here. Damage is an error naming the place. */
    OptionalLong latest() throws JournalException;

    /** Records {@code base} as the latest; it is on disk (or wherever it lives) when this returns. */
    void record(long base) throws JournalException;
}
