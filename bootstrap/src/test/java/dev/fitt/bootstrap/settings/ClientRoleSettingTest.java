package dev.fitt.bootstrap.settings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.fitt.bootstrap.client.JsonClientPreferences;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** client_setting.json {@code role}: "annotator" (the default) or "reviewer" (review mode). */
class ClientRoleSettingTest {
    @TempDir
    Path dir;

    private final SettingsLoader loader = new SettingsLoader();

    private Path write(String json) throws IOException {
        Path file = dir.resolve("client_setting.json");
        Files.writeString(file, json);
        return file;
    }

    @Test
    void anAnnotatorByDefault() throws IOException {
        ClientSettings settings = loader.loadClient(write("{\"host\": \"10.0.0.2\"}"));

        assertThat(settings.reviewer()).isFalse();
        assertThat(JsonClientPreferences.toPreferences(settings).reviewer()).isFalse();
        assertThat(loader.loadClient(write("{\"role\": \"annotator\"}")).reviewer()).isFalse();
    }

    @Test
    void aReviewerIsKeptWhenTheFileIsWrittenAgain() throws IOException {
        Path file = write("{\"role\": \"reviewer\", \"annotator\": \"Ben\"}");

        ClientSettings settings = loader.loadClient(file);
        loader.saveClient(file, settings.withLastDataset("cars"));

        assertThat(settings.reviewer()).isTrue();
        assertThat(JsonClientPreferences.toPreferences(settings).reviewer()).isTrue();
        assertThat(loader.loadClient(file).reviewer()).isTrue();
        assertThat(Files.readString(file)).contains("\"role\": \"reviewer\"");
    }

    @Test
    void anUnknownRoleNamesFileFieldAndValue() throws IOException {
        Path file = write("{\"role\": \"lead\"}");

        assertThatThrownBy(() -> loader.loadClient(file)).isInstanceOf(SettingsException.class)
                .hasMessage(file + ": field \"role\" must be \"annotator\" or \"reviewer\", got \"lead\"");
    }
}
