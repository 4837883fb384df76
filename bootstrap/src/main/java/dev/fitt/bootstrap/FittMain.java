package dev.fitt.bootstrap;

import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code fitt}: the one entry point; each mode of the tool is a subcommand. */
@Command(name = "fitt",
        mixinStandardHelpOptions = true,
        versionProvider = FittVersion.class,
        description = "Fast Image Tagging Tool: tag frames of multi-camera clips with scenario tags.",
        subcommands = {
            ServerCommand.class, ClientCommand.class, DemoCommand.class, TagCommand.class,
            SampleCommand.class, BenchCommand.class
        },
        footer = {"", "Exit codes: 0 ok, 1 runtime failure, 2 bad settings, data or usage."})
public final class FittMain implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    public static void main(String[] args) {
        System.exit(run(args));
    }

    /** Runs {@code fitt} with picocli's default object factory; returns the exit code. */
    public static int run(String... args) {
        return commandLine(CommandLine.defaultFactory()).execute(args);
    }

    /**
     * The configured command line. {@code factory} creates the subcommand objects, so the wiring
     * (e.g. a Guice injector) decides how each command gets what it needs.
     */
    public static CommandLine commandLine(CommandLine.IFactory factory) {
        return new CommandLine(FittMain.class, factory)
                .setExecutionExceptionHandler(new FailureReporter());
    }

    /** {@code fitt} alone: say what is possible rather than doing nothing silently. */
    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getErr());
        return ExitCodes.BAD_SETTINGS_OR_USAGE;
    }
}
