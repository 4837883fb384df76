package dev.fitt.ports;

/** The tagging server could not be reached or the connection was lost. */
public class ServerUnreachableException extends Exception {
    private static final long serialVersionUID = 1L;

    public ServerUnreachableException(String message) {
        super(message);
    }

    public ServerUnreachableException(String message, Throwable cause) {
        super(message, cause);
    }
}
