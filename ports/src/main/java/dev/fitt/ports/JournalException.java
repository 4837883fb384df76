package dev.fitt.ports;

/** The journal could not record a change durably; the change must not be acknowledged. */
public class JournalException extends Exception {
    private static final long serialVersionUID = 1L;

    public JournalException(String message) {
        super(message);
    }

    public JournalException(String message, Throwable cause) {
        super(message, cause);
    }
}
