package dev.fitt.adapters.csv.journal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.fitt.ports.JournalException;
import dev.fitt.server.port.out.VersionBasePort;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class VersionBaseFileTest {
    @TempDir
    Path dir;

    @Test
    void theBaseLivesBesideTheOutputAndNoTemporaryFileStays() throws Exception {
        VersionBasePort store = FileJournals.versionBaseBeside(dir.resolve("out.csv"));
        Files.writeString(dir.resolve("out.csv.version-base.tmp"), "half written by a crashed run");

        store.record(42);

        try (var files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactly("out.csv.version-base");
        }
        assertThat(Files.readString(dir.resolve("out.csv.version-base"))).isEqualTo("42\n");
    }

    @Test
    void aDamagedFileIsAnErrorNamingItAndWhatItHolds() throws Exception {
        Files.writeString(dir.resolve("out.csv.version-base"), "12ab");
        VersionBasePort store = FileJournals.versionBaseBeside(dir.resolve("out.csv"));

        assertThatThrownBy(store::latest).isInstanceOf(JournalException.class)
                .hasMessageContaining(dir.resolve("out.csv.version-base").toString())
                .hasMessageContaining("\"12ab\"");
        Files.writeString(dir.resolve("out.csv.version-base"), Long.MAX_VALUE + "\n");
        assertThatThrownBy(store::latest).isInstanceOf(JournalException.class)
                .hasMessageContaining(dir.resolve("out.csv.version-base").toString())
                .hasMessageContaining("not a whole number 0..");
    }
}
