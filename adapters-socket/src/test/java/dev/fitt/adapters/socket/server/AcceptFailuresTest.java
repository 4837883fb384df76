package dev.fitt.adapters.socket.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The pauses of the accept loop while accepting fails (the real thing: OutOfFilesTest in bootstrap). */
class AcceptFailuresTest {
    @Test
    void pausesDoubleFromTenMillisecondsToOneSecondAndStartOverAfterASuccess() {
        AcceptFailures failures = new AcceptFailures("test");
        IOException tooMany = new IOException("Too many open files");
        List<Long> pauses = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            pauses.add(failures.failed(tooMany, i));
        }
        assertThat(pauses).containsExactly(10L, 20L, 40L, 80L, 160L, 320L, 640L, 1000L, 1000L, 1000L);
        assertThat(failures.failures()).isEqualTo(10);

        failures.succeeded(100);
        assertThat(failures.failures()).isZero();
        assertThat(failures.failed(tooMany, 200)).isEqualTo(10L);
    }
}
