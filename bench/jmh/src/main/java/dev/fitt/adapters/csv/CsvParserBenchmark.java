package dev.fitt.adapters.csv;

import de.siegmar.fastcsv.reader.AbstractBaseCsvCallbackHandler;
import de.siegmar.fastcsv.reader.CsvReader;
import java.io.IOException;
import java.io.Reader;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The parser alone, field by field through a reused buffer, on the data CSV of {@link BenchDataset}:
 * {@link CsvFieldScanner} (what loads and saves use) against FastCSV's callback reader in its strict
 * parser, the fastest of its configurations and the one closest to commons-csv's rules (issue 17
 * asked whether FastCSV should replace the scanner). Both hand every field to the same sink.
 * FastCSV stayed out of the adapter whatever this measures: no configuration of it splits files as
 * commons-csv does, which the load's property test demands (its strict parser refuses whitespace
 * after a closing quote that commons-csv skips; its relaxed one also trims whitespace before an
 * opening quote and does not count U+2028 as whitespace).
 */
@State(Scope.Benchmark)
@Fork(value = 3, jvmArgsAppend = "-Xmx1g")
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 8, time = 1)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class CsvParserBenchmark {
    @Param({"1000000"})
    public int rows;

    private BenchDataset dataset;
    private Path data;

    @Setup(Level.Trial)
    public void writeDataset() throws IOException {
        dataset = BenchDataset.write(rows);
        data = dataset.dataFile();
    }

    @TearDown(Level.Trial)
    public void deleteDataset() throws IOException {
        dataset.delete();
    }

    @Benchmark
    public long scanner() throws IOException {
        Sink sink = new Sink();
        try (Reader in = CsvFiles.open(data)) {
            CsvFieldScanner scanner = new CsvFieldScanner(in, "data.csv");
            while (scanner.nextRecord()) {
                int column = 0;
                boolean more;
                do {
                    more = scanner.nextField();
                    sink.field(column++, scanner.field(), 0, scanner.length());
                } while (more);
                sink.recordEnd(scanner.recordLine());
            }
        }
        return sink.sum;
    }

    /** FastCSV reading the same UTF-8 reader (BOM skipped) as the scanner. */
    @Benchmark
    public long fastCsvOnReader() throws IOException {
        SinkHandler handler = new SinkHandler();
        try (Reader in = CsvFiles.open(data); CsvReader<Object> reader = fastCsv().build(handler, in)) {
            reader.iterator().hasNext(); // the handler builds no records, so this reads the whole file
        }
        return handler.sink.sum;
    }

    /** FastCSV decoding the file itself. */
    @Benchmark
    public long fastCsvOnPath() throws IOException {
        SinkHandler handler = new SinkHandler();
        try (CsvReader<Object> reader = fastCsv().build(handler, data)) {
            reader.iterator().hasNext();
        }
        return handler.sink.sum;
    }

    private static CsvReader.CsvReaderBuilder fastCsv() {
        return CsvReader.builder().allowExtraFields(true).allowMissingFields(true).allowUnclosedQuote(false)
                .skipEmptyLines(true);
    }

    /** Touches what a load's visitor touches: each field's column, length and first character. */
    private static final class Sink {
        long sum;

        void field(int column, char[] text, int offset, int length) {
            sum += column + length + (length > 0 ? text[offset] : 0);
        }

        void recordEnd(long line) {
            sum += line;
        }
    }

    private static final class SinkHandler extends AbstractBaseCsvCallbackHandler<Object> {
        final Sink sink = new Sink();

        @Override
        protected void handleField(int column, char[] text, int offset, int length, boolean quoted) {
            sink.field(column, text, offset, length);
        }

        @Override
        protected Object buildRecord() {
            sink.recordEnd(getStartingLineNumber());
            return null;
        }
    }
}
