package dev.fitt.bootstrap.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.fitt.adapters.socket.ClientConfig;
import dev.fitt.bootstrap.settings.ClientSettings;
import dev.fitt.bootstrap.settings.SettingsLoader;
import dev.fitt.client.port.out.ClientPreferences;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JsonClientPreferencesTest {
    @TempDir
    Path dir;

    private final SettingsLoader loader = new SettingsLoader();

    @Test
    void theSettingsDialogRewritesTheFileAndKeepsTokenAndCertificate() throws IOException {
        Path file = dir.resolve("client_setting.json");
        Files.writeString(file, """
                {"host": "10.1.2.3", "port": 6000, "access_token": "s3cret", "tls_certificate": "certs/fitt.pem"}
                """);
        JsonClientPreferences preferences = new JsonClientPreferences(file, loader);

        preferences.save(new ClientPreferences("127.0.0.1", 52973, true, 5, ClientPreferences.Theme.DARK));

        ClientSettings saved = loader.loadClient(file);
        assertThat(saved.multipleSelection()).isTrue();
        assertThat(saved.autosave()).isEqualTo(5);
        assertThat(saved.accessToken()).isEqualTo("s3cret");
        assertThat(saved.tlsCertificate()).isEqualTo(Path.of("certs/fitt.pem"));
        assertThat(preferences.load().theme()).isEqualTo(ClientPreferences.Theme.DARK);
    }

    @Test
    void theLastDatasetChosenIsRememberedAndTheFileKeepsEverythingElse() throws IOException {
        Path file = dir.resolve("client_setting.json");
        Files.writeString(file, """
                {"host": "10.1.2.3", "port": 6000, "access_token": "s3cret", "theme": "dark"}
                """);
        JsonClientPreferences preferences = new JsonClientPreferences(file, loader);
        assertThat(preferences.lastDataset()).isEmpty();

        preferences.rememberDataset("day2");

        assertThat(preferences.lastDataset()).contains("day2");
        assertThat(Files.readString(file)).contains("\"last_dataset\": \"day2\"", "\"access_token\": \"s3cret\"",
                "\"host\": \"10.1.2.3\"");
        preferences.save(new ClientPreferences("10.1.2.3", 6000, false, 0, ClientPreferences.Theme.LIGHT));
        assertThat(preferences.lastDataset()).as("kept by the settings dialog").contains("day2");
    }

    @Test
    void theSettingsDialogRenamesTheAnnotatorAndAnEmptyNameKeepsTheFilesName() throws IOException {
        Path file = dir.resolve("client_setting.json");
        Files.writeString(file, """
                {"host": "10.1.2.3", "port": 6000, "annotator": "Ana"}
                """);
        JsonClientPreferences preferences = new JsonClientPreferences(file, loader);

        preferences.save(new ClientPreferences("10.1.2.3", 6000, false, 0, ClientPreferences.Theme.LIGHT, "Bea"));
        assertThat(loader.loadClient(file).annotator()).isEqualTo("Bea");
        assertThat(preferences.load().annotator()).isEqualTo("Bea");

        preferences.save(new ClientPreferences("10.1.2.3", 6000, false, 0, ClientPreferences.Theme.LIGHT));
        assertThat(loader.loadClient(file).annotator()).as("no name given: the file's stays").isEqualTo("Bea");
    }

    @Test
    void tokenAndCertificateReachTheConnection() throws IOException {
        Path file = dir.resolve("client_setting.json");
        Files.writeString(file, """
                {"access_token": "s3cret", "tls_certificate": "fitt.pem"}
                """);

        ClientConfig config = ClientConnection.from(loader.loadClient(file).resolvedAgainst(dir));

        assertThat(config.accessToken()).contains("s3cret");
        assertThat(config.tls()).hasValueSatisfying(tls -> assertThat(tls.trusted()).isEqualTo(dir.resolve("fitt.pem")));
    }

    @Test
    void anEmptyTokenIsRefusedNamingTheField() throws IOException {
        Path file = dir.resolve("client_setting.json");
        Files.writeString(file, "{\"access_token\": \" \"}");

        assertThatThrownBy(() -> loader.loadClient(file)).hasMessageContaining(file.toString())
                .hasMessageContaining("\"access_token\" must not be empty");
    }
}
