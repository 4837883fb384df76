package dev.fitt.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import picocli.CommandLine;

@Timeout(60)
class BenchMainTest {
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int bench(String... args) {
        CommandLine commandLine = new CommandLine(new BenchMain());
        commandLine.setOut(new PrintWriter(out, true));
        commandLine.setErr(new PrintWriter(err, true));
        return commandLine.execute(args);
    }

    @Test
    void refusesToRunWithoutLeaveToChangeLabels() {
        assertThat(bench("--port", "4000")).isEqualTo(2);

        assertThat(err.toString()).contains("bench changes labels and saves them on the server at 127.0.0.1:4000",
                "--allow-writes");
    }

    @Test
    void refusesAHostThatIsNotLoopback() {
        assertThat(bench("--host", "192.0.2.7", "--port", "4000", "--allow-writes")).isEqualTo(2);

        assertThat(err.toString()).contains("--host 192.0.2.7 resolves to 192.0.2.7, which is not a loopback address");
    }

    @Test
    void helpNamesTheJarItRunsFrom() {
        assertThat(bench("--help")).isZero();

        assertThat(out.toString()).startsWith("Usage: fitt-bench").contains("--allow-writes", "--only");
    }
}
