package dev.fitt.bootstrap.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.inject.Guice;
import dev.fitt.adapters.postgres.EmbeddedDatabase;
import dev.fitt.adapters.postgres.PostgresConfig;
import dev.fitt.adapters.postgres.PostgresDatabase;
import dev.fitt.bootstrap.FittMain;
import dev.fitt.bootstrap.server.CoreApplication;
import dev.fitt.bootstrap.server.RunningCore;
import dev.fitt.bootstrap.server.ServerModules;
import dev.fitt.bootstrap.settings.DatabaseSettings;
import dev.fitt.bootstrap.settings.ServerSettings;
import dev.fitt.bootstrap.settings.SaveTuning;
import dev.fitt.bootstrap.settings.ServerTuning;
import dev.fitt.domain.Editor;
import dev.fitt.domain.TagChange;
import dev.fitt.domain.TagValue;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A dataset imported into PostgreSQL, tagged there and exported gives, byte for byte, the CSV a
 * CSV-only server writes after the same changes: header, row order, other columns, quoting, line
 * ends, True/False/empty.
 */
class PostgresExportTest {
    private static EmbeddedDatabase server;

    @TempDir
    Path dir;

    @BeforeAll
    static void start() {
        server = EmbeddedDatabase.start();
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    /** Leaves some rows as the data CSV labelled them, so the import's labels count too. */
    private static final List<TagChange> CHANGES = List.of(
            new TagChange(1, 2, List.of(TagValue.TRUE, TagValue.FALSE, TagValue.UNSET)),
            TagChange.ofRow(3, List.of(TagValue.FALSE, TagValue.FALSE, TagValue.TRUE)),
            TagChange.ofRow(1, List.of(TagValue.UNSET, TagValue.TRUE, TagValue.TRUE)));

    @Test
    void aGroupedDatasetExportsAsTheCsvStoreSavesIt() throws Exception {
        GroupedDataset data = GroupedDataset.write(dir.resolve("data"), 3, 4);

        assertExportMatchesCsv(data.dataCsv, data.metaCsv, CHANGES);
    }

    @Test
    void bomCrlfQuotedCellsAndLabelsAlreadySetExportAsTheCsvStoreSavesThem() throws Exception {
        Path folder = Files.createDirectories(dir.resolve("odd"));
        Path data = folder.resolve("odd.csv");
        Files.writeString(data, "\uFEFFclip_id,modality,file_path,tag_code_100,note,tag_code_200,tag_code_300\r\n"
                + "1,front,\"images/a,1.jpg\",True,\"say \"\"hi\"\"\",,False\r\n"
                + "1,rear,images/b.jpg,,\"two\r\nlines\",True,\r\n"
                + "2,front,images/c.jpg,False,plain,,\r\n"
                + "2,front,images/d.jpg,,,,\r\n"
                + "3,front,images/e.jpg,True,x,True,True\r\n", StandardCharsets.UTF_8);
        Path meta = folder.resolve("meta.csv");
        Files.writeString(meta, "code,alias\n100,Clear\n200,Rainy\n300,Night\n");

        assertExportMatchesCsv(data, meta, CHANGES);
    }

    /**
     * Several servers may share the database, so who made each change is recorded in the rows as it
     * is committed; `fitt export --provenance` reads it there (issues 13, 15).
     */
    @Test
    void exportWithProvenanceNamesWhoLabelledAndReviewedEachRowFromTheDatabase() throws Exception {
        GroupedDataset data = GroupedDataset.write(dir.resolve("data"), 2, 2);
        PostgresConfig database = server.newDatabase();
        Path pgOut = dir.resolve("pg-out");
        ServerSettings onPostgres = settings(data.dataCsv, data.metaCsv, pgOut,
                new DatabaseSettings(database.url(), database.user(), database.password()));
        List<TagValue> yes = List.of(TagValue.TRUE, TagValue.FALSE, TagValue.UNSET);
        CoreApplication core = Guice.createInjector(ServerModules.core(onPostgres, dir)).getInstance(CoreApplication.class);
        try (RunningCore running = core.start()) {
            long version = running.core().tagging().tag(new TagChange(0, 2, yes), new Editor("one", "Ana"));
            running.core().tagging().correct(TagChange.ofRow(1, List.of(TagValue.FALSE, TagValue.FALSE,
                    TagValue.TRUE)), version, new Editor("two", "Ben"));
        }

        int exit = FittMain.run("export", "--provenance", "--config",
                writeJson(data.dataCsv, data.metaCsv, pgOut, database).toString());

        assertThat(exit).isZero();
        List<String> lines = Files.readAllLines(pgOut.resolve("drive__labelled__.provenance-export.csv"));
        assertThat(lines.get(0)).endsWith(",labelled_by,labelled_at,reviewed_by,review");
        assertThat(lines.get(1 + data.fileRow(0))).matches(".*,True,False,,Ana,20[0-9-]+T[0-9:.]+Z,,$");
        assertThat(lines.get(1 + data.fileRow(1))).matches(".*,False,False,True,Ana,20[0-9-]+T[0-9:.]+Z,Ben,corrected$");
        assertThat(lines.get(1 + data.fileRow(2))).matches(".*,Ana,20[0-9-]+T[0-9:.]+Z,,$");
        assertThat(lines.get(1 + data.fileRow(3))).endsWith(",,,,,,");
        assertThat(lines).hasSize(1 + data.rows);
    }

    private void assertExportMatchesCsv(Path dataCsv, Path metaCsv, List<TagChange> changes) throws Exception {
        Path csvOut = dir.resolve("csv-out");
        Path pgOut = dir.resolve("pg-out");
        PostgresConfig database = server.newDatabase();
        ServerSettings csvOnly = settings(dataCsv, metaCsv, csvOut, null);
        ServerSettings onPostgres = settings(dataCsv, metaCsv, pgOut,
                new DatabaseSettings(database.url(), database.user(), database.password()));
        tagAndSave(csvOnly, changes);
        tagAndSave(onPostgres, changes);
        Path expected = csvOut.resolve(labelled(dataCsv));
        Path exported = pgOut.resolve(labelled(dataCsv));
        Files.delete(exported);

        int exit = FittMain.run("export", "--config", writeJson(dataCsv, metaCsv, pgOut, database).toString());

        assertThat(exit).isZero();
        assertThat(Files.readAllBytes(exported)).as("exported CSV").isEqualTo(Files.readAllBytes(expected));
        try (PostgresDatabase labels = PostgresDatabase.open(database)) {
            assertThat(labels.holds(dataCsv.getFileName().toString())).isTrue();
        }
    }

    private static String labelled(Path dataCsv) {
        String name = dataCsv.getFileName().toString();
        return name.substring(0, name.lastIndexOf('.')) + "__labelled__.csv";
    }

    private static ServerSettings settings(Path dataCsv, Path metaCsv, Path saveDir, DatabaseSettings database) {
        ServerTuning tuning = ServerTuning.defaults()
                .withSaving(new SaveTuning(0, 0, SaveTuning.DEFAULT_SAVE_CPU_PERCENT));
        return new ServerSettings("127.0.0.1", 0, dataCsv, saveDir, metaCsv, false, tuning, database);
    }

    private void tagAndSave(ServerSettings settings, List<TagChange> changes) throws Exception {
        CoreApplication core = Guice.createInjector(ServerModules.core(settings, dir)).getInstance(CoreApplication.class);
        try (RunningCore running = core.start()) {
            for (TagChange change : changes) {
                running.core().tagging().tag(change);
            }
        }
    }

    private Path writeJson(Path dataCsv, Path metaCsv, Path saveDir, PostgresConfig database) throws Exception {
        Path file = dir.resolve("pg-settings.json");
        Files.writeString(file, "{\"host\": \"127.0.0.1\", \"port\": 0, \"csv_dir\": \"" + dataCsv
                + "\", \"csv_save_dir\": \"" + saveDir + "\", \"meta_path\": \"" + metaCsv
                + "\", \"database\": {\"url\": \"" + database.url() + "\", \"user\": \"" + database.user()
                + "\", \"password\": \"" + database.password() + "\"}}");
        return file;
    }
}
