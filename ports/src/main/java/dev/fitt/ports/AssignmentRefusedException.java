package dev.fitt.ports;

/**
 * A change of clip assignments that was not made, nothing changed: a clip the dataset does not
 * have, a clip someone else holds, or assignments that could not be written. The message says which.
 */
public final class AssignmentRefusedException extends Exception {
    public AssignmentRefusedException(String message) {
        super(message);
    }

    public AssignmentRefusedException(String message, Throwable cause) {
        super(message, cause);
    }
}
