package dev.fitt.ports;

import java.util.Objects;

/**
 * One server setting as an administrator sees it.
 *
 * @param name  the field of server_setting.json
 * @param value its current value as text; a secret shows as {@link #HIDDEN}, never itself
 * @param live  whether it may be changed while the server runs
 */
public record ServerSetting(String name, String value, boolean live) {
    /** What a set secret (a token, a password) shows as. */
    public static final String HIDDEN = "(set)";

    public ServerSetting {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(value, "value");
    }
}
