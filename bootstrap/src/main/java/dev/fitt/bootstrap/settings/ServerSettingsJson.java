package dev.fitt.bootstrap.settings;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.nio.file.Path;
import java.util.function.UnaryOperator;

/**
 * server_setting.json exactly as written on disk. Everything is nullable so an absent field can
 * take its README default here, and the file's spelling stays out of {@link ServerSettings}.
 */
@JsonPropertyOrder({"host", "port", "csv_dir", "csv_save_dir", "meta_path", "save_to_same_file", "autosave_changes",
    "autosave_seconds", "save_cpu_percent", "max_connections", "max_connections_per_host", "max_message_bytes",
    "max_requests_in_flight", "message_timeout_seconds", "access_token", "tls_keystore", "tls_keystore_password",
    "image_root", "allow_images_outside_root", "default_dataset", "dataset_idle_minutes", "database", "admin_token"})
@JsonInclude(JsonInclude.Include.NON_NULL)
record ServerSettingsJson(
        @JsonProperty("host") String host,
        @JsonProperty("port") Integer port,
        @JsonProperty("csv_dir") String csvDir,
        @JsonProperty("csv_save_dir") String csvSaveDir,
        @JsonProperty("meta_path") String metaPath,
        @JsonProperty("save_to_same_file") Boolean saveToSameFile,
        @JsonProperty("autosave_changes") Integer autosaveChanges,
        @JsonProperty("autosave_seconds") Integer autosaveSeconds,
        @JsonProperty("save_cpu_percent") Integer saveCpuPercent,
        @JsonProperty("max_connections") Integer maxConnections,
        @JsonProperty("max_message_bytes") Integer maxMessageBytes,
        @JsonProperty("max_requests_in_flight") Integer maxRequestsInFlight,
        @JsonProperty("message_timeout_seconds") Integer messageTimeoutSeconds,
        @JsonProperty("access_token") String accessToken,
        @JsonProperty("tls_keystore") String tlsKeystore,
        @JsonProperty("tls_keystore_password") String tlsKeystorePassword,
        @JsonProperty("max_connections_per_host") Integer maxConnectionsPerHost,
        @JsonProperty("image_root") String imageRoot,
        @JsonProperty("allow_images_outside_root") Boolean allowImagesOutsideRoot,
        @JsonProperty("database") DatabaseJson database,
        @JsonProperty("default_dataset") String defaultDataset,
        @JsonProperty("dataset_idle_minutes") Double datasetIdleMinutes,
        @JsonProperty("admin_token") String adminToken) {

    /** {@code "database": {"url": ..., "user": ..., "password": ...}}. */
    @JsonPropertyOrder({"url", "user", "password"})
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record DatabaseJson(
            @JsonProperty("url") String url,
            @JsonProperty("user") String user,
            @JsonProperty("password") String password) {

        DatabaseSettings toSettings(UnaryOperator<String> environment) {
            return new DatabaseSettings(url, user,
                    password != null ? password : environment.apply(DatabaseSettings.PASSWORD_VARIABLE));
        }
    }

    /**
     * The README's example: placeholders the user replaces with real paths, and every field that has
     * a default with it, so the user sees what can be tuned. Fields whose absence means something
     * (no token, plain TCP, images under the data's folder, CSV storage) stay out: any value written
     * here would change what the server does.
     */
    static ServerSettingsJson template() {
        SaveTuning saving = SaveTuning.defaults();
        ConnectionLimits limits = ConnectionLimits.defaults();
        return new ServerSettingsJson(ServerSettings.DEFAULT_HOST, ServerSettings.DEFAULT_PORT,
                "data/your_data.csv", "data", "meta.csv", false,
                saving.autosaveChanges(), saving.autosaveSeconds(), saving.saveCpuPercent(), limits.maxConnections(),
                limits.maxMessageBytes(), limits.maxRequestsInFlight(), limits.messageTimeoutSeconds(), null, null, null,
                limits.maxConnectionsPerHost(), null, ImageSettings.underTheDataFolder().allowImagesOutsideRoot(), null, null,
                DatasetServing.DEFAULT_IDLE_MINUTES, null);
    }

    /** Without a password variable in the environment: for tests. */
    ServerSettings toSettings() {
        return toSettings(name -> null);
    }

    /**
     * @param environment looks up environment variables (the database password may be there)
     * @throws IllegalArgumentException naming the field at fault
     */
    ServerSettings toSettings(UnaryOperator<String> environment) {
        return new ServerSettings(
                host == null ? ServerSettings.DEFAULT_HOST : host,
                port == null ? ServerSettings.DEFAULT_PORT : port,
                toPath("csv_dir", csvDir),
                toPath("csv_save_dir", csvSaveDir),
                toPath("meta_path", metaPath),
                saveToSameFile != null && saveToSameFile,
                tuning(),
                database == null ? null : database.toSettings(environment),
                new DatasetServing(defaultDataset,
                        datasetIdleMinutes == null ? DatasetServing.DEFAULT_IDLE_MINUTES : datasetIdleMinutes));
    }

    private ServerTuning tuning() {
        SaveTuning saving = SaveTuning.defaults();
        ConnectionLimits limits = ConnectionLimits.defaults();
        return new ServerTuning(
                new SaveTuning(
                        orDefault(autosaveChanges, saving.autosaveChanges()),
                        orDefault(autosaveSeconds, saving.autosaveSeconds()),
                        orDefault(saveCpuPercent, saving.saveCpuPercent())),
                new ConnectionLimits(
                        orDefault(maxConnections, limits.maxConnections()),
                        orDefault(maxConnectionsPerHost, limits.maxConnectionsPerHost()),
                        orDefault(maxMessageBytes, limits.maxMessageBytes()),
                        orDefault(maxRequestsInFlight, limits.maxRequestsInFlight()),
                        orDefault(messageTimeoutSeconds, limits.messageTimeoutSeconds())),
                new AccessSettings(accessToken, toPath("tls_keystore", tlsKeystore), tlsKeystorePassword),
                new ImageSettings(toPath("image_root", imageRoot),
                        allowImagesOutsideRoot != null && allowImagesOutsideRoot),
                new AdminSettings(adminToken));
    }

    private static int orDefault(Integer value, int fallback) {
        return value == null ? fallback : value;
    }

    private static Path toPath(String field, String value) {
        if (value == null) {
            return null;
        }
        if (value.isBlank()) {
            throw new IllegalArgumentException("field \"" + field + "\" must not be empty");
        }
        try {
            return Path.of(value);
        } catch (java.nio.file.InvalidPathException e) {
            throw new IllegalArgumentException(
                    "field \"" + field + "\" is not a valid path: " + e.getMessage(), e);
        }
    }
}
