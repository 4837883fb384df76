package dev.fitt.bootstrap.logging;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.encoder.PatternLayoutEncoder;
import ch.qos.logback.classic.spi.Configurator;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.ConsoleAppender;
import ch.qos.logback.core.spi.ContextAwareBase;
import java.util.List;

/**
 * fitt's log setup, in code rather than a logback.xml: reading XML made logback load an XML
 * parser and hundreds of classes of its own at every start. Logs go to stderr, so command output on stdout stays clean for scripts; the level
 * comes from {@code -Dfitt.log.level}, else the {@code FITT_LOG_LEVEL} environment variable, else
 * INFO. An engineer who wants their own logback XML says so with {@code -Dlogback.configurationFile}
 * and gets logback's usual behaviour.
 */
public final class FittLogConfigurator extends ContextAwareBase implements Configurator {
    static final String PATTERN = "%d{HH:mm:ss.SSS} %-5level %logger{20} - %msg%n";
    /** HikariCP's loggers of single connections (broken, failing validation), not of the pool. */
    static final List<String> POOL_CONNECTION_LOGGERS = List.of(
            "com.zaxxer.hikari.pool.ProxyConnection", "com.zaxxer.hikari.pool.PoolBase");

    @Override
    public ExecutionStatus configure(LoggerContext context) {
        if (System.getProperty("logback.configurationFile") != null) {
            return ExecutionStatus.INVOKE_NEXT_IF_ANY;
        }
        PatternLayoutEncoder encoder = new PatternLayoutEncoder();
        encoder.setContext(context);
        encoder.setPattern(PATTERN);
        encoder.start();
        ConsoleAppender<ILoggingEvent> console = new ConsoleAppender<>();
        console.setContext(context);
        console.setName("CONSOLE");
        console.setTarget("System.err");
        console.setEncoder(encoder);
        console.start();
        Logger root = context.getLogger(Logger.ROOT_LOGGER_NAME);
        Level level = level(System.getProperty("fitt.log.level"), System.getenv("FITT_LOG_LEVEL"));
        root.setLevel(level);
        root.addAppender(console);
        quietPool(context, level);
        return ExecutionStatus.DO_NOT_INVOKE_NEXT_IF_ANY;
    }

    /**
     * The database pool warns of every broken connection, with a stack trace each (dozens when an
     * operator ends the sessions); fitt logs each database outage once itself. Shown from DEBUG on.
     */
    static void quietPool(LoggerContext context, Level level) {
        if (level.isGreaterOrEqual(Level.INFO)) {
            for (String noisy : POOL_CONNECTION_LOGGERS) {
                context.getLogger(noisy).setLevel(Level.ERROR);
            }
        }
    }

    /** The first level given, property before environment; INFO when none is, or it is no level. */
    static Level level(String property, String environment) {
        String text = property != null && !property.isBlank() ? property : environment;
        return text == null || text.isBlank() ? Level.INFO : Level.toLevel(text.trim(), Level.INFO);
    }
}
