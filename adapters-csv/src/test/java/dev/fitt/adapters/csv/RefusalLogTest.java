package dev.fitt.adapters.csv;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class RefusalLogTest {
    private final List<String> lines = new ArrayList<>();
    private final AtomicLong now = new AtomicLong(1_000);
    private final RefusalLog log = new RefusalLog(lines::add, now::get);

    @Test
    void eachPathIsLoggedOnceHoweverOftenItIsAskedFor() {
        for (int i = 0; i < 1_000; i++) {
            log.refused("../secret", "outside");
        }

        assertThat(lines).containsExactly("refused image ../secret: outside");
    }

    @Test
    void manyPathsGiveAFewLinesAMinuteAndTheNextLineCountsTheRest() {
        for (int i = 0; i < 1_000; i++) {
            log.refused("/etc/f" + i, "outside");
        }
        assertThat(lines).hasSize(RefusalLog.LINES_PER_MINUTE);

        now.addAndGet(TimeUnit.MINUTES.toNanos(1));
        log.refused("/etc/later", "outside");

        assertThat(lines).hasSize(RefusalLog.LINES_PER_MINUTE + 1);
        assertThat(lines.get(lines.size() - 1)).isEqualTo("refused image /etc/later: outside ("
                + (1_000 - RefusalLog.LINES_PER_MINUTE) + " more refused images not logged before this one)");
    }

    @Test
    void rememberingIsBoundedButTheRateLimitStillHolds() {
        for (int i = 0; i < RefusalLog.MAX_REMEMBERED + 5_000; i++) {
            log.refused("p" + i, "outside");
        }
        now.addAndGet(TimeUnit.MINUTES.toNanos(1));
        for (int i = 0; i < 1_000; i++) {
            log.refused("p" + (RefusalLog.MAX_REMEMBERED + 1), "outside");
        }

        assertThat(lines).hasSize(2 * RefusalLog.LINES_PER_MINUTE);
    }
}
