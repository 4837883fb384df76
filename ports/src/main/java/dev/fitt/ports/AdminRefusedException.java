package dev.fitt.ports;

/**
 * The server will not take this client as administrator: administration is off there, the admin
 * token is wrong, or the server does not know administration (an older one, the original).
 */
public final class AdminRefusedException extends Exception {
    public AdminRefusedException(String message) {
        super(message);
    }
}
