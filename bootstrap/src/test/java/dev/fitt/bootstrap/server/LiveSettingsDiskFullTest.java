package dev.fitt.bootstrap.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.inject.Guice;
import dev.fitt.adapters.socket.ClientConfig;
import dev.fitt.adapters.socket.SocketAdapter;
import dev.fitt.bootstrap.FittMain;
import dev.fitt.bootstrap.settings.ServerSettings;
import dev.fitt.bootstrap.settings.ServerSettingsFile;
import dev.fitt.bootstrap.settings.SettingsLoader;
import dev.fitt.client.port.out.ServerAdminPort;
import dev.fitt.client.port.out.ServerAdminPort.SettingApplied;
import dev.fitt.ports.ServerSetting;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * When server_setting.json cannot be written (a full disk), a live change still applies, and the
 * administrator is told it is not in the file and holds until the server stops (exit code 1).
 */
@Timeout(60)
class LiveSettingsDiskFullTest {
    @TempDir
    Path dir;

    @Test
    void aLiveChangeAppliesWhenTheSettingsFileCannotBeWrittenAndSaysSo() throws Exception {
        Files.writeString(dir.resolve("d.csv"), "clip_id,modality,file_path,tag_code_1\nc,front,a.jpg,\n");
        Files.writeString(dir.resolve("m.csv"), "code,alias\n1,Rain\n");
        Path file = dir.resolve("server_setting.json");
        String json = "{\"host\": \"127.0.0.1\", \"port\": 0, \"csv_dir\": \"d.csv\", \"meta_path\": \"m.csv\","
                + " \"csv_save_dir\": \"out\", \"admin_token\": \"adm\"}";
        Files.writeString(file, json);
        ServerSettings settings = new SettingsLoader().loadServer(file).resolvedAgainst(dir);
        ServerSettingsFile full = new ServerSettingsFile(file, (temp, bytes) -> {
            throw new IOException("No space left on device");
        });

        try (RunningTaggingServer server = Guice.createInjector(ServerModules.from(settings, dir))
                .getInstance(ServerApplication.class).start(ServerAdministration.of(settings, full));
                ServerAdminPort admin = SocketAdapter.administer(ClientConfig.of("127.0.0.1",
                        server.address().getPort(), Duration.ofSeconds(10)), "adm")) {
            SettingApplied applied = admin.set("autosave_seconds", "7");

            assertThat(applied.written()).isFalse();
            assertThat(applied.message()).contains("autosave_seconds: 30 -> 7, applies now, but it is NOT in",
                    "No space left on device", "it holds until the server stops");
            assertThat(admin.settings()).contains(new ServerSetting("autosave_seconds", "7", true));

            StringWriter out = new StringWriter();
            StringWriter err = new StringWriter();
            CommandLine fitt = FittMain.commandLine(CommandLine.defaultFactory());
            fitt.setOut(new PrintWriter(out, true));
            fitt.setErr(new PrintWriter(err, true));
            int code = fitt.execute("admin", "--port", String.valueOf(server.address().getPort()), "--admin-token",
                    "adm", "set", "max_connections", "9");
            assertThat(code).isEqualTo(1);
            assertThat(err.toString()).contains("max_connections: 1024 -> 9, applies now, but it is NOT in");
            assertThat(admin.settings()).contains(new ServerSetting("max_connections", "9", true));
        }
        assertThat(Files.readString(file)).isEqualTo(json);
    }
}
