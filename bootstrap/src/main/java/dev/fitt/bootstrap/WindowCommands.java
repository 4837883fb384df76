package dev.fitt.bootstrap;

import dev.fitt.bootstrap.client.SwingClientRunner;
import java.util.Optional;
import picocli.CommandLine.Model.CommandSpec;

/** What the commands that open a window share. */
final class WindowCommands {
    private WindowCommands() {
    }

    /**
     * True, after printing one line saying so, when this machine cannot show a window. Asked
     * first, before a server, a sample or a data file is touched: nothing to stop or undo then.
     */
    static boolean displayMissing(CommandSpec spec) {
        Optional<String> message = SwingClientRunner.noDisplayMessage(spec.qualifiedName());
        message.ifPresent(spec.commandLine().getErr()::println);
        return message.isPresent();
    }
}
