package dev.fitt.ports;

/** A versioned edit was based on rows someone else has changed since; it was not applied. */
public class ChangeConflictException extends Exception {
    private static final long serialVersionUID = 1L;
    private final long currentVersion;

    public ChangeConflictException(String message, long currentVersion) {
        super(message);
        this.currentVersion = currentVersion;
    }

    public long currentVersion() {
        return currentVersion;
    }
}
