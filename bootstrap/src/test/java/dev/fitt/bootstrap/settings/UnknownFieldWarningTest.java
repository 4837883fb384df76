package dev.fitt.bootstrap.settings;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;

class UnknownFieldWarningTest {

    @TempDir
    Path dir;

    private final Logger logger = (Logger) LoggerFactory.getLogger(UnknownFieldWarning.class);
    private final ListAppender<ILoggingEvent> events = new ListAppender<>();

    @BeforeEach
    void listen() {
        events.start();
        logger.addAppender(events);
    }

    @AfterEach
    void stopListening() {
        logger.detachAppender(events);
    }

    @Test
    void unknownFieldIsAWarningNamingFieldAndFileNotAnError() throws IOException {
        Path file = dir.resolve("client_setting.json");
        Files.writeString(file, """
                {
                    "autosave": 5,
                    "auto_save": {"nested": [1, 2]},
                    "port": 6000
                }
                """);

        ClientSettings settings = new SettingsLoader().loadClient(file);

        assertThat(settings.autosave()).isEqualTo(5);
        assertThat(settings.port()).isEqualTo(6000);
        assertThat(events.list).singleElement().satisfies(event -> {
            assertThat(event.getLevel()).isEqualTo(Level.WARN);
            assertThat(event.getFormattedMessage())
                    .isEqualTo(file + ", line 3, column 5: ignoring unknown field \"auto_save\"");
        });
    }
}
