package dev.fitt.adapters.csv;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/** The pacer on a clock the test moves: no real time passes, so nothing here can flake. */
class SavePacerTest {
    private final AtomicLong now = new AtomicLong(1_000);
    private final List<Long> rests = new ArrayList<>();

    private SavePacer pacer(int cpuPercent) {
        return new SavePacer(cpuPercent, now::get, nanos -> {
            rests.add(nanos);
            now.addAndGet(nanos);
        });
    }

    /** Writes {@code rows} rows, each taking {@code nanosPerRow}. */
    private void write(SavePacer pacer, int rows, long nanosPerRow) {
        for (int i = 0; i < rows; i++) {
            now.addAndGet(nanosPerRow);
            pacer.rowDone();
        }
    }

    @Test
    void atHalfACoreASaveRestsAsLongAsItWorked() {
        SavePacer pacer = pacer(50);

        write(pacer, 4 * SavePacer.ROWS_PER_LOOK, 1_000);

        // 256 rows of 1 µs = 0.256 ms a look: the slice of 1 ms is full at the fourth look.
        assertThat(rests).containsExactly(1_024_000L);
    }

    @Test
    void atAQuarterOfACoreASaveRestsThreeTimesAsLongAsItWorked() {
        SavePacer pacer = pacer(25);

        write(pacer, SavePacer.ROWS_PER_LOOK, 4_000);

        assertThat(rests).containsExactly(3 * 1_024_000L);
    }

    @Test
    void theRestIsNotCountedAsWorkOfTheNextSlice() {
        SavePacer pacer = pacer(50);

        write(pacer, 8 * SavePacer.ROWS_PER_LOOK, 1_000);

        assertThat(rests).containsExactly(1_024_000L, 1_024_000L);
    }

    @Test
    void aWholeCoreNeverRests() {
        SavePacer pacer = pacer(100);

        write(pacer, 100 * SavePacer.ROWS_PER_LOOK, 10_000);

        assertThat(rests).isEmpty();
    }

    @Test
    void aSaveShorterThanOneSliceNeverRests() {
        SavePacer pacer = pacer(10);

        write(pacer, 3 * SavePacer.ROWS_PER_LOOK, 1_000);

        assertThat(rests).isEmpty();
    }
}
