package dev.fitt.adapters.postgres;

import java.util.Objects;

/** Where the database is and who fitt is there. The password never appears in {@link #toString()}. */
public record PostgresConfig(String url, String user, String password) {
    public PostgresConfig {
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(user, "user");
        Objects.requireNonNull(password, "password");
        if (!url.startsWith("jdbc:postgresql:")) {
            throw new IllegalArgumentException("a database url starts with jdbc:postgresql:, got " + url);
        }
        if (user.isBlank()) {
            throw new IllegalArgumentException("a database user must not be blank");
        }
    }

    @Override
    public String toString() {
        return "PostgresConfig[url=" + url + ", user=" + user + "]";
    }
}
