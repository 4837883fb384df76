package dev.fitt.bootstrap.settings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Writing one field back into server_setting.json: the rest of the file as it is now, atomically. */
class ServerSettingsFileTest {
    @TempDir
    Path dir;

    private Path write(String json) throws IOException {
        Path file = dir.resolve("server_setting.json");
        Files.writeString(file, json);
        return file;
    }

    @Test
    void oneFieldChangesAndEveryOtherFieldUnknownOnesAndTheOrderStay() throws IOException {
        Path file = write("""
                {"port": 0, "team_note": {"owner": "ops", "since": 2024}, "autosave_changes": 1000,
                 "csv_dir": "d.csv", "zz_last": [1, 2]}""");

        new ServerSettingsFile(file).set("autosave_changes", 5);

        assertThat(Files.readString(file)).isEqualTo("""
                {
                    "port": 0,
                    "team_note": {
                        "owner": "ops",
                        "since": 2024
                    },
                    "autosave_changes": 5,
                    "csv_dir": "d.csv",
                    "zz_last": [ 1, 2 ]
                }
                """);
    }

    @Test
    void aFieldTheFileDoesNotHaveYetGoesLast() throws IOException {
        Path file = write("{\"port\": 0, \"csv_dir\": \"d.csv\"}");

        new ServerSettingsFile(file).set("access_token", "n3w");

        assertThat(Files.readString(file)).isEqualTo("{\n    \"port\": 0,\n    \"csv_dir\": \"d.csv\",\n"
                + "    \"access_token\": \"n3w\"\n}\n");
    }

    @Test
    void anEditMadeByHandSinceTheStartIsKept() throws IOException {
        Path file = write("{\"port\": 0, \"autosave_seconds\": 30}");
        ServerSettingsFile settings = new ServerSettingsFile(file);
        Files.writeString(file, "{\"port\": 0, \"autosave_seconds\": 30, \"max_connections\": 64}");

        settings.set("autosave_seconds", 10);

        assertThat(Files.readString(file)).contains("\"max_connections\": 64", "\"autosave_seconds\": 10");
    }

    @Test
    void theFileKeepsItsPermissionsSinceItMayHoldTokens() throws IOException {
        Path file = write("{\"access_token\": \"secret\"}");
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));

        new ServerSettingsFile(file).set("access_token", "other");

        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
    }

    @Test
    void aFullDiskLeavesTheFileAsItWasAndNoTempFileBehind() throws IOException {
        Path file = write("{\"autosave_changes\": 1000}");
        ServerSettingsFile full = new ServerSettingsFile(file, (temp, bytes) -> {
            Files.write(temp, new byte[] {'{'});
            throw new IOException("No space left on device");
        });

        assertThatThrownBy(() -> full.set("autosave_changes", 5)).isInstanceOf(IOException.class)
                .hasMessage("No space left on device");

        assertThat(Files.readString(file)).isEqualTo("{\"autosave_changes\": 1000}");
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files).containsExactly(file);
        }
    }

    @Test
    void aFileThatIsNoLongerValidJsonIsNotOverwritten() throws IOException {
        Path file = write("{\"autosave_changes\": 1000,\n \"port\": }");

        assertThatThrownBy(() -> new ServerSettingsFile(file).set("autosave_changes", 5))
                .isInstanceOf(IOException.class).hasMessageContaining(file.getFileName().toString())
                .hasMessageContaining("line 2");
        assertThat(Files.readString(file)).isEqualTo("{\"autosave_changes\": 1000,\n \"port\": }");
    }
}
