package dev.fitt.adapters.socket.protocol;

/**
 * A message started with a command byte this side does not know. Its payload length is unknown, so
 * the decoder has consumed only the marker and the command; the framing rule skips the rest.
 */
public final class UnknownCommandException extends ProtocolException {
    private static final long serialVersionUID = 1L;

    private final byte command;

    UnknownCommandException(byte command) {
        super(String.format("unknown command byte 0x%02X", command & 0xFF));
        this.command = command;
    }

    byte command() {
        return command;
    }
}
