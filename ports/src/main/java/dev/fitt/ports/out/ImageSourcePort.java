package dev.fitt.ports.out;

import dev.fitt.ports.ImageUnavailableException;

/** Reads the image a data row names. Implementations must be safe to call from many threads. */
public interface ImageSourcePort {
    ImageContent read(String filePath) throws ImageUnavailableException;
}
