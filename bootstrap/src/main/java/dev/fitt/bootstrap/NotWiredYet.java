package dev.fitt.bootstrap;

import picocli.CommandLine.Model.CommandSpec;

/** The common answer of a command whose adapters are not connected in this build. */
final class NotWiredYet {
    private NotWiredYet() {
    }

    static int report(CommandSpec command) {
        command.commandLine().getErr().println(command.qualifiedName() + ": not wired yet");
        return ExitCodes.NOT_WIRED;
    }
}
