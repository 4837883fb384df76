package dev.fitt.adapters.csv;

import dev.fitt.ports.SaveFailedException;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import org.apache.commons.csv.CSVPrinter;

/**
 * Writes a small CSV kept beside the labelled CSV (provenance, assignments) so that a crash leaves
 * the old file or the new one, never half of one: a temp file in the same folder, forced to disk,
 * then put in place by the {@link FileCommit} (rename and folder sync).
 */
final class SmallCsvFile {
    /** The records of one file, printed in order. */
    interface Records {
        void print(CSVPrinter printer) throws IOException;
    }

    private SmallCsvFile() {
    }

    static void write(Path file, FileCommit commit, Records records) throws SaveFailedException {
        Path temp = file.resolveSibling(file.getFileName() + ".tmp");
        try {
            try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                    StandardOpenOption.TRUNCATE_EXISTING)) {
                BufferedWriter writer = new BufferedWriter(new OutputStreamWriter(Channels.newOutputStream(channel),
                        StandardCharsets.UTF_8));
                CSVPrinter printer = new CSVPrinter(writer, CsvFiles.FORMAT);
                records.print(printer);
                printer.flush();
                channel.force(true);
            }
            commit.replace(temp, file);
        } catch (IOException e) {
            try {
                Files.deleteIfExists(temp);
            } catch (IOException ignored) {
                // The next write starts the temp file again from the start.
            }
            throw new SaveFailedException("cannot write " + file + ": " + e.getMessage(), e);
        }
    }
}
