package dev.fitt.bootstrap.settings;

/**
 * Where labels live when not in CSV files: a PostgreSQL database ({@code "database"} in
 * server_setting.json). The password never appears in {@link #toString()}.
 */
public record DatabaseSettings(String url, String user, String password) {
    /** Read when the settings file names no password, so that it need not be written into a file. */
    public static final String PASSWORD_VARIABLE = "FITT_DATABASE_PASSWORD";

    public DatabaseSettings {
        if (url == null || url.isBlank()) {
            throw new IllegalArgumentException("field \"database.url\" is required, e.g."
                    + " jdbc:postgresql://host:5432/fitt");
        }
        if (!url.startsWith("jdbc:postgresql://")) {
            throw new IllegalArgumentException("field \"database.url\" must start with jdbc:postgresql://, got "
                    + url);
        }
        if (user == null || user.isBlank()) {
            throw new IllegalArgumentException("field \"database.user\" is required (the PostgreSQL user fitt"
                    + " logs in as)");
        }
        if (password == null) {
            throw new IllegalArgumentException("field \"database.password\" is missing: set it, or the environment"
                    + " variable " + PASSWORD_VARIABLE);
        }
    }

    @Override
    public String toString() {
        return "DatabaseSettings[url=" + url + ", user=" + user + "]";
    }
}
