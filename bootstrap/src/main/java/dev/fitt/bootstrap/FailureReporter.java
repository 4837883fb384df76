package dev.fitt.bootstrap;

import com.google.inject.CreationException;
import com.google.inject.ProvisionException;
import dev.fitt.bootstrap.settings.SettingsException;
import dev.fitt.ports.DatasetLoadException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.ParseResult;

/**
 * Turns an exception escaping a command into one readable line on stderr and an exit code; the
 * stack trace is only for {@code -Dfitt.log.level=DEBUG}, since users act on the message.
 */
final class FailureReporter implements IExecutionExceptionHandler {
    private static final Logger LOG = LoggerFactory.getLogger(FailureReporter.class);

    @Override
    public int handleExecutionException(Exception failure, CommandLine command, ParseResult parsed) {
        String prefix = command.getCommandSpec().qualifiedName() + ": ";
        LOG.debug("{} failed", command.getCommandSpec().qualifiedName(), failure);
        for (Throwable c = failure; c != null; c = c.getCause()) {
            if (c instanceof OutOfMemoryError) {
                // Thrown by a worker and handed on: the same advice as when it reaches main.
                command.getErr().println(FittMain.outOfMemoryMessage(Runtime.getRuntime().maxMemory()));
                return ExitCodes.OUT_OF_MEMORY;
            }
        }
        Throwable cause = unwrapWiring(failure);
        if (cause instanceof SettingsException settings) {
            command.getErr().println(prefix + settings.getMessage());
            return settings.exitCode();
        }
        String message = cause.getMessage() == null ? cause.toString() : cause.getMessage();
        command.getErr().println(prefix + "error: " + message);
        // Bad data is for the user to fix, like bad settings; anything else is a failure while running.
        return cause instanceof DatasetLoadException ? ExitCodes.BAD_SETTINGS_OR_USAGE : ExitCodes.RUNTIME_FAILURE;
    }

    /** Guice wraps what a provider throws; the user needs the original message. */
    private static Throwable unwrapWiring(Throwable failure) {
        Throwable current = failure;
        while ((current instanceof ProvisionException || current instanceof CreationException)
                && current.getCause() != null) {
            current = current.getCause();
        }
        return current;
    }
}
