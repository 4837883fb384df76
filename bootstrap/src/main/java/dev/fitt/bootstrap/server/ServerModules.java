package dev.fitt.bootstrap.server;

import com.google.inject.Module;
import dev.fitt.adapters.csv.CsvStoreConfig;
import dev.fitt.adapters.csv.ImageAccess;
import dev.fitt.adapters.socket.ServerTls;
import dev.fitt.adapters.socket.SocketServerConfig;
import dev.fitt.adapters.socket.TlsContexts;
import dev.fitt.bootstrap.modules.CorePolicyModule;
import dev.fitt.bootstrap.modules.CsvStorageModule;
import dev.fitt.bootstrap.modules.PostgresStorageModule;
import dev.fitt.bootstrap.modules.SocketServerModule;
import dev.fitt.bootstrap.settings.ServerSettings;
import dev.fitt.bootstrap.settings.SettingsException;
import dev.fitt.bootstrap.settings.ServerTuning;
import dev.fitt.domain.AutosavePolicy;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/** The modules of a server binary: CSV or PostgreSQL storage, the TCP server and the core's policies, from settings. */
public final class ServerModules {
    private ServerModules() {
    }

    /** @param settings resolved against {@code workingDirectory} already */
    public static List<Module> from(ServerSettings settings, Path workingDirectory) {
        ServerTuning tuning = settings.tuning();
        SocketServerConfig socket = SocketServerConfig.of(settings.host(), settings.port())
                .withMaxConnections(tuning.maxConnections())
                .withMaxConnectionsPerHost(tuning.maxConnectionsPerHost())
                .withMaxMessageBytes(tuning.maxMessageBytes())
                .withMaxRequestsInFlight(tuning.maxRequestsInFlight())
                .withMessageTimeout(Duration.ofSeconds(tuning.messageTimeoutSeconds()));
        if (tuning.accessToken() != null) {
            socket = socket.withAccessToken(tuning.accessToken());
        }
        if (tuning.tlsKeystore() != null) {
            socket = socket.withTls(checkedTls(new ServerTls(tuning.tlsKeystore(), tuning.tlsKeystorePassword())));
        }
        List<Module> modules = new ArrayList<>(core(settings, workingDirectory));
        modules.add(new SocketServerModule(socket));
        return modules;
    }

    /**
     * A keystore that is missing, not PKCS12 or has another password is a settings error for the user
     * to fix, found before anything starts rather than as a failure while the server opens its port.
     */
    private static ServerTls checkedTls(ServerTls tls) {
        try {
            TlsContexts.server(tls);
            return tls;
        } catch (IOException e) {
            throw new SettingsException("field \"tls_keystore\": " + e.getMessage(), SettingsException.BAD_SETTINGS, e);
        }
    }

    /** Where the CSV store reads and saves (also where a database-backed server exports to). */
    public static CsvStoreConfig csvStorage(ServerSettings settings) {
        return new CsvStoreConfig(settings.csvDir(), settings.metaPath(), settings.csvSaveDir(),
                settings.saveToSameFile(), settings.tuning().saveCpuPercent());
    }

    /** The core and its storage, without any network: what `fitt tag` runs in the client's process. */
    public static List<Module> core(ServerSettings settings, Path workingDirectory) {
        ServerTuning tuning = settings.tuning();
        CsvStoreConfig storage = csvStorage(settings);
        AutosavePolicy autosave = new AutosavePolicy(tuning.autosaveChanges(),
                Duration.ofSeconds(tuning.autosaveSeconds()));
        ImageAccess images = new ImageAccess(tuning.imageRoot(), tuning.allowImagesOutsideRoot());
        Module storageModule = settings.database()
                .<Module>map(database -> new PostgresStorageModule(storage, images, workingDirectory, database))
                .orElseGet(() -> new CsvStorageModule(storage, images, workingDirectory));
        return List.of(storageModule, new CorePolicyModule(autosave));
    }
}
