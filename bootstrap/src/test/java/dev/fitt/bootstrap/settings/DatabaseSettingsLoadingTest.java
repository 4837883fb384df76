package dev.fitt.bootstrap.settings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DatabaseSettingsLoadingTest {
    private static final String BASE = """
            "csv_dir": "data/d.csv", "csv_save_dir": "out", "meta_path": "meta.csv"
            """;

    @TempDir
    Path dir;

    private Path write(String database) throws IOException {
        Path file = dir.resolve("server_setting.json");
        Files.writeString(file, "{" + BASE + (database == null ? "" : ", \"database\": " + database) + "}");
        return file;
    }

    private static SettingsLoader loaderWithEnvironment(Map<String, String> environment) {
        return new SettingsLoader(environment::get);
    }

    @Test
    void withoutDatabaseLabelsStayInCsv() throws IOException {
        assertThat(loaderWithEnvironment(Map.of()).loadServer(write(null)).database()).isEmpty();
    }

    @Test
    void theDatabaseIsReadWithItsPassword() throws IOException {
        ServerSettings settings = loaderWithEnvironment(Map.of()).loadServer(write(
                "{\"url\": \"jdbc:postgresql://db.example:5432/fitt\", \"user\": \"fitt\", \"password\": \"s3cret\"}"));

        assertThat(settings.database()).hasValue(
                new DatabaseSettings("jdbc:postgresql://db.example:5432/fitt", "fitt", "s3cret"));
        assertThat(settings.database().orElseThrow().toString()).doesNotContain("s3cret");
    }

    @Test
    void thePasswordMayComeFromTheEnvironment() throws IOException {
        ServerSettings settings = loaderWithEnvironment(Map.of("FITT_DATABASE_PASSWORD", "from-env")).loadServer(
                write("{\"url\": \"jdbc:postgresql://db:5432/fitt\", \"user\": \"fitt\"}"));

        assertThat(settings.database().orElseThrow().password()).isEqualTo("from-env");
    }

    @Test
    void readingOnlyTheAddressAndTokensNeedsNoDatabasePassword() throws IOException {
        // fitt admin on the server's machine reads its file for the port and tokens, never the database.
        Path file = write("{\"url\": \"jdbc:postgresql://db:5432/fitt\", \"user\": \"fitt\"}");

        assertThat(loaderWithEnvironment(Map.of()).loadServerIfPresent(file)).hasValueSatisfying(
                settings -> assertThat(settings.port()).isEqualTo(ServerSettings.DEFAULT_PORT));
    }

    @Test
    void aMissingPasswordNamesTheFieldAndTheVariable() throws IOException {
        Path file = write("{\"url\": \"jdbc:postgresql://db:5432/fitt\", \"user\": \"fitt\"}");

        assertThatThrownBy(() -> loaderWithEnvironment(Map.of()).loadServer(file))
                .isInstanceOf(SettingsException.class)
                .hasMessageContaining("\"database.password\"").hasMessageContaining("FITT_DATABASE_PASSWORD");
    }

    @Test
    void aUrlOfAnotherDatabaseNamesTheField() throws IOException {
        Path file = write("{\"url\": \"jdbc:mysql://db/fitt\", \"user\": \"fitt\", \"password\": \"p\"}");

        assertThatThrownBy(() -> loaderWithEnvironment(Map.of()).loadServer(file))
                .isInstanceOf(SettingsException.class)
                .hasMessageContaining("\"database.url\"").hasMessageContaining("jdbc:postgresql://");
    }

    @Test
    void aMissingUserNamesTheField() throws IOException {
        Path file = write("{\"url\": \"jdbc:postgresql://db/fitt\", \"password\": \"p\"}");

        assertThatThrownBy(() -> loaderWithEnvironment(Map.of()).loadServer(file))
                .isInstanceOf(SettingsException.class).hasMessageContaining("\"database.user\"");
    }
}
