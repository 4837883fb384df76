package dev.fitt.adapters.socket.protocol;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads extension messages ({@code FF cmd len:u32 body}) for {@link RequestDecoder} and
 * {@link ReplyDecoder}: the framing and the hello here, each body by its family
 * ({@link ExtensionFamilies}). The declared length is checked against the limit before anything is
 * allocated or waited for; a complete message is consumed whole before its body is parsed, so a
 * malformed body costs exactly that message and the next call starts at the next one.
 */
final class ExtensionDecoder {
    private ExtensionDecoder() {
    }

    /** The next request, or null while the message is incomplete. */
    static Request request(ByteBuffer in, int start, int available, long maxBody) throws ProtocolException {
        byte command = in.get(start + 1);
        String what = Wire.commandName(command) + " request";
        ExtensionBody body = frame(in, start, available, maxBody, what);
        if (body == null) {
            return null;
        }
        try {
            Request request = command == Wire.HELLO ? new Request.Hello(body.u16(), body.u32(), body.string())
                    : ExtensionFamilies.of(command).request(command, body);
            body.finish();
            return request;
        } catch (IllegalArgumentException e) {
            throw new ProtocolException(what + ": " + e.getMessage());
        }
    }

    /** The next reply, or null while the message is incomplete. */
    static Reply reply(ByteBuffer in, int start, int available, CodecLimits limits) throws ProtocolException {
        byte command = in.get(start + 1);
        String what = Wire.commandName(command) + " reply";
        ExtensionBody body = frame(in, start, available, limits.maxTextBytes(), what);
        if (body == null) {
            return null;
        }
        try {
            Reply reply = command == Wire.HELLO ? hello(body)
                    : ExtensionFamilies.of(command).reply(command, body, limits);
            body.finish();
            return reply;
        } catch (IllegalArgumentException e) {
            throw new ProtocolException(what + ": " + e.getMessage());
        }
    }

    /** Checks the declared length, waits for the whole message, then consumes it. */
    private static ExtensionBody frame(ByteBuffer in, int start, int available, long maxBody, String what)
            throws ProtocolException {
        if (available < Wire.EXTENSION_HEADER) {
            return null;
        }
        long length = Wire.u32(in, start + 2);
        if (length > maxBody) {
            in.position(start + Wire.EXTENSION_HEADER);
            throw new LimitExceededException(what + " declares a body of " + length
                    + " bytes, more than the limit of " + maxBody);
        }
        if (available - Wire.EXTENSION_HEADER < length) {
            return null;
        }
        in.position(start + Wire.EXTENSION_HEADER + (int) length);
        return new ExtensionBody(in, start + Wire.EXTENSION_HEADER, (int) length, what);
    }

    private static Reply hello(ExtensionBody body) throws ProtocolException {
        byte status = (byte) body.u8();
        if (status != Wire.OK && status != Wire.ERROR && status != Wire.REFUSED) {
            throw badStatus("hello reply", status);
        }
        return new Reply.HelloReply(status, body.u16(), body.u32(), body.string());
    }

    /** What follows the id and an OK status of an identified reply. */
    interface Succeeded {
        Reply read(long id) throws ProtocolException;
    }

    /**
     * An identified reply answered with {@link Reply.ExtensionError} when its request failed: its
     * id, its status, then the {@link Reply.ExtensionError}'s message or {@code ok}'s fields.
     */
    static Reply identified(byte command, ExtensionBody body, Succeeded ok) throws ProtocolException {
        long id = body.u32();
        Reply failed = failure(command, id, (byte) body.u8(), body);
        return failed != null ? failed : ok.read(id);
    }

    /**
     * After an identified reply's id and status: the {@link Reply.ExtensionError} it is when the
     * request failed, null when it succeeded (its fields follow).
     */
    static Reply.ExtensionError failure(byte command, long id, byte status, ExtensionBody body)
            throws ProtocolException {
        if (status == Wire.ERROR) {
            return new Reply.ExtensionError(command, id, body.string());
        }
        if (status != Wire.OK) {
            throw badStatus(Wire.commandName(command) + " reply", status);
        }
        return null;
    }

    /** A versioned change's or a review's outcome status: {@code 00}, {@code 01} or {@code 02}. */
    static byte outcome(byte status, String what) throws ProtocolException {
        if (status != Wire.OK && status != Wire.ERROR && status != Wire.CONFLICT) {
            throw badStatus(what, status);
        }
        return status;
    }

    /** A u16-long name whose length is checked against the limit before it is read. */
    static String name(ExtensionBody body, CodecLimits limits, String field) throws ProtocolException {
        int length = body.u16();
        if (length > limits.maxStringBytes()) {
            throw new ProtocolException("a " + field + " name of " + length + " bytes is more than the limit of "
                    + limits.maxStringBytes());
        }
        return new String(body.bytes(length), StandardCharsets.UTF_8);
    }

    /** {@code count} u32 counts, checked against the bytes left before allocating. */
    static List<Long> counts(ExtensionBody body, long count) throws ProtocolException {
        body.need(4 * count, count + " counts");
        List<Long> counts = new ArrayList<>((int) count);
        for (long i = 0; i < count; i++) {
            counts.add(body.u32());
        }
        return counts;
    }

    static ProtocolException badStatus(String what, byte status) {
        return new ProtocolException(String.format("%s has status byte 0x%02X", what, status & 0xFF));
    }

    static ProtocolException sentByServersOnly(byte command) {
        return new ProtocolException(Wire.commandName(command) + " is sent by servers only");
    }

    static ProtocolException sentByClientsOnly(byte command) {
        return new ProtocolException(Wire.commandName(command) + " is sent by clients only");
    }
}
