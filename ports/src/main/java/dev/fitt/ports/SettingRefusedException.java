package dev.fitt.ports;

/** A setting was not changed: not one that can change while running, or a bad value; the message says which. */
public final class SettingRefusedException extends Exception {
    public SettingRefusedException(String message) {
        super(message);
    }
}
