package dev.fitt.adapters.socket.protocol;

import java.util.List;
import java.util.Objects;

/**
 * The range checks every message's compact constructor makes of its fields, by wire shape, so a
 * record says which fields it has and how wide, not how to check them.
 */
final class Fields {
    private Fields() {
    }

    /** Every extension reply and request but hello and pushes starts with one. */
    static long requestId(long id) {
        return Wire.checkU32(id, "request id");
    }

    static long u32(long value, String field) {
        return Wire.checkU32(value, field);
    }

    static int u16(int value, String field) {
        return Wire.checkU16(value, field);
    }

    static long u64(long value, String field) {
        return Wire.checkU64(value, field);
    }

    static String string(String value, String field) {
        return Wire.checkString(value, field);
    }

    /** The rows {@code first..last} of a change, review or push. */
    static void rows(long first, long last) {
        Wire.checkU32(first, "first row");
        Wire.checkU32(last, "last row");
    }

    /** An immutable copy of a list whose count goes on the wire as a u16. */
    static <T> List<T> u16List(List<T> values, String name, String countField) {
        List<T> copy = List.copyOf(Objects.requireNonNull(values, name));
        Wire.checkU16(copy.size(), countField);
        return copy;
    }
}
