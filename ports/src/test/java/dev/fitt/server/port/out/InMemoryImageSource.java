package dev.fitt.server.port.out;

import dev.fitt.ports.ImageContent;

import dev.fitt.ports.ImageUnavailableException;
import java.util.Map;

/** Images held in memory by file path, for tests. Immutable, so thread-safe. */
public final class InMemoryImageSource implements ImageSourcePort {
    private final Map<String, byte[]> images;

    public InMemoryImageSource(Map<String, byte[]> images) {
        this.images = Map.copyOf(images);
    }

    @Override
    public ImageContent read(String filePath) throws ImageUnavailableException {
        byte[] bytes = images.get(filePath);
        if (bytes == null) {
            throw new ImageUnavailableException("image not found: " + filePath);
        }
        return new ImageContent(bytes.clone());
    }
}
