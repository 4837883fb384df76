package dev.fitt.adapters.csv;

import dev.fitt.adapters.csv.journal.FileLayer;
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
import java.util.List;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.IntSupplier;

/**
 * Saves labels as a copy of the data file with only the tag cells replaced. The other columns are
 * streamed from the data file again rather than kept in memory (a million rows of them would not
 * fit comfortably), field by field through one reused buffer: a String per cell made a large save
 * allocate many times the file's size, and the collections it caused delayed tag changes during the save. Cells
 * are written back as commons-csv's printer wrote them ({@link CellText}), so saves stay
 * byte-identical to earlier versions. The copy goes to a temporary file next to the target, takes the
 * target's mode and group ({@link FileModes}), is forced to disk, then committed in one step: a failure at any
 * point leaves the target as it was.
 */
final class LabelledCopyWriter {
    /** A save's temp file is {@code <tempPrefix><digits><TEMP_SUFFIX>}: hidden, beside its target. */
    static final String TEMP_SUFFIX = ".saving";

    private final Path source;
    private final FileCommit commit;
    /** Read at each save: an administrator may change it while the server runs. */
    private final IntSupplier cpuPercent;
    private final FileLayer files;

    /** A writer that uses as much of a core as it can (tools and tests). */
    LabelledCopyWriter(Path source, FileCommit commit) {
        this(source, commit, 100, FileLayer.real());
    }

    /** A writer whose saves use at most {@code cpuPercent} of one core ({@link SavePacer}). */
    LabelledCopyWriter(Path source, FileCommit commit, int cpuPercent) {
        this(source, commit, cpuPercent, FileLayer.real());
    }

    LabelledCopyWriter(Path source, FileCommit commit, int cpuPercent, FileLayer files) {
        this(source, commit, () -> cpuPercent, files);
    }

    LabelledCopyWriter(Path source, FileCommit commit, IntSupplier cpuPercent, FileLayer files) {
        this.source = source;
        this.commit = commit;
        this.cpuPercent = cpuPercent;
        this.files = files;
    }

    /** Writes and commits the copy; the fingerprint of the bytes now at {@code target}. */
    Fingerprint write(LabelsSnapshot labels, Path target) throws SaveFailedException {
        Path temp = null;
        try {
            SourceStyle style = SourceStyle.of(source);
            Path folder = target.toAbsolutePath().getParent();
            Files.createDirectories(folder);
            temp = folder.resolve(tempPrefix(target)
                    + Long.toUnsignedString(ThreadLocalRandom.current().nextLong()) + TEMP_SUFFIX);
            DigestingOutputStream digesting;
            // Created as any new file is (the umask's mode, not a temp file's 0600): the rename makes it the target.
            try (FileChannel channel = files.open(temp, Set.of(StandardOpenOption.CREATE_NEW,
                         StandardOpenOption.WRITE));
                 Writer out = new BufferedWriter(new OutputStreamWriter(
                         digesting = new DigestingOutputStream(Channels.newOutputStream(channel)),
                         StandardCharsets.UTF_8), 1 << 16)) {
                if (style.bom()) {
                    out.write(CsvFiles.BOM);
                }
                copy(labels, style, out, target);
                out.flush();
                FileModes.copy(target, temp);
                files.force(channel, temp, true);
            }
            commit.replace(temp, target);
            temp = null;
            return digesting.fingerprint();
        } catch (CsvFieldScanner.MalformedCsvException e) {
            throw failed(target, e.getMessage() + "; it changed since loading", e);
        } catch (IOException e) {
            throw failed(target, e.toString(), e);
        } catch (UncheckedIOException e) {
            throw failed(target, e.getCause().toString(), e);
        } finally {
            deleteQuietly(temp);
        }
    }

    static String tempPrefix(Path target) {
        return "." + target.getFileName() + ".";
    }

    private void copy(LabelsSnapshot labels, SourceStyle style, Writer out, Path target)
            throws IOException, SaveFailedException {
        String name = CsvFiles.name(source);
        int tags = labels.tagCount();
        byte[] codes = new byte[tags];
        int rows = labels.rowCount();
        String separator = style.recordSeparator();
        SavePacer pacer = SavePacer.forShare(cpuPercent.getAsInt());
        try (Reader in = CsvFiles.open(source)) {
            CsvFieldScanner scanner = new CsvFieldScanner(in, name);
            if (!scanner.nextRecord()) {
                throw failed(target, name + " is now empty", null);
            }
            List<String> header = scanner.readRecord();
            int[] tagOfColumn = tagOfColumn(header, name, tags, target);
            for (int column = 0; column < header.size(); column++) {
                if (column > 0) {
                    out.write(',');
                }
                CellText.write(header.get(column), out);
            }
            int row = 0;
            while (scanner.nextRecord()) {
                if (row < rows) {
                    out.write(separator);
                    labels.copyRow(row, codes);
                    copyRecord(scanner, out, codes, tagOfColumn);
                    pacer.rowDone();
                } else {
                    scanner.skipRecord();
                }
                row++;
            }
            if (row != rows) {
                throw failed(target, name + " now has " + row + " data rows but " + rows
                        + " were loaded; it changed since loading. Restart the server to load it again", null);
            }
            if (style.endsWithSeparator()) {
                out.write(separator);
            }
        }
    }

    private static int[] tagOfColumn(List<String> header, String name, int tags, Path target)
            throws SaveFailedException {
        DataLayout layout;
        try {
            layout = DataLayout.of(header, name);
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

    /** Copies the scanner's current record, tag cells from {@code codes}, other cells as read. */
    private static void copyRecord(CsvFieldScanner scanner, Writer out, byte[] codes, int[] tagOf)
            throws IOException {
        int column = 0;
        boolean more;
        do {
            more = scanner.nextField();
            if (column > 0) {
                out.write(',');
            }
            int tag = column < tagOf.length ? tagOf[column] : -1;
            if (tag >= 0) {
                writeTag(codes[tag], out);
            } else {
                CellText.write(scanner.field(), scanner.length(), out);
            }
            column++;
        } while (more);
        // A ragged row may end before a tag column; widen it only if that tag is set.
        int width = column;
        for (int c = column; c < tagOf.length; c++) {
            if (tagOf[c] >= 0 && codes[tagOf[c]] != 0) {
                width = c + 1;
            }
        }
        for (; column < width; column++) {
            out.write(',');
            if (tagOf[column] >= 0) {
                writeTag(codes[tagOf[column]], out);
            }
        }
    }

    private static void writeTag(byte code, Writer out) throws IOException {
        String cell = TagCells.format(code);
        if (cell != null) {
            out.write(cell);
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
