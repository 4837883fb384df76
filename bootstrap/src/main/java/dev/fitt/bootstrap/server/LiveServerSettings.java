package dev.fitt.bootstrap.server;

import dev.fitt.adapters.socket.RunningServer;
import dev.fitt.adapters.socket.SocketServerConfig;
import dev.fitt.bootstrap.modules.SaveCpuShare;
import dev.fitt.bootstrap.settings.ServerSettings;
import dev.fitt.bootstrap.settings.ServerSettingsFile;
import dev.fitt.bootstrap.settings.ServerTuning;
import dev.fitt.domain.AutosavePolicy;
import dev.fitt.ports.DatasetLoadException;
import dev.fitt.ports.ServerSetting;
import dev.fitt.ports.SettingRefusedException;
import dev.fitt.server.port.in.ChangeSettingsUseCase;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The server's settings as its administrator changes them while it runs: a change is checked as at
 * start (the same messages, naming the field), applied at once to the part that uses it, logged
 * with who made it, and written back to server_setting.json.
 *
 * <p>If the file cannot be written (a full disk, a file no longer valid JSON), the change still
 * applies and the answer says it is not in the file: an administrator who rotates a leaked access
 * token or raises the connection limit during an incident needs it now, and a full disk is the
 * moment not to refuse help; it holds until the server stops.
 */
final class LiveServerSettings implements ChangeSettingsUseCase {
    private static final Logger LOG = LoggerFactory.getLogger(LiveServerSettings.class);
    /** Every field of server_setting.json, in its template's order: what an administrator sees. */
    private static final List<String> FIELDS = List.of("host", "port", "csv_dir", "csv_save_dir", "meta_path",
            "save_to_same_file", "autosave_changes", "autosave_seconds", "save_cpu_percent", "max_connections",
            "max_connections_per_host", "max_message_bytes", "max_requests_in_flight", "message_timeout_seconds",
            "access_token", "tls_keystore", "tls_keystore_password", "image_root", "allow_images_outside_root",
            "default_dataset", "dataset_idle_minutes", "database", "admin_token");
    private static final String NONE = "(none)";

    private final Optional<ServerSettingsFile> file;
    private final RunningData data;
    private final SaveCpuShare saveShare;
    private final AtomicReference<RunningServer> server = new AtomicReference<>();
    /** What the server runs with now; guarded by this. */
    private ServerSettings current;

    /** @param data what the server serves: autosave and the default dataset change there */
    LiveServerSettings(ServerSettings settings, Optional<ServerSettingsFile> file, RunningData data,
            SaveCpuShare saveShare) {
        this.current = Objects.requireNonNull(settings, "settings");
        this.file = Objects.requireNonNull(file, "file");
        this.data = Objects.requireNonNull(data, "data");
        this.saveShare = Objects.requireNonNull(saveShare, "saveShare");
    }

    /** The TCP server whose limits and token change live; set once it listens. */
    void attach(RunningServer running) {
        server.set(Objects.requireNonNull(running, "running"));
    }

    @Override
    public synchronized List<ServerSetting> settings() {
        List<ServerSetting> settings = new ArrayList<>(FIELDS.size());
        for (String field : FIELDS) {
            settings.add(new ServerSetting(field, shown(field, current), ServerTuning.LIVE_FIELDS.contains(field)));
        }
        return settings;
    }

    @Override
    public synchronized SettingChanged change(String name, String value, String by) throws SettingRefusedException {
        if (!FIELDS.contains(name)) {
            throw new SettingRefusedException("there is no setting \"" + name + "\"; these can change while the server"
                    + " runs: " + String.join(", ", ServerTuning.LIVE_FIELDS));
        }
        if (!ServerTuning.LIVE_FIELDS.contains(name)) {
            throw new SettingRefusedException("field \"" + name + "\" cannot change while the server runs: it needs a"
                    + " restart (edit " + fileName() + " and restart the server); these can change live: "
                    + String.join(", ", ServerTuning.LIVE_FIELDS));
        }
        ServerSettings changed;
        try {
            changed = current.withLive(name, value);
        } catch (IllegalArgumentException e) {
            throw new SettingRefusedException(e.getMessage());
        }
        String before = shown(name, current);
        apply(name, changed);
        current = changed;
        String after = shown(name, current);
        Optional<String> notWritten = writeBack(name, changed);
        String change = name + ": " + before + " -> " + after + ", applies now";
        if (notWritten.isEmpty()) {
            LOG.info("setting {} changed from {} to {} by {}; written to {}", name, before, after, by, fileName());
            return new SettingChanged(change + "; written to " + fileName(), true);
        }
        LOG.warn("setting {} changed from {} to {} by {}, but not written to {}: {}; it holds until the server stops",
                name, before, after, by, fileName(), notWritten.get());
        return new SettingChanged(change + ", but it is NOT in " + fileName() + " (" + notWritten.get()
                + "): it holds until the server stops", false);
    }

