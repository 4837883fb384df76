package dev.fitt.adapters.socket.protocol;

import java.nio.charset.StandardCharsets;

/** UTF-8 text on the wire. */
public final class Utf8 {
    private Utf8() {
    }

    public static byte[] encode(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    /** Encodes {@code text}, cut to at most {@code maxBytes} without splitting a character. */
    static byte[] encodeTruncated(String text, int maxBytes) {
        byte[] bytes = encode(text);
        if (bytes.length <= maxBytes) {
            return bytes;
        }
        int cut = maxBytes;
        // A continuation byte (10xxxxxx) at the cut means a character straddles it: back off to its start.
        while (cut > 0 && (bytes[cut] & 0xC0) == 0x80) {
            cut--;
        }
        byte[] truncated = new byte[cut];
        System.arraycopy(bytes, 0, truncated, 0, cut);
        return truncated;
    }

    /** What a peer will read back from {@link #encodeTruncated}: for building expected values. */
    public static String truncate(String text, int maxBytes) {
        return new String(encodeTruncated(text, maxBytes), StandardCharsets.UTF_8);
    }
}
