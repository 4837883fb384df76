package dev.fitt.server.port.out;

import dev.fitt.ports.ImageContent;

import dev.fitt.ports.ImageUnavailableException;
import java.util.Optional;

/** Reads the image a data row names. Implementations must be safe to call from many threads. */
public interface ImageSourcePort {
    ImageContent read(String filePath) throws ImageUnavailableException;

    /**
     * The plain file {@link #read} would read, when the image is one: lets an adapter send it
     * without copying it through the JVM. Empty when there is no such file (then {@link #read}
     * gives the reason) or the source keeps images elsewhere.
     */
    default Optional<ImageFile> file(String filePath) {
        return Optional.empty();
    }

    /**
     * Whether {@link #read} would give the image, without reading it where the source can tell
     * more cheaply (a stat instead of the bytes): a set-up check asks this of every row.
     *
     * @throws ImageUnavailableException with the reason {@link #read} would give
     */
    default void check(String filePath) throws ImageUnavailableException {
        read(filePath);
    }
}
