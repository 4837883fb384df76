package dev.fitt.adapters.socket;

import java.nio.ByteBuffer;

/** The fixed bytes of protocol v1 (see PROTOCOL.md) and the few reading helpers both decoders share. */
final class Wire {
    static final byte MARK = (byte) 0xFF;

    static final byte IMAGE = 0x01;
    static final byte TAG_LIST = 0x02;
    static final byte CHANGE = 0x03;
    static final byte SAVE = 0x04;
    static final byte CLIP_LIST = 0x05;
    static final byte LABELS = 0x06;

    static final byte OK = 0x00;
    static final byte ERROR = 0x01;

    /** A change request's value byte for true; every other byte means false. */
    static final byte TRUE = 0x01;
    static final byte FALSE = 0x00;

    /**
     * Error messages stay below 255 bytes so that no byte of their u32 length is 0xFF: the original
     * client reads only the status byte and must be able to skip the rest as non-message bytes.
     */
    static final int MAX_MESSAGE_BYTES = 254;

    static final long MAX_U32 = 0xFFFF_FFFFL;

    private Wire() {
    }

    static long checkU32(long value, String field) {
        if (value < 0 || value > MAX_U32) {
            throw new IllegalArgumentException(field + " " + value + " does not fit an unsigned 32-bit field");
        }
        return value;
    }

    /** Reads a big-endian u32 at an absolute position, whatever byte order the buffer is set to. */
    static long u32(ByteBuffer in, int at) {
        return ((in.get(at) & 0xFFL) << 24) | ((in.get(at + 1) & 0xFFL) << 16)
                | ((in.get(at + 2) & 0xFFL) << 8) | (in.get(at + 3) & 0xFFL);
    }

    /** Drops every byte that cannot start a message (the framing rule) and says how many it dropped. */
    static int skipToMarker(ByteBuffer in) {
        int position = in.position();
        int limit = in.limit();
        int start = position;
        while (position < limit && in.get(position) != MARK) {
            position++;
        }
        in.position(position);
        return position - start;
    }

    static String commandName(byte command) {
        switch (command) {
            case IMAGE: return "image";
            case TAG_LIST: return "tag list";
            case CHANGE: return "change";
            case SAVE: return "save";
            case CLIP_LIST: return "clip list";
            case LABELS: return "labels";
            default: return String.format("unknown command 0x%02X", command & 0xFF);
        }
    }
}
