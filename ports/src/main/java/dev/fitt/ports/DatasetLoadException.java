package dev.fitt.ports;

/** A dataset could not be loaded; the message names the file, line and column at fault. */
public class DatasetLoadException extends Exception {
    private static final long serialVersionUID = 1L;

    public DatasetLoadException(String message) {
        super(message);
    }

    public DatasetLoadException(String message, Throwable cause) {
        super(message, cause);
    }
}
