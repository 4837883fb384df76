package dev.fitt.bootstrap.settings;

/**
 * A settings file could not be turned into settings. Carries the process exit code so the command
 * line decides how to end, while the loader never exits the JVM itself.
 */
public class SettingsException extends RuntimeException {
    /** Bad or missing settings: the user must edit a file. */
    public static final int BAD_SETTINGS = 2;
    /** The settings could not be read or written for a reason outside the file's content. */
    public static final int IO_FAILURE = 1;

    private final int exitCode;

    public SettingsException(String message, int exitCode) {
        this(message, exitCode, null);
    }

    public SettingsException(String message, int exitCode, Throwable cause) {
        super(message, cause);
        this.exitCode = exitCode;
    }

    public int exitCode() {
        return exitCode;
    }
}
