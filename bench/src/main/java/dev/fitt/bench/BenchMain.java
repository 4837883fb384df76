package dev.fitt.bench;

import java.io.IOException;
import java.io.PrintWriter;
import java.time.Duration;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code java -jar bench/target/fitt-bench.jar}: drives a running protocol v1 server on this machine
 * and prints what it measured. A tool of the benchmarks (bench/*.sh), not a command of the product.
 */
@Command(name = "fitt-bench", mixinStandardHelpOptions = true,
        description = {"Measure a running v1 server (fitt's or the original Python one) over loopback:",
            "round trips, changes/s, save time, changes during a save, reconnect, images/s.",
            "It CHANGES LABELS AND SAVES: run it against a scratch copy of a dataset (see docs/BENCHMARKS.md)."})
public final class BenchMain implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Option(names = "--host", paramLabel = "HOST", defaultValue = "127.0.0.1",
            description = "Loopback host of the server (default: ${DEFAULT-VALUE}); other hosts are refused.")
    private String host;

    @Option(names = "--port", paramLabel = "PORT", required = true, description = "Port of the server.")
    private int port;

    @Option(names = "--server", paramLabel = "KIND", defaultValue = "FITT",
            description = "FITT (a change is durable once acknowledged) or ORIGINAL (durable = change + save)"
                    + " (default: ${DEFAULT-VALUE}).")
    private ServerKind kind;

    @Option(names = "--runs", paramLabel = "N", defaultValue = "5",
            description = "Measured runs of every scenario; figures are medians (default: ${DEFAULT-VALUE}).")
    private int runs;

    @Option(names = "--run-seconds", paramLabel = "S", defaultValue = "2",
            description = "Longest time one run of a scenario takes (default: ${DEFAULT-VALUE}).")
    private double runSeconds;

    @Option(names = "--clients", paramLabel = "N", defaultValue = "8",
            description = "Clients for the many-clients figures (default: ${DEFAULT-VALUE}).")
    private int clients;

    @Option(names = "--timeout-seconds", paramLabel = "S", defaultValue = "60",
            description = "Longest wait for one reply, e.g. a save (default: ${DEFAULT-VALUE}).")
    private int timeoutSeconds;

    @Option(names = "--only", paramLabel = "TEXT", defaultValue = "",
            description = "Run only the scenarios whose name contains TEXT, e.g. saving (default: all).")
    private String only;

    @Option(names = "--allow-writes",
            description = "Confirm that the server's labels may be changed and saved (required).")
    private boolean allowWrites;

    public static void main(String[] args) {
        System.exit(new CommandLine(new BenchMain()).execute(args));
    }

    @Override
    public Integer call() throws IOException, InterruptedException {
        if (!allowWrites) {
            throw new ParameterException(spec.commandLine(), "bench changes labels and saves them on the server at "
                    + host + ":" + port + "; serve a scratch copy of your data and add --allow-writes");
        }
        BenchConfig config;
        try {
            config = new BenchConfig(host, port, kind, runs, Duration.ofMillis(Math.round(runSeconds * 1000)),
                    clients, Duration.ofSeconds(Math.max(1, timeoutSeconds)));
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage(), e);
        }
        PrintWriter err = spec.commandLine().getErr();
        BenchReport report = new V1Bench(config, only, line -> {
            err.println(line);
            err.flush();
        }).run();
        spec.commandLine().getOut().print(report.table());
        spec.commandLine().getOut().flush();
        return 0;
    }
}
