package dev.fitt.bootstrap.settings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.InstanceOfAssertFactories.type;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ServerSettingsLoadingTest {

    private static final String README_EXAMPLE = """
            {
                "host": "0.0.0.0",
                "port": 52973,
                "csv_dir": "data/your_data.csv",
                "csv_save_dir": "data",
                "meta_path": "meta.csv",
                "save_to_same_file": false,
                "autosave_changes": 1000,
                "autosave_seconds": 30,
                "save_cpu_percent": 50,
                "max_connections": 1024,
                "max_connections_per_host": 256,
                "max_message_bytes": 1048576,
                "max_requests_in_flight": 1024,
                "message_timeout_seconds": 10,
                "allow_images_outside_root": false,
                "dataset_idle_minutes": 30.0
            }
            """;

    @TempDir
    Path dir;

    private final SettingsLoader loader = new SettingsLoader();

    private Path write(String json) throws IOException {
        Path file = dir.resolve("server_setting.json");
        Files.writeString(file, json);
        return file;
    }

    @Test
    void readmeExampleLoadsAsWritten() throws IOException {
        ServerSettings settings = loader.loadServer(write(README_EXAMPLE));

        assertThat(settings).isEqualTo(new ServerSettings("0.0.0.0", 52973,
                Path.of("data/your_data.csv"), Path.of("data"), Path.of("meta.csv"), false));
    }

    @Test
    void missingFileGetsTheReadmeTemplateAndStopsWithExitCodeTwo() throws IOException {
        Path file = dir.resolve("conf/server_setting.json");

        assertThatThrownBy(() -> loader.loadServer(file))
                .asInstanceOf(type(SettingsTemplateCreatedException.class))
                .satisfies(e -> {
                    assertThat(e.exitCode()).isEqualTo(2);
                    assertThat(e.file()).isEqualTo(file);
                    assertThat(e.getMessage()).contains(file.toString(), "\"csv_dir\"", "\"meta_path\"",
                            "\"csv_save_dir\"");
                });
        assertThat(Files.readString(file)).isEqualTo(README_EXAMPLE);
    }

    @Test
    void theTemplateHoldsEveryFieldThatHasADefaultWithIt() throws IOException {
        Path file = dir.resolve("server_setting.json");
        assertThatThrownBy(() -> loader.loadServer(file)).isInstanceOf(SettingsTemplateCreatedException.class);

        String template = Files.readString(file);
        assertThat(loader.loadServer(file).tuning()).isEqualTo(ServerTuning.defaults());
        // Every field that has a default is there with it; the ones whose absence means something are not.
        assertThat(template).contains("\"autosave_changes\": " + SaveTuning.DEFAULT_AUTOSAVE_CHANGES,
                "\"autosave_seconds\": " + SaveTuning.DEFAULT_AUTOSAVE_SECONDS,
                "\"save_cpu_percent\": " + SaveTuning.DEFAULT_SAVE_CPU_PERCENT,
                "\"max_connections\": " + ConnectionLimits.DEFAULT_MAX_CONNECTIONS,
                "\"max_connections_per_host\": " + ConnectionLimits.DEFAULT_MAX_CONNECTIONS_PER_HOST,
                "\"max_message_bytes\": " + ConnectionLimits.DEFAULT_MAX_MESSAGE_BYTES,
                "\"max_requests_in_flight\": " + ConnectionLimits.DEFAULT_MAX_REQUESTS_IN_FLIGHT,
                "\"message_timeout_seconds\": " + ConnectionLimits.DEFAULT_MESSAGE_TIMEOUT_SECONDS,
                "\"allow_images_outside_root\": false",
                "\"dataset_idle_minutes\": " + DatasetServing.DEFAULT_IDLE_MINUTES)
                .doesNotContain("access_token", "tls_keystore", "image_root", "database", "default_dataset");
    }

    @Test
    void absentOptionalFieldsTakeTheReadmeDefaults() throws IOException {
        ServerSettings settings = loader.loadServer(write("""
                {"csv_dir": "d.csv", "csv_save_dir": "out", "meta_path": "m.csv"}
                """));

        assertThat(settings.host()).isEqualTo("0.0.0.0");
        assertThat(settings.port()).isEqualTo(52973);
        assertThat(settings.saveToSameFile()).isFalse();
    }

    @Test
    void missingCsvDirNamesFileAndField() throws IOException {
        Path file = write("""
                {"csv_save_dir": "out", "meta_path": "m.csv"}
                """);

        assertThatThrownBy(() -> loader.loadServer(file))
                .isInstanceOf(SettingsException.class)
                .hasMessageContaining(file.toString())
                .hasMessageContaining("\"csv_dir\" is required")
                .extracting(e -> ((SettingsException) e).exitCode()).isEqualTo(2);
    }

    @Test
    void theDatasetSettingsLoadAndDefaultToTheFirstDatasetAndHalfAnHourIdle() throws IOException {
        ServerSettings set = loader.loadServer(write("""
                {"csv_dir": "data", "csv_save_dir": "out", "meta_path": "m.csv", "default_dataset": "day2",
                 "dataset_idle_minutes": 0.5}
                """));
        ServerSettings unset = loader.loadServer(write("""
                {"csv_dir": "data", "csv_save_dir": "out", "meta_path": "m.csv"}
                """));

        assertThat(set.datasets().defaultDatasetIfSet()).contains("day2");
        assertThat(set.datasets().idle()).isEqualTo(java.time.Duration.ofSeconds(30));
        assertThat(unset.datasets()).isEqualTo(DatasetServing.defaults());
        assertThat(unset.datasets().idle()).isEqualTo(java.time.Duration.ofMinutes(30));
    }

    @Test
    void anIdleTimeOfZeroOrAnEmptyDefaultDatasetNamesTheField() throws IOException {
        Path zero = write("""
                {"csv_dir": "data", "csv_save_dir": "out", "meta_path": "m.csv", "dataset_idle_minutes": 0}
                """);
        assertThatThrownBy(() -> loader.loadServer(zero)).isInstanceOf(SettingsException.class)
                .hasMessageContaining("\"dataset_idle_minutes\" must be a number above 0");
        Path empty = write("""
                {"csv_dir": "data", "csv_save_dir": "out", "meta_path": "m.csv", "default_dataset": " "}
                """);
        assertThatThrownBy(() -> loader.loadServer(empty)).isInstanceOf(SettingsException.class)
                .hasMessageContaining("\"default_dataset\" must not be empty");
    }

    @Test
    void missingMetaPathNamesFileAndField() throws IOException {
        Path file = write("""
                {"csv_dir": "d.csv", "csv_save_dir": "out"}
                """);

        assertThatThrownBy(() -> loader.loadServer(file))
                .hasMessageContaining(file.toString())
                .hasMessageContaining("\"meta_path\" is required");
    }

    @Test
    void saveDirIsRequiredOnlyWhenNotSavingToTheSameFile() throws IOException {
        Path withoutSaveDir = write("""
                {"csv_dir": "d.csv", "meta_path": "m.csv"}
                """);
        assertThatThrownBy(() -> loader.loadServer(withoutSaveDir))
                .hasMessageContaining("\"csv_save_dir\" is required when \"save_to_same_file\" is false");

        ServerSettings inPlace = loader.loadServer(write("""
                {"csv_dir": "d.csv", "meta_path": "m.csv", "save_to_same_file": true}
                """));
        assertThat(inPlace.csvSaveDirIfSet()).isEmpty();
        assertThat(inPlace.saveTarget()).isEqualTo(Path.of("d.csv"));
    }

    @Test
    void portGivenAsTextNamesFieldLineAndColumn() throws IOException {
        Path file = write("""
                {
                    "csv_dir": "d.csv",
                    "port": "abc",
                    "csv_save_dir": "out",
                    "meta_path": "m.csv"
                }
                """);

        assertThatThrownBy(() -> loader.loadServer(file))
                .asInstanceOf(type(SettingsException.class))
                .satisfies(e -> {
                    assertThat(e.exitCode()).isEqualTo(2);
                    assertThat(e.getMessage()).isEqualTo(
                            file + ", line 3, column 13: field \"port\" must be a whole number, got \"abc\"");
                });
    }

    @Test
    void fractionalPortIsRejectedNotTruncated() throws IOException {
        Path file = write("""
                {"csv_dir": "d.csv", "csv_save_dir": "out", "meta_path": "m.csv", "port": 5297.5}
                """);

        assertThatThrownBy(() -> loader.loadServer(file))
                .hasMessageStartingWith(file + ", line 1, column ")
                .hasMessageContaining("field \"port\" must be a whole number");
    }

    @Test
    void portOutsideTheValidRangeNamesFileAndField() throws IOException {
        Path file = write("""
                {"csv_dir": "d.csv", "csv_save_dir": "out", "meta_path": "m.csv", "port": 70000}
                """);

        assertThatThrownBy(() -> loader.loadServer(file))
                .hasMessage(file + ": field \"port\" must be between 0 and 65535, got 70000")
                .extracting(e -> ((SettingsException) e).exitCode()).isEqualTo(2);
    }

    @Test
    void textForABooleanNamesTheField() throws IOException {
        Path file = write("""
                {"csv_dir": "d.csv", "csv_save_dir": "out", "meta_path": "m.csv", "save_to_same_file": "yes"}
                """);

        assertThatThrownBy(() -> loader.loadServer(file))
                .hasMessageContaining(file + ", line 1, column ")
                .hasMessageContaining("field \"save_to_same_file\" must be true or false, got \"yes\"");
    }

    @Test
    void invalidJsonNamesFileLineAndColumn() throws IOException {
        Path file = write("""
                {
                    "csv_dir": "d.csv",
                    "meta_path": "m.csv",
                }
                """);

        assertThatThrownBy(() -> loader.loadServer(file))
                .asInstanceOf(type(SettingsException.class))
                .satisfies(e -> {
                    assertThat(e.exitCode()).isEqualTo(2);
                    assertThat(e.getMessage()).startsWith(file + ", line 4, column 1: invalid JSON: ");
                });
    }

    @Test
    void emptyFileSaysSo() throws IOException {
        Path file = write("  \n");

        assertThatThrownBy(() -> loader.loadServer(file))
                .hasMessage(file + ": file is empty, expected a JSON object");
    }

    @Test
    void aListInsteadOfAnObjectSaysAnObjectIsExpected() throws IOException {
        Path file = write("[1, 2]");

        assertThatThrownBy(() -> loader.loadServer(file))
                .hasMessageStartingWith(file + ", line 1, column 1: expected a JSON object");
    }

    @Test
    void relativePathsResolveAgainstTheWorkingDirectoryAndAbsoluteOnesStay() throws IOException {
        Path absoluteMeta = dir.resolve("meta.csv");
        ServerSettings settings = loader.loadServer(write("""
                {"csv_dir": "data/../data/d.csv", "csv_save_dir": "out", "meta_path": "%s"}
                """.formatted(absoluteMeta)));
        Path workingDirectory = dir.resolve("work");

        ServerSettings resolved = settings.resolvedAgainst(workingDirectory);

        assertThat(resolved.csvDir()).isEqualTo(workingDirectory.resolve("data/d.csv"));
        assertThat(resolved.csvSaveDir()).isEqualTo(workingDirectory.resolve("out"));
        assertThat(resolved.metaPath()).isEqualTo(absoluteMeta);
    }

    @Test
    void labelledCopyIsNamedLikeTheOriginalDoes() {
        ServerSettings settings = new ServerSettings("h", 1, Path.of("data/clips.v2.csv"), Path.of("out"),
                Path.of("m.csv"), false);

        assertThat(settings.saveTarget()).isEqualTo(Path.of("out/clips.v2__labelled__.csv"));
    }

    @Test
    void fittsAdditionsTakeSafeDefaultsWhenAbsent() throws IOException {
        ServerSettings settings = loader.loadServer(write(README_EXAMPLE));

        assertThat(settings.tuning()).isEqualTo(ServerTuning.defaults());
    }

    @Test
    void fittsAdditionsAreReadAndResolved() throws IOException {
        ServerSettings settings = loader.loadServer(write("""
                {"csv_dir": "d.csv", "csv_save_dir": "out", "meta_path": "m.csv", "autosave_changes": 50,
                 "autosave_seconds": 5, "save_cpu_percent": 80, "max_connections": 8, "max_message_bytes": 4096,
                 "max_requests_in_flight": 16, "message_timeout_seconds": 3, "access_token": "t0k",
                 "tls_keystore": "keys/fitt.p12", "tls_keystore_password": "pw", "max_connections_per_host": 4}
                """)).resolvedAgainst(dir);

        assertThat(settings.tuning()).isEqualTo(new ServerTuning(new SaveTuning(50, 5, 80),
                new ConnectionLimits(8, 4, 4096, 16, 3), new AccessSettings("t0k", dir.resolve("keys/fitt.p12"), "pw"),
                ImageSettings.underTheDataFolder()));
    }

    @Test
    void theImageRootAndLeaveToServeOutsideItAreReadAndResolved() throws IOException {
        ServerSettings settings = loader.loadServer(write("""
                {"csv_dir": "d.csv", "csv_save_dir": "out", "meta_path": "m.csv", "image_root": "../pictures",
                 "allow_images_outside_root": true}
                """)).resolvedAgainst(dir.resolve("work"));

        assertThat(settings.tuning().images().imageRoot()).isEqualTo(dir.resolve("pictures"));
        assertThat(settings.tuning().images().allowImagesOutsideRoot()).isTrue();
        assertThat(ServerTuning.defaults().images().imageRoot()).as("default: the data CSV's folder").isNull();
        assertThat(ServerTuning.defaults().images().allowImagesOutsideRoot()).isFalse();
    }

    @Test
    void anEmptyImageRootOrALeaveOfTheWrongTypeNamesFileAndField() throws IOException {
        Path empty = write("""
                {"csv_dir": "d.csv", "csv_save_dir": "out", "meta_path": "m.csv", "image_root": " "}
                """);
        assertThatThrownBy(() -> loader.loadServer(empty)).isInstanceOf(SettingsException.class)
                .hasMessage(empty + ": field \"image_root\" must not be empty");

        Path wrongType = write("""
                {"csv_dir": "d.csv", "csv_save_dir": "out", "meta_path": "m.csv", "allow_images_outside_root": "no"}
                """);
        assertThatThrownBy(() -> loader.loadServer(wrongType)).isInstanceOf(SettingsException.class)
                .hasMessageContaining("field \"allow_images_outside_root\" must be true or false, got \"no\"");
    }

    @Test
    void aSaveCpuShareOutsideItsRangeNamesFileAndField() throws IOException {
        Path file = write("""
                {"csv_dir": "d.csv", "csv_save_dir": "out", "meta_path": "m.csv", "save_cpu_percent": 5}
                """);

        assertThatThrownBy(() -> loader.loadServer(file)).isInstanceOf(SettingsException.class)
                .hasMessage(file + ": field \"save_cpu_percent\" must be 10..100, got 5");
    }

    @Test
    void aKeystoreWithoutPasswordNamesTheMissingField() throws IOException {
        Path file = write("""
                {"csv_dir": "d.csv", "csv_save_dir": "out", "meta_path": "m.csv", "tls_keystore": "k.p12"}
                """);

        assertThatThrownBy(() -> loader.loadServer(file)).isInstanceOf(SettingsException.class)
                .hasMessage(file + ": field \"tls_keystore_password\" is required when \"tls_keystore\" is set");
    }

    @Test
    void aLimitOfTheWrongTypeNamesTheField() throws IOException {
        Path file = write("""
                {"csv_dir": "d.csv", "csv_save_dir": "out", "meta_path": "m.csv", "max_connections": "many"}
                """);

        assertThatThrownBy(() -> loader.loadServer(file)).isInstanceOf(SettingsException.class)
                .hasMessageContaining("field \"max_connections\" must be a whole number");
    }

    @Test
    void aNegativeAutosaveIsRefused() throws IOException {
        Path file = write("""
                {"csv_dir": "d.csv", "csv_save_dir": "out", "meta_path": "m.csv", "autosave_changes": -1}
                """);

        assertThatThrownBy(() -> loader.loadServer(file)).isInstanceOf(SettingsException.class)
                .hasMessage(file + ": field \"autosave_changes\" must be at least 0, got -1");
    }

    @Test
    void theAdminTokenAndDefaultDatasetAreReadAndABlankAdminTokenNamesItsField() throws IOException {
        ServerSettings settings = loader.loadServer(write("""
                {"csv_dir": "d.csv", "csv_save_dir": "out", "meta_path": "m.csv", "admin_token": "adm",
                 "default_dataset": "day2"}
                """));

        assertThat(settings.tuning().admin().adminToken()).isEqualTo("adm");
        // One default_dataset: the dataset serving's, which a live change also sets.
        assertThat(settings.datasets().defaultDatasetIfSet()).contains("day2");
        assertThat(settings.withLive("default_dataset", "day3").datasets().defaultDatasetIfSet()).contains("day3");
        assertThat(settings.withLive("default_dataset", "day3").datasets().idleMinutes())
                .isEqualTo(settings.datasets().idleMinutes());
        assertThatThrownBy(() -> settings.withLive("default_dataset", " ")).hasMessageContaining(
                "field \"default_dataset\" must not be empty");
        assertThatThrownBy(() -> loader.loadServer(write("""
                {"csv_dir": "d.csv", "csv_save_dir": "out", "meta_path": "m.csv", "admin_token": " "}
                """))).isInstanceOf(SettingsException.class).hasMessageContaining("field \"admin_token\"");
    }

    @Test
    void aLiveChangeIsCheckedAsAtStartNamingTheField() {
        ServerTuning tuning = ServerTuning.defaults();

        assertThat(tuning.withLive("autosave_changes", " 5 ").saving().autosaveChanges()).isEqualTo(5);
        assertThat(tuning.withLive("access_token", "t").access().accessToken()).isEqualTo("t");
        assertThatThrownBy(() -> tuning.withLive("save_cpu_percent", "5")).hasMessage(
                "field \"save_cpu_percent\" must be 10..100, got 5");
        assertThatThrownBy(() -> tuning.withLive("max_connections", "lots")).hasMessage(
                "field \"max_connections\" must be a whole number, got \"lots\"");
        assertThatThrownBy(() -> tuning.withLive("access_token", "x".repeat(201)))
                .hasMessageContaining("field \"access_token\" must be at most 200 bytes");
        assertThatThrownBy(() -> tuning.withLive("max_message_bytes", "9000")).hasMessage(
                "field \"max_message_bytes\" cannot change while the server runs");
    }
}