    /**
     * Hands the new value to the part of the server that uses it; a default dataset the served
     * catalog does not have is refused there, with its names.
     */
    private void apply(String name, ServerSettings settings) throws SettingRefusedException {
        ServerTuning changed = settings.tuning();
        switch (name) {
            case "autosave_changes", "autosave_seconds" -> data.autosave(new AutosavePolicy(
                    changed.saving().autosaveChanges(), Duration.ofSeconds(changed.saving().autosaveSeconds())));
            case "save_cpu_percent" -> saveShare.set(changed.saving().saveCpuPercent());
            case "max_connections", "message_timeout_seconds", "access_token" -> reconfigure(changed);
            case "default_dataset" -> defaultDataset(settings.datasets().defaultDataset());
            default -> throw new IllegalStateException("live field " + name + " is applied nowhere");
        }
    }

    private void defaultDataset(String name) throws SettingRefusedException {
        try {
            data.defaultDataset(name);
        } catch (DatasetLoadException e) {
            // The catalog names the field already.
            throw new SettingRefusedException("field \"default_dataset\": "
                    + e.getMessage().replaceFirst("^default_dataset: ", ""));
        }
    }

    private void reconfigure(ServerTuning changed) throws SettingRefusedException {
        RunningServer running = server.get();
        if (running == null) {
            throw new SettingRefusedException("the server is still starting; try again in a moment");
        }
        SocketServerConfig config = running.config().withMaxConnections(changed.limits().maxConnections())
                .withMessageTimeout(Duration.ofSeconds(changed.limits().messageTimeoutSeconds()));
        String token = changed.access().accessToken();
        config = token == null ? config.withoutAccessToken() : config.withAccessToken(token);
        running.reconfigure(config);
    }

    /** Empty when written; else why not. */
    private Optional<String> writeBack(String name, ServerSettings settings) {
        ServerTuning changed = settings.tuning();
        if (file.isEmpty()) {
            return Optional.of("this server was started without a settings file");
        }
        try {
            switch (name) {
                case "access_token" -> file.get().set(name, changed.access().accessToken());
                case "default_dataset" -> file.get().set(name, settings.datasets().defaultDataset());
                default -> file.get().set(name, wholeNumber(name, changed));
            }
            return Optional.empty();
        } catch (IOException | RuntimeException e) {
            return Optional.of(e.getMessage() == null ? e.toString() : e.getMessage());
        }
    }

    private String fileName() {
        return file.map(ServerSettingsFile::path).map(Path::toString).orElse("server_setting.json");
    }

    private static int wholeNumber(String name, ServerTuning t) {
        return switch (name) {
            case "autosave_changes" -> t.saving().autosaveChanges();
            case "autosave_seconds" -> t.saving().autosaveSeconds();
            case "save_cpu_percent" -> t.saving().saveCpuPercent();
            case "max_connections" -> t.limits().maxConnections();
            case "message_timeout_seconds" -> t.limits().messageTimeoutSeconds();
            default -> throw new IllegalArgumentException("field \"" + name + "\" is not a whole number");
        };
    }

    /** A field's value as an administrator sees it: secrets hidden, absent ones said so. */
    private static String shown(String field, ServerSettings s) {
        ServerTuning t = s.tuning();
        return switch (field) {
            case "host" -> s.host();
            case "port" -> String.valueOf(s.port());
            case "csv_dir" -> s.csvDir().toString();
            case "csv_save_dir" -> s.csvSaveDirIfSet().map(Path::toString).orElse(NONE);
            case "meta_path" -> s.metaPath().toString();
            case "save_to_same_file" -> String.valueOf(s.saveToSameFile());
            case "autosave_changes" -> String.valueOf(t.saving().autosaveChanges());
            case "autosave_seconds" -> String.valueOf(t.saving().autosaveSeconds());
            case "save_cpu_percent" -> String.valueOf(t.saving().saveCpuPercent());
            case "max_connections" -> String.valueOf(t.limits().maxConnections());
            case "max_connections_per_host" -> String.valueOf(t.limits().maxConnectionsPerHost());
            case "max_message_bytes" -> String.valueOf(t.limits().maxMessageBytes());
            case "max_requests_in_flight" -> String.valueOf(t.limits().maxRequestsInFlight());
            case "message_timeout_seconds" -> String.valueOf(t.limits().messageTimeoutSeconds());
            case "access_token" -> secret(t.access().accessToken());
            case "tls_keystore" -> t.access().tlsKeystore() == null ? NONE : t.access().tlsKeystore().toString();
            case "tls_keystore_password" -> secret(t.access().tlsKeystorePassword());
            case "image_root" -> t.images().imageRoot() == null ? "(the data CSV's folder)"
                    : t.images().imageRoot().toString();
            case "allow_images_outside_root" -> String.valueOf(t.images().allowImagesOutsideRoot());
            case "database" -> s.database().map(d -> d.url() + " as " + d.user()).orElse(NONE);
            case "admin_token" -> secret(t.admin().adminToken());
            case "default_dataset" -> s.datasets().defaultDatasetIfSet().orElse("(the first in name order)");
            case "dataset_idle_minutes" -> String.valueOf(s.datasets().idleMinutes());
            default -> throw new IllegalArgumentException("no setting " + field);
        };
    }

    private static String secret(String value) {
        return value == null ? NONE : ServerSetting.HIDDEN;
    }
}
