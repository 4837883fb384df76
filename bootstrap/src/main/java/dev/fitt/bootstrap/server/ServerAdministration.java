package dev.fitt.bootstrap.server;

import dev.fitt.adapters.socket.Administration;
import dev.fitt.adapters.socket.RunningServer;
import dev.fitt.adapters.socket.SocketAdapter;
import dev.fitt.adapters.socket.SocketServerConfig;
import dev.fitt.bootstrap.modules.SaveCpuShare;
import dev.fitt.bootstrap.settings.ServerSettings;
import dev.fitt.bootstrap.settings.ServerSettingsFile;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Whether and how a server answers its administrator ({@code fitt admin}, the client's Server tab):
 * on when the settings have an {@code admin_token}. Live changes are written back to the settings
 * file the server was started from, when there is one.
 */
public final class ServerAdministration {
    private static final Logger LOG = LoggerFactory.getLogger(ServerAdministration.class);

    private final ServerSettings settings;
    private final Optional<ServerSettingsFile> settingsFile;

    private ServerAdministration(ServerSettings settings, Optional<ServerSettingsFile> settingsFile) {
        this.settings = settings;
        this.settingsFile = settingsFile;
    }

    /** No administration: every admin request is refused, saying how to turn it on. */
    public static ServerAdministration off() {
        return new ServerAdministration(null, Optional.empty());
    }

    /**
     * @param settings     resolved already; administration is on when they have an admin token
     * @param settingsFile where they were read from: live changes are written back there
     */
    public static ServerAdministration of(ServerSettings settings, Optional<Path> settingsFile) {
        return new ServerAdministration(settings, settingsFile.map(ServerSettingsFile::new));
    }

    /** The same, writing through {@code file} (a test's full disk). */
    static ServerAdministration of(ServerSettings settings, ServerSettingsFile file) {
        return new ServerAdministration(settings, Optional.of(file));
    }

    /**
     * Starts the TCP server over {@code running}'s catalog, answering an administrator when
     * administration is on.
     */
    RunningServer serve(SocketServerConfig socket, RunningData running, SaveCpuShare saveShare) throws IOException {
        if (settings == null || settings.tuning().admin().adminToken() == null) {
            return SocketAdapter.startServer(socket, running.catalog());
        }
        LiveServerSettings live = new LiveServerSettings(settings, settingsFile, running, saveShare);
        RunningServer server = SocketAdapter.startServer(socket, running.catalog(),
                Administration.of(settings.tuning().admin().adminToken(), live, running.administration()));
        live.attach(server);
        LOG.info("administration is on (admin_token is set): fitt admin may read and change settings{}",
                settingsFile.map(file -> ", written back to " + file.path()).orElse(""));
        if (socket.tls().isEmpty() && !settings.host().startsWith("127.") && !settings.host().equals("localhost")) {
            LOG.warn("administration is on without TLS on {}: the admin token crosses the network in the clear;"
                    + " set \"tls_keystore\" for a team", settings.host());
        }
        return server;
    }

}
