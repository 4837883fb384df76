package dev.fitt.bootstrap.logging;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.encoder.PatternLayoutEncoder;
import ch.qos.logback.core.Appender;
import ch.qos.logback.core.ConsoleAppender;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

class FittLogConfiguratorTest {
    @Test
    void theLevelComesFromThePropertyThenTheEnvironmentThenIsInfo() {
        assertThat(FittLogConfigurator.level("DEBUG", "WARN")).isEqualTo(Level.DEBUG);
        assertThat(FittLogConfigurator.level(null, "warn")).isEqualTo(Level.WARN);
        assertThat(FittLogConfigurator.level(" ", " error ")).isEqualTo(Level.ERROR);
        assertThat(FittLogConfigurator.level(null, null)).isEqualTo(Level.INFO);
        assertThat(FittLogConfigurator.level("loud", null)).as("no level at all").isEqualTo(Level.INFO);
    }

    @Test
    void thePoolsWarningsOfSingleConnectionsAreQuietAtInfoAndShownAtDebug() {
        LoggerContext info = new LoggerContext();
        FittLogConfigurator.quietPool(info, Level.INFO);
        LoggerContext debug = new LoggerContext();
        FittLogConfigurator.quietPool(debug, Level.DEBUG);

        for (String name : FittLogConfigurator.POOL_CONNECTION_LOGGERS) {
            assertThat(info.getLogger(name).isEnabledFor(Level.WARN)).as(name + " at INFO").isFalse();
            assertThat(info.getLogger(name).isEnabledFor(Level.ERROR)).as(name + " at INFO").isTrue();
            assertThat(debug.getLogger(name).isEnabledFor(Level.WARN)).as(name + " at DEBUG").isTrue();
        }
        assertThat(info.getLogger("com.zaxxer.hikari.pool.HikariPool").isEnabledFor(Level.WARN))
                .as("the pool's own warnings").isTrue();
    }

    @Test
    void logbackIsSetUpByFittsConfiguratorWritingToStandardError() {
        LoggerContext context = (LoggerContext) LoggerFactory.getILoggerFactory();
        Appender<?> appender = context.getLogger(Logger.ROOT_LOGGER_NAME).getAppender("CONSOLE");

        assertThat(appender).isInstanceOf(ConsoleAppender.class);
        ConsoleAppender<?> console = (ConsoleAppender<?>) appender;
        assertThat(console.getTarget()).isEqualTo("System.err");
        assertThat(((PatternLayoutEncoder) console.getEncoder()).getPattern()).isEqualTo(FittLogConfigurator.PATTERN);
    }
}
