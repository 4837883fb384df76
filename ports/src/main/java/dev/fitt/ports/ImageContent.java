package dev.fitt.ports;

import java.util.Objects;

/** The bytes of one image file exactly as stored (JPEG, PNG, ...). */
public record ImageContent(byte[] bytes) {
    public ImageContent {
        Objects.requireNonNull(bytes, "bytes");
    }

    public int size() {
        return bytes.length;
    }
}
