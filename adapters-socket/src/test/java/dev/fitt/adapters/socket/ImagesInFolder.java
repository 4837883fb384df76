package dev.fitt.adapters.socket;

import dev.fitt.ports.ImageUnavailableException;
import dev.fitt.ports.ImageContent;
import dev.fitt.server.port.out.ImageFile;
import dev.fitt.server.port.out.ImageSourcePort;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Optional;
import java.util.Random;

/**
 * Images as real files in a folder, for the server's sendfile path. {@link #file} names the file
 * without looking whether it exists: as if it vanished between being found and being sent, which
 * is the race the connection writer must survive.
 */
public final class ImagesInFolder implements ImageSourcePort {
    private final Path folder;

    public ImagesInFolder(Path folder) {
        this.folder = folder;
    }

    /** Writes {@code size} random bytes (0xFF among them) as the image of {@code path}; returns them. */
    public byte[] put(String path, int size, long seed) throws IOException {
        byte[] bytes = new byte[size];
        new Random(seed).nextBytes(bytes);
        if (size > 0) {
            bytes[0] = (byte) 0xFF;
        }
        Path file = folder.resolve(path);
        Files.createDirectories(file.getParent());
        Files.write(file, bytes);
        return bytes;
    }

    @Override
    public ImageContent read(String filePath) throws ImageUnavailableException {
        try {
            return new ImageContent(Files.readAllBytes(folder.resolve(filePath)));
        } catch (NoSuchFileException e) {
            throw new ImageUnavailableException("image not found: " + filePath, e);
        } catch (IOException e) {
            throw new ImageUnavailableException("image not readable: " + filePath + " (" + e + ")", e);
        }
    }

    @Override
    public Optional<ImageFile> file(String filePath) {
        return Optional.of(new ImageFile(folder.resolve(filePath)));
    }
}
