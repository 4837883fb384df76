package dev.fitt.bootstrap;

import dev.fitt.bootstrap.settings.SettingsException;
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
        if (failure instanceof SettingsException settings) {
            command.getErr().println(prefix + settings.getMessage());
            return settings.exitCode();
        }
        String message = failure.getMessage() == null ? failure.toString() : failure.getMessage();
        command.getErr().println(prefix + "error: " + message);
        return ExitCodes.RUNTIME_FAILURE;
    }
}
