package dev.fitt.server.service;

import dev.fitt.domain.VersionBase;
import dev.fitt.ports.DatasetLoadException;
import dev.fitt.ports.JournalException;
import dev.fitt.server.port.out.VersionBasePort;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/** Starts a server run's versions above every earlier run's: see {@link VersionBase}. */
public final class RunVersions {
    private RunVersions() {
    }

    /**
     * Chooses this run's base and records it before returning, so that the base is on disk before
     * the run issues a single version: a crash at any later moment still leaves the next run above.
     */
    public static VersionBase claim(VersionBasePort bases, Clock clock) throws DatasetLoadException {
        try {
            Instant now = clock.instant();
            VersionBase base = VersionBase.following(bases.latest(), ChronoUnit.MICROS.between(Instant.EPOCH, now));
            bases.record(base.value());
            return base;
        } catch (JournalException | IllegalArgumentException e) {
            throw new DatasetLoadException("cannot start the versions of this run: " + e.getMessage(), e);
        }
    }
}
