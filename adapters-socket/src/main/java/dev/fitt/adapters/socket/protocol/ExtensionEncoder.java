package dev.fitt.adapters.socket.protocol;

import dev.fitt.domain.TagValue;
import java.nio.ByteBuffer;
import java.util.List;

/**
 * Turns extension messages into bytes: {@code FF cmd len:u32 body}, where {@code len} counts the
 * body only. The hello and the error reply families share are here, each other message is its
 * family's ({@link ExtensionFamilies}). Each encoding is sized exactly up front, so even a labels
 * reply of a million rows is written once, without growing a buffer.
 */
final class ExtensionEncoder {
    private ExtensionEncoder() {
    }

    static ByteBuffer encode(Request request) {
        if (request instanceof Request.Hello hello) {
            byte[] token = Utf8.encode(hello.token());
            return header(Wire.HELLO, 2 + 4 + 2 + token.length)
                    .putShort((short) hello.version()).putInt((int) hello.capabilities())
                    .putShort((short) token.length).put(token).flip();
        }
        ExtensionFamily family = ExtensionFamilies.of(request.command());
        if (family == null) {
            throw new IllegalArgumentException("no extension encoding for " + request);
        }
        return family.encode(request);
    }

    static ByteBuffer encode(Reply reply) {
        if (reply instanceof Reply.HelloReply hello) {
            byte[] message = Utf8.encode(hello.message());
            return header(Wire.HELLO, 1 + 2 + 4 + 2 + message.length).put(hello.status())
                    .putShort((short) hello.version()).putInt((int) hello.capabilities())
                    .putShort((short) message.length).put(message).flip();
        }
        if (reply instanceof Reply.ExtensionError error) {
            byte[] message = Utf8.encode(error.message());
            return header(error.command(), 4 + 1 + 2 + message.length).putInt((int) error.id()).put(Wire.ERROR)
                    .putShort((short) message.length).put(message).flip();
        }
        ExtensionFamily family = ExtensionFamilies.of(reply.command());
        if (family == null) {
            throw new IllegalArgumentException("no extension encoding for " + reply);
        }
        return family.encode(reply);
    }

    /** A request that is its id alone. */
    static ByteBuffer idOnly(Request.Identified request) {
        return header(request.command(), 4).putInt((int) request.id()).flip();
    }

    /** A request that is its id and one string. */
    static ByteBuffer idAndString(byte command, long id, String text) {
        byte[] bytes = Utf8.encode(text);
        return header(command, 4 + 2 + bytes.length).putInt((int) id).putShort((short) bytes.length).put(bytes).flip();
    }

    /** A reply that says only that the request with {@code id} went through. */
    static ByteBuffer done(byte command, long id) {
        return header(command, 5).putInt((int) id).put(Wire.OK).flip();
    }

    /** A versioned change's or a review's outcome: {@code req status version message}. */
    static ByteBuffer outcome(byte command, long id, byte status, long version, String text) {
        byte[] message = Utf8.encode(text);
        return header(command, 4 + 1 + 8 + 2 + message.length).putInt((int) id)
                .put(status).putLong(version)
                .putShort((short) message.length).put(message).flip();
    }

    static ByteBuffer header(byte command, int bodyBytes) {
        return ByteBuffer.allocate(Wire.EXTENSION_HEADER + bodyBytes).put(Wire.MARK).put(command).putInt(bodyBytes);
    }

    static ByteBuffer codes(ByteBuffer out, List<TagValue> values) {
        out.putShort((short) values.size());
        for (TagValue value : values) {
            out.put(value.code());
        }
        return out;
    }
}
