package dev.fitt.adapters.socket.protocol;

/** Bytes on the wire that are not protocol v1, or exceed the configured {@link CodecLimits}. */
public class ProtocolException extends Exception {
    private static final long serialVersionUID = 1L;

    public ProtocolException(String message) {
        super(message);
    }
}
