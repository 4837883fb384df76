package dev.fitt.adapters.csv.journal;

import dev.fitt.ports.JournalException;
import dev.fitt.server.port.out.ChangeJournalPort;
import dev.fitt.server.port.out.VersionBasePort;
import java.io.IOException;
import java.nio.file.Path;

/** Entry point for wiring: the journal that lives beside an output file. */
public final class FileJournals {
    private FileJournals() {
    }

    /** Opens (creating if needed) the journal beside {@code outputFile}: {@code <output>.journal.NNNNNN}. */
    public static ChangeJournalPort beside(Path outputFile) throws JournalException {
        return beside(outputFile, FileLayer.real());
    }

    /** The same, doing its file operations through {@code files} (tests record them, or make them fail). */
    public static ChangeJournalPort beside(Path outputFile, FileLayer files) throws JournalException {
        try {
            return new FileChangeJournal(outputFile, files);
        } catch (IOException e) {
            throw new JournalException("cannot open the journal beside " + outputFile + ": " + e.getMessage(), e);
        }
    }

    /** The latest run's version base, kept beside {@code outputFile}: {@code <output>.version-base}. */
    public static VersionBasePort versionBaseBeside(Path outputFile) {
        return new VersionBaseFile(outputFile);
    }
}
