package dev.fitt.bootstrap.modules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.fitt.adapters.csv.CsvStoreConfig;
import dev.fitt.adapters.csv.OutputLock;
import dev.fitt.adapters.postgres.EmbeddedDatabase;
import dev.fitt.adapters.postgres.PostgresConfig;
import dev.fitt.adapters.postgres.PostgresDatabase;
import dev.fitt.domain.LabelsSnapshot;
import dev.fitt.server.port.out.DatasetFixture;
import dev.fitt.server.port.out.StoredDataset;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** Two servers' stores of one database dataset: one writes the export, the other says who does. */
@Timeout(60)
class ExportingStoreTest {
    @TempDir
    Path dir;

    @Test
    void theServerWithoutTheExportTurnWritesNothingAndSaysAnotherServerWritesIt() throws Exception {
        DatasetFixture fixture = DatasetFixture.small();
        try (EmbeddedDatabase postgres = EmbeddedDatabase.start()) {
            PostgresConfig config = postgres.newDatabase();
            try (PostgresDatabase a = PostgresDatabase.open(config); PostgresDatabase b = PostgresDatabase.open(config)) {
                a.importIfAbsent("d.csv", new StoredDataset(fixture.tags(), fixture.rows(), fixture.labels(), "f", "d.csv"));
                AtomicInteger writtenByA = new AtomicInteger();
                AtomicInteger writtenByB = new AtomicInteger();
                try (ExportingStore first = store("d.csv", a, "a", writtenByA);
                     ExportingStore second = store("d.csv", b, "b", writtenByB)) {
                    LabelsSnapshot labels = first.load().labels();

                    first.save(labels);
                    second.save(labels);

                    assertThat(writtenByA).hasValue(1);
                    assertThat(first.leftToAnother()).isEmpty();
                    assertThat(writtenByB).as("only the turn's holder writes the CSV").hasValue(0);
                    assertThat(second.leftToAnother()).hasValueSatisfying(who -> assertThat(who)
                            .contains("another server of dataset d.csv", "export turn"));
                }
            }
        }
    }

    private ExportingStore store(String name, PostgresDatabase database, String folder, AtomicInteger written) {
        CsvStoreConfig csv = new CsvStoreConfig(dir.resolve("data.csv"), dir.resolve("meta.csv"), dir.resolve(folder),
                false);
        return new ExportingStore(name, () -> database, csv, labels -> written.incrementAndGet(), OutputLock.none());
    }
}
