package dev.fitt.bootstrap;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code fitt demo}: a sample dataset, a server and a client in one go, to try fitt out. */
@Command(name = "demo", mixinStandardHelpOptions = true,
        description = "Try fitt: generate a small sample, serve it and open a client on it.")
public final class DemoCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() {
        return NotWiredYet.report(spec);
    }
}
