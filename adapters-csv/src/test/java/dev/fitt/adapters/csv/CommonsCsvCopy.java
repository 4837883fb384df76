package dev.fitt.adapters.csv;

import dev.fitt.domain.LabelsSnapshot;
import dev.fitt.ports.DatasetLoadException;
import java.io.IOException;
import java.io.Reader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Iterator;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;

/**
 * The labelled copy as saves made it before they streamed fields themselves: commons-csv parsing
 * and printing, one String per cell. Kept as the reference the streaming writer must match byte
 * for byte.
 */
final class CommonsCsvCopy {
    private CommonsCsvCopy() {
    }

    /** The text a save wrote, or an exception where it failed. */
    static String of(Path source, LabelsSnapshot labels) throws IOException, DatasetLoadException {
        SourceStyle style = SourceStyle.of(source);
        StringWriter out = new StringWriter();
        if (style.bom()) {
            out.write(CsvFiles.BOM);
        }
        byte[] codes = labels.toCodes();
        int tags = labels.tagCount();
        int rows = labels.rowCount();
        try (Reader in = CsvFiles.open(source); CSVParser parser = CsvFiles.FORMAT.parse(in)) {
            CSVPrinter printer = new CSVPrinter(out,
                    CsvFiles.FORMAT.builder().setRecordSeparator(style.recordSeparator()).get());
            Iterator<CSVRecord> records = parser.iterator();
            if (!records.hasNext()) {
                throw new IOException("empty");
            }
            CSVRecord header = records.next();
            DataLayout layout = DataLayout.of(header.toList(), "data.csv");
            if (layout.tagCount() != tags) {
                throw new IOException("tag count");
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
            printRecord(printer, header, null, 0, tagOf);
            int row = 0;
            while (records.hasNext()) {
                CSVRecord record = records.next();
                if (row < rows) {
                    printer.println();
                    printRecord(printer, record, codes, row * tags, tagOf);
                }
                row++;
            }
            if (row != rows) {
                throw new IOException("row count");
            }
            if (style.endsWithSeparator()) {
                printer.println();
            }
            printer.flush();
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        return out.toString();
    }

    /** The number of data rows commons-csv reads in {@code source}. */
    static int dataRows(Path source) throws IOException {
        try (Reader in = CsvFiles.open(source); CSVParser parser = CsvFiles.FORMAT.parse(in)) {
            int records = 0;
            for (CSVRecord ignored : parser) {
                records++;
            }
            return Math.max(0, records - 1);
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    private static void printRecord(CSVPrinter printer, CSVRecord record, byte[] codes, int offset, int[] tagOf)
            throws IOException {
        int width = record.size();
        if (codes != null) {
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
            printer.print(value == null || value.isEmpty() ? null : value);
        }
    }
}
