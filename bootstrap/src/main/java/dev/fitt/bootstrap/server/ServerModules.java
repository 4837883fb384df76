package dev.fitt.bootstrap.server;

import com.google.inject.Module;
import dev.fitt.adapters.csv.CsvStoreConfig;
import dev.fitt.adapters.csv.ImageAccess;
import dev.fitt.adapters.socket.ServerTls;
import dev.fitt.adapters.socket.SocketServerConfig;
import dev.fitt.adapters.socket.TlsContexts;
import dev.fitt.bootstrap.modules.CsvStorageModule;
import dev.fitt.bootstrap.modules.PostgresStorageModule;
import dev.fitt.bootstrap.modules.ServerCoreModule;
import dev.fitt.bootstrap.modules.SocketServerModule;
import dev.fitt.bootstrap.settings.AccessSettings;
import dev.fitt.bootstrap.settings.ConnectionLimits;
import dev.fitt.bootstrap.settings.ImageSettings;
import dev.fitt.bootstrap.settings.SaveTuning;
import dev.fitt.bootstrap.settings.ServerSettings;
import dev.fitt.bootstrap.settings.SettingsException;
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
        ConnectionLimits limits = settings.tuning().limits();
        AccessSettings access = settings.tuning().access();
        SocketServerConfig socket = SocketServerConfig.of(settings.host(), settings.port())
                .withMaxConnections(limits.maxConnections())
                .withMaxConnectionsPerHost(limits.maxConnectionsPerHost())
                .withMaxMessageBytes(limits.maxMessageBytes())
                .withMaxRequestsInFlight(limits.maxRequestsInFlight())
                .withMessageTimeout(Duration.ofSeconds(limits.messageTimeoutSeconds()));
        if (access.accessToken() != null) {
            socket = socket.withAccessToken(access.accessToken());
        }
        if (access.tlsKeystore() != null) {
            socket = socket.withTls(checkedTls(new ServerTls(access.tlsKeystore(), access.tlsKeystorePassword())));
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
                settings.saveToSameFile(), settings.tuning().saving().saveCpuPercent());
    }

    /** The core and its storage, without any network: what `fitt tag` runs in the client's process. */
    public static List<Module> core(ServerSettings settings, Path workingDirectory) {
        SaveTuning saving = settings.tuning().saving();
        ImageSettings imageSettings = settings.tuning().images();
        CsvStoreConfig storage = csvStorage(settings);
        AutosavePolicy autosave = new AutosavePolicy(saving.autosaveChanges(),
                Duration.ofSeconds(saving.autosaveSeconds()));
        ImageAccess images = new ImageAccess(imageSettings.imageRoot(), imageSettings.allowImagesOutsideRoot());
        Module storageModule = settings.database()
                .<Module>map(database -> new PostgresStorageModule(storage, images, workingDirectory, database))
                .orElseGet(() -> new CsvStorageModule(storage, images, workingDirectory));
        return List.of(storageModule, new ServerCoreModule(autosave));
    }
}
