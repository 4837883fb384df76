package dev.fitt.ports;

/** A tag change was refused (index out of range, wrong number of tag values, ...). */
public class ChangeRejectedException extends Exception {
    private static final long serialVersionUID = 1L;

    public ChangeRejectedException(String message) {
        super(message);
    }

    public ChangeRejectedException(String message, Throwable cause) {
        super(message, cause);
    }
}
