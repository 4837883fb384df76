package dev.fitt.adapters.socket;

/** Bytes on the wire that are not protocol v1, or exceed the configured {@link CodecLimits}. */
class ProtocolException extends Exception {
    private static final long serialVersionUID = 1L;

    ProtocolException(String message) {
        super(message);
    }
}
