package dev.fitt.bootstrap.settings;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.UnaryOperator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Loads the server and client settings files, creating them when missing as the original did.
 * Paths inside the returned settings are as written; see {@link ServerSettings#resolvedAgainst}.
 */
public final class SettingsLoader {
    public static final Path DEFAULT_SERVER_FILE = Path.of("server_setting.json");
    public static final Path DEFAULT_CLIENT_FILE = Path.of("client_setting.json");

    private static final Logger LOG = LoggerFactory.getLogger(SettingsLoader.class);

    private final JsonSettingsFile json = new JsonSettingsFile();
    private final UnaryOperator<String> environment;

    public SettingsLoader() {
        this(System::getenv);
    }

    /** @param environment where the database password may be ({@link DatabaseSettings#PASSWORD_VARIABLE}) */
    SettingsLoader(UnaryOperator<String> environment) {
        this.environment = environment;
    }

    /**
     * @throws SettingsTemplateCreatedException when the file was missing: a template was written
     *         and the server should not start until the user fills it in
     * @throws SettingsException when the file is not valid settings (exit code 2) or unreadable (1)
     */
    public ServerSettings loadServer(Path file) {
        if (!Files.exists(file)) {
            json.write(file, ServerSettingsJson.template());
            throw new SettingsTemplateCreatedException(file, "no server settings at " + file.toAbsolutePath()
                    + "; wrote a template there. Fill in \"csv_dir\" (your data CSV), \"meta_path\""
                    + " (your meta CSV with code,alias) and \"csv_save_dir\" (where the labelled copy goes,"
                    + " or set \"save_to_same_file\" to true), then start the server again.");
        }
        return readServer(file, environment);
    }

    private ServerSettings readServer(Path file, UnaryOperator<String> lookup) {
        ServerSettingsJson read = json.read(file, ServerSettingsJson.class);
        try {
            return read.toSettings(lookup);
        } catch (IllegalArgumentException e) {
            throw new SettingsException(file + ": " + e.getMessage(), SettingsException.BAD_SETTINGS, e);
        }
    }

    /**
     * The server file if there is one, read and checked as the server does, for a tool that only
     * needs the server's address and tokens ({@code fitt admin}): writes nothing (no template left
     * behind) and does not ask for a database password the tool never uses; the returned database
     * settings must not be used to connect.
     *
     * @throws SettingsException when the file is not valid settings (exit code 2) or unreadable (1)
     */
    public Optional<ServerSettings> loadServerIfPresent(Path file) {
        if (!Files.exists(file)) {
            return Optional.empty();
        }
        UnaryOperator<String> withoutPassword = name -> {
            String value = environment.apply(name);
            return value == null && DatabaseSettings.PASSWORD_VARIABLE.equals(name) ? "" : value;
        };
        return Optional.of(readServer(file, withoutPassword));
    }

    /**
     * A missing client file is written with the defaults, which are then used.
     *
     * @throws SettingsException when the file is not valid settings (exit code 2) or unreadable (1)
     */
    public ClientSettings loadClient(Path file) {
        if (!Files.exists(file)) {
            ClientSettings defaults = ClientSettings.defaults();
            saveClient(file, defaults);
            LOG.info("no client settings at {}; wrote the defaults there", file.toAbsolutePath());
            return defaults;
        }
        return readClient(file);
    }

    /**
     * The client file if there is one, else the defaults; writes nothing (a local {@code fitt tag}
     * must not leave a settings file in the folder it is started from).
     *
     * @throws SettingsException when the file is not valid settings (exit code 2) or unreadable (1)
     */
    public ClientSettings loadClientIfPresent(Path file) {
        return Files.exists(file) ? readClient(file) : ClientSettings.defaults();
    }

    private ClientSettings readClient(Path file) {
        ClientSettingsJson read = json.read(file, ClientSettingsJson.class);
        try {
            return read.toSettings();
        } catch (IllegalArgumentException e) {
            throw new SettingsException(file + ": " + e.getMessage(), SettingsException.BAD_SETTINGS, e);
        }
    }

    /** Writes the client settings, e.g. after the user changed them in the client. */
    public void saveClient(Path file, ClientSettings settings) {
        json.write(file, ClientSettingsJson.of(settings));
    }
}
