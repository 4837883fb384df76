package dev.fitt.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.Map;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** {@code fitt admin}'s command line: where the admin token comes from, help, and usage errors. */
class AdminCommandTest {
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int fitt(Map<String, String> environment, String... args) {
        CommandLine.IFactory defaults = CommandLine.defaultFactory();
        CommandLine.IFactory factory = new CommandLine.IFactory() {
            @Override
            public <K> K create(Class<K> type) throws Exception {
                return type == AdminCommand.class ? type.cast(new AdminCommand(environment::get)) : defaults.create(type);
            }
        };
        CommandLine commandLine = FittMain.commandLine(factory, args);
        commandLine.setOut(new PrintWriter(out, true));
        commandLine.setErr(new PrintWriter(err, true));
        return commandLine.execute(args);
    }

    @Test
    void withoutAnAdminTokenNothingIsTriedAndTheMessageSaysWhereToPutIt() {
        assertThat(fitt(Map.of(), "admin", "--port", "1", "stats")).isEqualTo(2);

        assertThat(err.toString()).contains("no admin token: give --admin-token, set FITT_ADMIN_TOKEN")
                .contains("\"admin_token\"");
    }

    @Test
    void theAdminTokenMayComeFromTheEnvironmentToStayOutOfTheShellHistory() {
        // Port 1 has no server: getting as far as connecting shows the token was taken.
        assertThat(fitt(Map.of("FITT_ADMIN_TOKEN", "from-env"), "admin", "--port", "1", "stats")).isEqualTo(1);

        assertThat(err.toString()).contains("cannot reach the tagging server at 127.0.0.1:1")
                .doesNotContain("no admin token");
    }

    @Test
    void everyVerbHasHelpAndNoVerbIsAUsageError() {
        for (String verb : new String[] {"settings", "set", "save", "stats", "datasets"}) {
            out.getBuffer().setLength(0);
            assertThat(fitt(Map.of(), "admin", verb, "--help")).as(verb).isZero();
            assertThat(out.toString()).as(verb).startsWith("Usage: fitt admin " + verb);
        }
        assertThat(fitt(Map.of(), "admin")).isEqualTo(2);
        assertThat(err.toString()).contains("Usage: fitt admin", "settings", "set", "save", "stats", "datasets");
    }

    @Test
    void adminHelpSaysWhatItsExitCodesMean() {
        assertThat(fitt(Map.of(), "admin", "--help")).isZero();

        assertThat(out.toString()).contains("FITT_ADMIN_TOKEN", "Exit status:", "refused");
    }

    @Test
    void aBrokenSettingsFileIsNotReadWhenTheCommandLineSaysEverythingItWouldGive(
            @org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) throws java.io.IOException {
        java.nio.file.Path file = java.nio.file.Files.writeString(dir.resolve("server_setting.json"), "{\"port\": ");
        String[] given = {"admin", "--config", file.toString(), "--host", "127.0.0.1", "--port", "1", "--admin-token",
            "adm1n", "--token", "t0ken", "stats"};

        // Port 1 has no server: getting as far as connecting shows the file was not needed.
        assertThat(fitt(Map.of(), given)).isEqualTo(1);
        assertThat(err.toString()).contains("cannot reach the tagging server at 127.0.0.1:1");

        // Something the file would give is missing: it is read, and its problem named.
        err.getBuffer().setLength(0);
        assertThat(fitt(Map.of(), "admin", "--config", file.toString(), "--port", "1", "--admin-token", "adm1n",
                "stats")).isEqualTo(2);
        assertThat(err.toString()).contains(file.toString());
    }

    @Test
    void aFileWhosePortIsAnyFreePortAsksForThePort(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir)
            throws java.io.IOException {
        java.nio.file.Path file = java.nio.file.Files.writeString(dir.resolve("server_setting.json"),
                "{\"csv_dir\": \"d.csv\", \"meta_path\": \"m.csv\", \"save_to_same_file\": true, \"port\": 0,"
                        + " \"admin_token\": \"adm1n\"}");

        assertThat(fitt(Map.of(), "admin", "--config", file.toString(), "stats")).isEqualTo(2);

        assertThat(err.toString()).contains(file.toString()).contains("\"port\"").contains("--port");
    }
}
