package dev.fitt.adapters.csv;

import dev.fitt.ports.ImageUnavailableException;
import dev.fitt.ports.out.ImageContent;
import dev.fitt.ports.out.ImageFile;
import dev.fitt.ports.out.ImageSourcePort;
import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * Images on disk, by the data CSV's file_path: relative paths are looked up next to the data CSV,
 * then in the working directory (where the original tool found them). Immutable, so thread-safe.
 */
final class FilesystemImageSource implements ImageSourcePort {
    private final List<Path> folders;

    FilesystemImageSource(Path dataFolder, Path workingDirectory) {
        this.folders = dataFolder.equals(workingDirectory) ? List.of(dataFolder) : List.of(dataFolder, workingDirectory);
    }

    @Override
    public ImageContent read(String filePath) throws ImageUnavailableException {
        return readFile(find(filePath));
    }

    @Override
    public Optional<ImageFile> file(String filePath) {
        try {
            Path file = find(filePath);
            return Files.isRegularFile(file) ? Optional.of(new ImageFile(file)) : Optional.empty();
        } catch (ImageUnavailableException e) {
            // read() says what is wrong with it, in the words every image error uses.
            return Optional.empty();
        }
    }

    /** The file a data row's path names, or why there is none. */
    private Path find(String filePath) throws ImageUnavailableException {
        if (filePath == null || filePath.isBlank()) {
            throw new ImageUnavailableException("image has no file path (empty file_path cell)");
        }
        Path path;
        try {
            path = Path.of(filePath);
        } catch (InvalidPathException e) {
            throw new ImageUnavailableException("invalid image path: " + filePath + " (" + e.getReason() + ")", e);
        }
        return locate(path, filePath);
    }

    private Path locate(Path path, String filePath) throws ImageUnavailableException {
        if (path.isAbsolute()) {
            if (!Files.exists(path)) {
                throw new ImageUnavailableException("image not found: " + filePath);
            }
            return path;
        }
        for (Path folder : folders) {
            Path candidate = folder.resolve(path);
            if (Files.exists(candidate)) {
                return candidate;
            }
        }
        throw new ImageUnavailableException("image not found: " + filePath + " (looked in "
                + String.join(" and ", folders.stream().map(Path::toString).toList()) + ")");
    }

    private static ImageContent readFile(Path file) throws ImageUnavailableException {
        if (Files.isDirectory(file)) {
            throw new ImageUnavailableException("image path is a folder, not a file: " + file);
        }
        try {
            return new ImageContent(Files.readAllBytes(file));
        } catch (AccessDeniedException e) {
            throw new ImageUnavailableException("image not readable (permission denied): " + file, e);
        } catch (IOException e) {
            throw new ImageUnavailableException("image not readable: " + file + " (" + e + ")", e);
        }
    }
}
