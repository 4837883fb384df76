package dev.fitt.bootstrap.settings;

import java.util.Locale;
import java.util.Optional;

/** The client's FlatLaf look, spelled in settings files as {@code "light"} or {@code "dark"}. */
public enum Theme {
    LIGHT,
    DARK;

    /** The spelling used in client_setting.json. */
    public String settingName() {
        return name().toLowerCase(Locale.ROOT);
    }

    static Optional<Theme> fromSettingName(String name) {
        for (Theme theme : values()) {
            if (theme.settingName().equals(name)) {
                return Optional.of(theme);
            }
        }
        return Optional.empty();
    }
}
