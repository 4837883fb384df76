package dev.fitt.bootstrap;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.AutoComplete;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code fitt}: the one entry point; each mode of the tool is a subcommand. */
@Command(name = "fitt",
        mixinStandardHelpOptions = true,
        versionProvider = FittVersion.class,
        description = "Fast Image Tagging Tool: tag frames of multi-camera clips with scenario tags.",
        footer = {"", "Each command has its own help: fitt COMMAND --help."})
public final class FittMain implements Callable<Integer> {
    /** In the order help lists them. */
    private static final List<Class<?>> SUBCOMMANDS = List.of(ServerCommand.class, ClientCommand.class,
            DemoCommand.class, TagCommand.class, SampleCommand.class, ImportCommand.class, ExportCommand.class,
            AdminCommand.class);

    @Spec
    private CommandSpec spec;

    public static void main(String[] args) {
        int code;
        try {
            code = run(args);
        } catch (OutOfMemoryError e) {
            // Thrown on the main thread (a dataset too big to load, with a JVM not told to exit on
            // it): what it held is unreachable now, so there is room to say what to do.
            System.err.println(outOfMemoryMessage(Runtime.getRuntime().maxMemory()));
            code = ExitCodes.OUT_OF_MEMORY;
        }
        System.exit(code);
    }

    /** What a user reads when the heap ran out: how big it was and how to give it more. */
    static String outOfMemoryMessage(long maxHeapBytes) {
        long mib = maxHeapBytes / (1024 * 1024);
        return "fitt: ran out of memory (heap at most " + mib + " MiB). Give it more heap, e.g. JAVA_OPTS=-Xmx"
                + Math.max(1, (2 * mib + 1023) / 1024) + "g or JAVA_OPTS=-XX:MaxRAMPercentage=75, on a machine with"
                + " that much memory.";
    }

    /** Runs {@code fitt} with picocli's default object factory; returns the exit code. */
    public static int run(String... args) {
        return commandLine(CommandLine.defaultFactory(), args).execute(args);
    }

    /**
     * The configured command line with every subcommand. {@code factory} creates the subcommand
     * objects, so the wiring (e.g. a Guice injector) decides how each command gets what it needs.
     */
    public static CommandLine commandLine(CommandLine.IFactory factory) {
        return commandLine(factory, new String[0]);
    }

    /**
     * The command line for {@code args}: with only the subcommand they start with, when they start
     * with one. Picocli reads every option of every subcommand it is given, a noticeable part of
     * every start on a small machine; help and unknown words still see them all.
     */
    static CommandLine commandLine(CommandLine.IFactory factory, String... args) {
        CommandLine commandLine = new CommandLine(FittMain.class, factory);
        List<Class<?>> named = SUBCOMMANDS.stream()
                .filter(command -> args.length > 0 && command.getAnnotation(Command.class).name().equals(args[0]))
                .toList();
        for (Class<?> command : named.isEmpty() ? SUBCOMMANDS : named) {
            commandLine.addSubcommand(new CommandLine(command, factory));
        }
        // Hidden: prints the bash completion script (the release ships it as completion/fitt.bash).
        // Not in SUBCOMMANDS, so that when it is asked for, the script sees every subcommand.
        commandLine.addSubcommand(new CommandLine(AutoComplete.GenerateCompletion.class, factory));
        manualStyleHelp(commandLine);
        // Set after the subcommands are added: picocli hands it only to those present.
        return commandLine.setExecutionExceptionHandler(new FailureReporter());
    }

    /**
     * Every command's help reads like a manual page: usage, description, options, subcommands and
     * the exit status a script can rely on, each under its heading. Set here, once for all commands.
     */
    private static void manualStyleHelp(CommandLine commandLine) {
        for (CommandLine command : withSubcommands(commandLine)) {
            Map<String, String> exitCodes = new LinkedHashMap<>();
            exitCodes.put(" " + ExitCodes.OK, "ok");
            exitCodes.put(" " + ExitCodes.RUNTIME_FAILURE, "runtime failure (I/O, network, a bug)");
            exitCodes.put(" " + ExitCodes.BAD_SETTINGS_OR_USAGE, "bad settings, data or usage");
            if (command.getCommandName().equals("admin")) {
                exitCodes.put(" " + ExitCodes.RUNTIME_FAILURE, "the server cannot be reached, a save failed, or a change"
                        + " applies but could not be written to the server's settings file");
                exitCodes.put(" " + ExitCodes.BAD_SETTINGS_OR_USAGE, "usage, or refused: no or a wrong admin token,"
                        + " administration off on the server, a setting that needs a restart, a bad value");
            }
            if (command.getCommandName().equals("server")) {
                // The launchers start the server with -XX:+ExitOnOutOfMemoryError, which exits with 3.
                exitCodes.put(" " + ExitCodes.OUT_OF_MEMORY,
                        "out of memory (nothing acknowledged is lost: it is in the journal)");
            }
            command.getCommandSpec().usageMessage()
                    .descriptionHeading("%nDescription:%n")
                    .parameterListHeading("%nParameters:%n")
                    .optionListHeading("%nOptions:%n")
                    .commandListHeading("%nCommands:%n")
                    .exitCodeListHeading("%nExit status:%n")
                    .exitCodeList(exitCodes);
        }
    }

    private static List<CommandLine> withSubcommands(CommandLine commandLine) {
        List<CommandLine> all = new ArrayList<>();
        all.add(commandLine);
        all.addAll(commandLine.getSubcommands().values());
        return all;
    }

    /** {@code fitt} alone: say what is possible rather than doing nothing silently. */
    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getErr());
        return ExitCodes.BAD_SETTINGS_OR_USAGE;
    }
}
