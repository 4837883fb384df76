package dev.fitt.client.port.in;

/** The link to the server as the UI shows it (a banner while disconnected). */
public enum ConnectionState {
    CONNECTED,
    /** The server cannot be reached; edits wait in the queue and are retried with backoff. */
    DISCONNECTED,
    /** The session was closed; nothing more is sent. */
    CLOSED
}
