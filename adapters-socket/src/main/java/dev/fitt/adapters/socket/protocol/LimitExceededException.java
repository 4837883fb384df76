package dev.fitt.adapters.socket.protocol;

/**
 * A peer declared a message larger than this side accepts. Unlike other malformed input, there is
 * no sensible way to skip it (its bytes may hold anything), so a server ends that connection.
 */
public final class LimitExceededException extends ProtocolException {
    private static final long serialVersionUID = 1L;

    LimitExceededException(String message) {
        super(message);
    }
}
