package dev.fitt.adapters.csv;

import dev.fitt.domain.LabelsSnapshot;
import dev.fitt.ports.DatasetLoadException;
import dev.fitt.ports.SaveFailedException;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;
import java.util.Iterator;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;

/**
 * Saves labels as a copy of the data file with only the tag cells replaced. The other columns are
 * streamed from the data file again rather than kept in memory (a million rows of them would not
 * fit comfortably). The copy goes to a temporary file next to the target, is forced to disk, then
 * committed in one step: a failure at any point leaves the target as it was.
 */
final class LabelledCopyWriter {
    private final Path source;
    private final FileCommit commit;

    LabelledCopyWriter(Path source, FileCommit commit) {
        this.source = source;
        this.commit = commit;
    }

    void write(LabelsSnapshot labels, Path target) throws SaveFailedException {
        Path temp = null;
        try {
            SourceStyle style = SourceStyle.of(source);
            Path folder = target.toAbsolutePath().getParent();
            Files.createDirectories(folder);
            temp = Files.createTempFile(folder, "." + target.getFileName() + ".", ".saving");
            try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.WRITE);
                 Writer out = new BufferedWriter(
                         new OutputStreamWriter(Channels.newOutputStream(channel), StandardCharsets.UTF_8), 1 << 16)) {
                if (style.bom()) {
                    out.write(CsvFiles.BOM);
                }
                copy(labels, style, out, target);
                out.flush();
                channel.force(true);
            }
            commit.replace(temp, target);
            temp = null;
        } catch (IOException e) {
            throw failed(target, e.toString(), e);
        } catch (UncheckedIOException e) {
            throw failed(target, e.getCause().toString(), e);
        } finally {
            deleteQuietly(temp);
        }
    }

    private void copy(LabelsSnapshot labels, SourceStyle style, Writer out, Path target)
            throws IOException, SaveFailedException {
        String name = CsvFiles.name(source);
        byte[] codes = labels.toCodes();
        int tags = labels.tagCount();
        int rows = labels.rowCount();
        try (Reader in = CsvFiles.open(source); CSVParser parser = CsvFiles.FORMAT.parse(in)) {
            CSVPrinter printer = new CSVPrinter(out,
                    CsvFiles.FORMAT.builder().setRecordSeparator(style.recordSeparator()).get());
            Iterator<CSVRecord> records = parser.iterator();
            if (!records.hasNext()) {
                throw failed(target, name + " is now empty", null);
            }
            CSVRecord header = records.next();
            int[] tagOfColumn = tagOfColumn(header, name, tags, target);
            printRecord(printer, header, null, 0, tagOfColumn);
            int row = 0;
            while (records.hasNext()) {
                CSVRecord record = records.next();
                if (row < rows) {
                    printer.println();
                    printRecord(printer, record, codes, row * tags, tagOfColumn);
                }
                row++;
            }
            if (row != rows) {
                throw failed(target, name + " now has " + row + " data rows but " + rows
                        + " were loaded; it changed since loading. Restart the server to load it again", null);
            }
            if (style.endsWithSeparator()) {
                printer.println();
            }
            printer.flush();
        }
    }

    private static int[] tagOfColumn(CSVRecord header, String name, int tags, Path target)
            throws SaveFailedException {
        DataLayout layout;
        try {
            layout = DataLayout.of(header.toList(), name);
        } catch (DatasetLoadException e) {
            throw failed(target, e.getMessage(), e);
        }
        if (layout.tagCount() != tags) {
            throw failed(target, name + " now has " + layout.tagCount() + " tag columns but " + tags
                    + " were loaded; it changed since loading", null);
        }
        int width = header.size();
        for (TagColumn column : layout.tagColumns()) {
            width = Math.max(width, column.index() + 1);
        }
        int[] tagOf = new int[width];
        Arrays.fill(tagOf, -1);
        for (int t = 0; t < tags; t++) {
            tagOf[layout.tagColumns().get(t).index()] = t;
        }
        return tagOf;
    }

    /** Prints one record, tag cells from {@code codes} (none for the header), other cells as read. */
    private static void printRecord(CSVPrinter printer, CSVRecord record, byte[] codes, int offset, int[] tagOf)
            throws IOException {
        int width = record.size();
        if (codes != null) {
            // A ragged row may end before a tag column; widen it only if that tag is set.
            for (int column = width; column < tagOf.length; column++) {
                if (tagOf[column] >= 0 && codes[offset + tagOf[column]] != 0) {
                    width = column + 1;
                }
            }
        }
        for (int column = 0; column < width; column++) {
            String value;
            if (codes != null && column < tagOf.length && tagOf[column] >= 0) {
                value = TagCells.format(codes[offset + tagOf[column]]);
            } else {
                value = column < record.size() ? record.get(column) : null;
            }
            // null, not "": commons-csv quotes an empty first value ("") but prints null as nothing.
            printer.print(value == null || value.isEmpty() ? null : value);
        }
    }

    private static SaveFailedException failed(Path target, String reason, Throwable cause) {
        return new SaveFailedException("could not save labels to " + target.toAbsolutePath() + ": " + reason
                + " (the file there is unchanged)", cause);
    }

    private static void deleteQuietly(Path temp) {
        if (temp == null) {
            return;
        }
        try {
            Files.deleteIfExists(temp);
        } catch (IOException ignored) {
            // A leftover hidden temporary file is harmless; the save's own outcome matters more.
        }
    }
}
