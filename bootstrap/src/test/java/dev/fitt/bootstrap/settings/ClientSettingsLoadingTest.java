package dev.fitt.bootstrap.settings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ClientSettingsLoadingTest {

    @TempDir
    Path dir;

    private final SettingsLoader loader = new SettingsLoader();

    private Path write(String json) throws IOException {
        Path file = dir.resolve("client_setting.json");
        Files.writeString(file, json);
        return file;
    }

    @Test
    void missingFileIsWrittenWithTheDefaultsAndThoseAreUsed() throws IOException {
        Path file = dir.resolve("client_setting.json");

        ClientSettings settings = loader.loadClient(file);

        assertThat(settings).isEqualTo(new ClientSettings("127.0.0.1", 52973, false, 0, Theme.LIGHT));
        assertThat(Files.readString(file)).isEqualTo("""
                {
                    "host": "127.0.0.1",
                    "port": 52973,
                    "multiple_selection": false,
                    "autosave": 0,
                    "theme": "light"
                }
                """);
        assertThat(loader.loadClient(file)).isEqualTo(settings);
    }

    @Test
    void theAnnotatorsNameIsReadAndWrittenBackWithTheOtherFields() throws IOException {
        Path file = write("""
                {"host": "10.0.0.2", "annotator": "  Ana  ", "tls_certificate": "certs/server.pem"}
                """);

        ClientSettings settings = loader.loadClient(file);
        loader.saveClient(file, settings.withEditable("10.0.0.3", 52973, false, 0, Theme.DARK));

        assertThat(settings.annotator()).isEqualTo("Ana");
        assertThat(loader.loadClient(file).annotator()).isEqualTo("Ana");
        assertThat(loader.loadClient(file).tlsCertificate()).isEqualTo(Path.of("certs/server.pem"));
        assertThat(Files.readString(file)).contains("\"annotator\": \"Ana\"");
    }

    @Test
    void aBlankAnnotatorIsRefusedNamingTheField() throws IOException {
        Path file = write("""
                {"annotator": "   "}
                """);

        assertThatThrownBy(() -> loader.loadClient(file)).hasMessageContaining("\"annotator\"");
    }

    @Test
    void readmeExampleKeepsItsAutosaveOfTen() throws IOException {
        ClientSettings settings = loader.loadClient(write("""
                {
                    "host": "127.0.0.1",
                    "port": 52973,
                    "multiple_selection": false,
                    "autosave": 10
                }
                """));

        assertThat(settings.autosave()).isEqualTo(10);
        assertThat(settings.theme()).isEqualTo(Theme.LIGHT);
    }

    @Test
    void absentAutosaveAsksForNoSavePerEdit() throws IOException {
        // Every change is durable on the server before it is acknowledged, which saves by itself.
        ClientSettings settings = loader.loadClient(write("""
                {"host": "10.0.0.2", "theme": "dark", "multiple_selection": true}
                """));

        assertThat(settings).isEqualTo(new ClientSettings("10.0.0.2", 52973, true, 0, Theme.DARK));
    }

    @Test
    void anExplicitAutosaveOfOneIsKept() throws IOException {
        assertThat(loader.loadClient(write("""
                {"autosave": 1}
                """)).autosave()).isEqualTo(1);
    }

    @Test
    void unknownThemeNamesFileFieldAndValue() throws IOException {
        Path file = write("""
                {"theme": "blue"}
                """);

        assertThatThrownBy(() -> loader.loadClient(file))
                .isInstanceOf(SettingsException.class)
                .hasMessage(file + ": field \"theme\" must be \"light\" or \"dark\", got \"blue\"");
    }

    @Test
    void negativeAutosaveNamesTheField() throws IOException {
        Path file = write("""
                {"autosave": -3}
                """);

        assertThatThrownBy(() -> loader.loadClient(file))
                .hasMessage(file + ": field \"autosave\" must be 0 or more, got -3");
    }

    @Test
    void numberForHostIsRejectedWithLineAndColumn() throws IOException {
        Path file = write("""
                {"host": 127}
                """);

        assertThatThrownBy(() -> loader.loadClient(file))
                .hasMessageStartingWith(file + ", line 1, column ")
                .hasMessageContaining("field \"host\" must be a string in double quotes");
    }

    @Test
    void portZeroIsOutOfRange() throws IOException {
        Path file = write("""
                {"port": 0}
                """);

        assertThatThrownBy(() -> loader.loadClient(file))
                .hasMessage(file + ": field \"port\" must be between 1 and 65535, got 0");
    }

    @Test
    void savedSettingsReadBackEqual() {
        Path file = dir.resolve("nested/client_setting.json");
        ClientSettings changed = new ClientSettings("192.168.1.4", 4000, true, 0, Theme.DARK);

        loader.saveClient(file, changed);

        assertThat(loader.loadClient(file)).isEqualTo(changed);
    }

    @Test
    void theServersAdminTokenIsReadForTheServerTab() throws IOException {
        ClientSettings settings = loader.loadClient(write("{\"admin_token\": \"adm\"}"));

        assertThat(settings.adminToken()).isEqualTo("adm");
        assertThat(loader.loadClient(write("{}")).adminToken()).isNull();
    }
}
