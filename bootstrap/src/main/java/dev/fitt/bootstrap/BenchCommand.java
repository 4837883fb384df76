package dev.fitt.bootstrap;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Unmatched;

/** {@code fitt bench}: measures load, serve and save times on a (sample) dataset. */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = "Measure loading, serving and saving on a dataset.")
public final class BenchCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    /** Options are defined when bench is wired; until then anything is accepted. */
    @Unmatched
    private List<String> arguments = new ArrayList<>();

    @Override
    public Integer call() {
        return NotWiredYet.report(spec);
    }

    public List<String> arguments() {
        return List.copyOf(arguments);
    }
}
