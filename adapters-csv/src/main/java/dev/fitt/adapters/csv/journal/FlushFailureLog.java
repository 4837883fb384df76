package dev.fitt.adapters.csv.journal;

import java.io.IOException;
import java.nio.file.Path;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Says once when the journal starts failing to write and once when it writes again, rather than at
 * every change in between (each change tries again). Callers hold the journal's I/O lock.
 */
final class FlushFailureLog {
    /** The journal's own name, so that log settings made for it keep working. */
    private static final Logger LOG = LoggerFactory.getLogger(FileChangeJournal.class);

    private final Path folder;
    private boolean failing;
    /** The durable mark when the failing started. */
    private long durableWhenFailing;

    FlushFailureLog(Path folder) {
        this.folder = folder;
    }

    /** A flush up to change {@code upTo} reached the disk. */
    void wrote(long upTo) {
        if (failing) {
            failing = false;
            LOG.warn("journal {}: writing again; {} changes made while it could not are now on disk", folder,
                    upTo - durableWhenFailing);
        }
    }

    /** A flush failed; {@code durable} changes are on disk. */
    void failed(long durable, IOException e) {
        if (!failing) {
            failing = true;
            durableWhenFailing = durable;
            LOG.error("journal {}: cannot write changes to disk: {}. Changes are still applied, but answered as "
                    + "not saved until the disk takes them; each new change tries again", folder, describe(e));
        }
    }

    /** Some I/O exceptions (an interrupt's, for one) carry no message: then their type says what happened. */
    static String describe(IOException e) {
        return e.getMessage() != null ? e.getMessage() : e.toString();
    }
}
