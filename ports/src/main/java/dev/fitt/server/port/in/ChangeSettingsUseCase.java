package dev.fitt.server.port.in;

import dev.fitt.ports.ServerSetting;
import dev.fitt.ports.SettingRefusedException;
import java.util.List;
import java.util.Objects;

/** The server's settings as an administrator reads and changes them while it runs. */
public interface ChangeSettingsUseCase {
    /** Every setting, in the settings file's order, secrets hidden. */
    List<ServerSetting> settings();

    /**
     * Applies {@code value} to setting {@code name} at once and writes it to the settings file.
     *
     * @param by who asks (a connection's address, an annotator's name), for the log
     * @throws SettingRefusedException nothing changed: the setting needs a restart, is unknown, or
     *     the value is bad; the message names the field and why
     */
    SettingChanged change(String name, String value, String by) throws SettingRefusedException;

    /**
     * A change that applies now.
     *
     * @param written false when the settings file could not be written (it says why in
     *                {@code message}): the change then holds until the server stops
     */
    record SettingChanged(String message, boolean written) {
        public SettingChanged {
            Objects.requireNonNull(message, "message");
        }
    }
}
