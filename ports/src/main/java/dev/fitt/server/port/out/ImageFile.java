package dev.fitt.server.port.out;

import java.nio.file.Path;
import java.util.Objects;

/**
 * An image that is stored as a plain file: an adapter that can send a file as it is (the kernel
 * copying it straight to a socket) may do so instead of reading its bytes first. Nothing is
 * promised about the file still being there when it is opened: a reader falls back to
 * {@link ImageSourcePort#read}, which says what is wrong.
 */
public record ImageFile(Path path) {
    public ImageFile {
        Objects.requireNonNull(path, "path");
    }
}
