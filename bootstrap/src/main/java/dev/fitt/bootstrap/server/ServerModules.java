package dev.fitt.bootstrap.server;

import com.google.inject.Module;
import dev.fitt.adapters.csv.CsvFolderConfig;
import dev.fitt.adapters.csv.CsvStoreConfig;
import dev.fitt.adapters.csv.ImageAccess;
import dev.fitt.adapters.socket.ServerTls;
import dev.fitt.adapters.socket.SocketServerConfig;
import dev.fitt.adapters.socket.TlsContexts;
import dev.fitt.bootstrap.modules.CsvStorageModule;
import dev.fitt.bootstrap.modules.PostgresStorageModule;
import dev.fitt.bootstrap.modules.SaveCpuShare;
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
import java.nio.file.Files;
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
        List<Module> modules = new ArrayList<>(servedData(settings, workingDirectory));
        modules.add(new SocketServerModule(socket));
        return modules;
    }

    /** True when {@code csv_dir} names a folder of data CSVs, each a dataset, rather than one data file. */
    public static boolean servesFolder(ServerSettings settings) {
        return Files.isDirectory(settings.csvDir());
    }

    private static List<Module> servedData(ServerSettings settings, Path workingDirectory) {
        if (!servesFolder(settings)) {
            List<Module> modules = new ArrayList<>(core(settings, workingDirectory));
            String name = datasetName(settings.csvDir());
            modules.add(binder -> {
                binder.bind(ServedData.class).to(SingleFileData.class);
                binder.bindConstant().annotatedWith(DatasetName.class).to(name);
            });
            return modules;
        }
        SaveTuning saving = settings.tuning().saving();
        ImageSettings images = settings.tuning().images();
        CsvFolderConfig folder = new CsvFolderConfig(settings.csvDir(), settings.metaPath(), settings.csvSaveDir(),
                settings.saveToSameFile(), saving.saveCpuPercent(),
                new ImageAccess(images.imageRoot(), images.allowImagesOutsideRoot()));
        SaveCpuShare saveShare = new SaveCpuShare(saving.saveCpuPercent());
        // With a database, the datasets are those in it; the folder's data CSVs it lacks are imported at start.
        ServedData data = settings.database()
                .<ServedData>map(database -> new DatabaseFolderData(database, folder, workingDirectory,
                        autosave(saving), settings.datasets()))
                .orElseGet(() -> new DatasetFolderData(folder, workingDirectory, autosave(saving),
                        settings.datasets(), saveShare));
        return List.of(binder -> {
            binder.bind(ServedData.class).toInstance(data);
            binder.bind(SaveCpuShare.class).toInstance(saveShare);
        });
    }

    /** A data file's dataset goes by its file name without the extension, as its output does. */
    private static String datasetName(Path dataCsv) {
        String name = dataCsv.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }

    private static AutosavePolicy autosave(SaveTuning saving) {
        return new AutosavePolicy(saving.autosaveChanges(), Duration.ofSeconds(saving.autosaveSeconds()));
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
        if (servesFolder(settings)) {
            throw new SettingsException("field \"csv_dir\" names a folder of datasets (" + settings.csvDir()
                    + "); this command works on one data file: name it in \"csv_dir\"", SettingsException.BAD_SETTINGS);
        }
        SaveTuning saving = settings.tuning().saving();
        ImageSettings imageSettings = settings.tuning().images();
        CsvStoreConfig storage = csvStorage(settings);
        AutosavePolicy autosave = autosave(saving);
        ImageAccess images = new ImageAccess(imageSettings.imageRoot(), imageSettings.allowImagesOutsideRoot());
        Module storageModule = settings.database()
                .<Module>map(database -> new PostgresStorageModule(storage, images, workingDirectory, database))
                .orElseGet(() -> new CsvStorageModule(storage, images, workingDirectory));
        return List.of(storageModule, new ServerCoreModule(autosave, new SaveCpuShare(saving.saveCpuPercent())));
    }
}
