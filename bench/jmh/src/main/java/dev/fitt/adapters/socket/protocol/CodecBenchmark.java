package dev.fitt.adapters.socket.protocol;

import dev.fitt.domain.LabelsSnapshot;
import java.nio.ByteBuffer;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/** The codec's hot paths: the labels reply of a million rows, and decoding a change request. */
@State(Scope.Benchmark)
@Fork(1)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
public class CodecBenchmark {
    private static final int ROWS = 1_000_000;
    private static final List<String> COLUMNS =
            List.of("tag_code_100", "tag_code_200", "tag_code_300", "tag_code_400", "tag_code_500");

    private LabelsSnapshot labels;
    private ByteBuffer changeRequests;
    private RequestDecoder decoder;

    @Setup
    public void setUp() {
        // A tenth of the rows labelled, the rest never touched: what a dataset looks like mid-way.
        SplittableRandom random = new SplittableRandom(7);
        byte[] codes = new byte[ROWS * COLUMNS.size()];
        for (int row = 0; row < ROWS; row += 10) {
            for (int tag = 0; tag < COLUMNS.size(); tag++) {
                codes[row * COLUMNS.size() + tag] = (byte) (1 + random.nextInt(2));
            }
        }
        labels = LabelsSnapshot.of(ROWS, COLUMNS.size(), codes);
        changeRequests = ByteBuffer.allocate(1000 * 19);
        for (int i = 0; i < 1000; i++) {
            changeRequests.put(MessageEncoder.encode(new Request.Change(i, i, List.of(true, false, true, false, true))));
        }
        changeRequests.flip();
        decoder = new RequestDecoder(CodecLimits.defaults());
    }

    @Benchmark
    @BenchmarkMode(Mode.AverageTime)
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    public byte[] labelsReplyOfAMillionRows() {
        return LabelsCsvWriter.write(COLUMNS, labels);
    }

    /** Decodes 1000 pipelined change requests of 5 tags. */
    @Benchmark
    @BenchmarkMode(Mode.AverageTime)
    @OutputTimeUnit(TimeUnit.MICROSECONDS)
    public int decodeThousandChangeRequests() throws ProtocolException {
        ByteBuffer in = changeRequests.duplicate();
        int decoded = 0;
        while (decoder.decode(in) != null) {
            decoded++;
        }
        return decoded;
    }
}
