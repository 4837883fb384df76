package dev.fitt.ports;

/** Labels could not be saved; nothing already on disk was harmed. */
public class SaveFailedException extends Exception {
    private static final long serialVersionUID = 1L;

    public SaveFailedException(String message) {
        super(message);
    }

    public SaveFailedException(String message, Throwable cause) {
        super(message, cause);
    }
}
