package dev.fitt.adapters.csv;

import dev.fitt.ports.ImageUnavailableException;
import dev.fitt.ports.ImageContent;
import dev.fitt.server.port.out.ImageFile;
import dev.fitt.server.port.out.ImageSourcePort;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * Images on disk, by the data CSV's file_path: relative paths are looked up next to the data CSV,
 * then in the working directory (where the original tool found them). Only regular files are
 * served, and unless {@code root} is null only those whose real path lies under it: a row naming
 * a device, a pipe or a file elsewhere (through {@code ..}, a symlink or an absolute path) is
 * refused. The file handed out to send is the real path checked, so swapping a symlink afterwards
 * changes nothing. Thread-safe.
 */
final class FilesystemImageSource implements ImageSourcePort {
    /** The largest image a reply can carry: its size travels as a u32 beside a small header. */
    private static final long MAX_IMAGE_BYTES = Integer.MAX_VALUE - 16;

    private final List<Path> folders;
    private final Path root;
    private final RefusalLog refusals;

    /** @param root a real path (symlinks resolved), or null to serve regular files anywhere */
    FilesystemImageSource(Path dataFolder, Path workingDirectory, Path root, RefusalLog refusals) {
        this.folders = dataFolder.equals(workingDirectory) ? List.of(dataFolder) : List.of(dataFolder, workingDirectory);
        this.root = root;
        this.refusals = refusals;
    }

    @Override
    public ImageContent read(String filePath) throws ImageUnavailableException {
        return readFile(servable(filePath));
    }

    @Override
    public Optional<ImageFile> file(String filePath) {
        try {
            return Optional.of(new ImageFile(servable(filePath)));
        } catch (ImageUnavailableException e) {
            // read() says what is wrong with it, in the words every image error uses.
            return Optional.empty();
        }
    }

    @Override
    public void check(String filePath) throws ImageUnavailableException {
        servable(filePath);
    }

    /** The real path of the file a data row names, if it may be served; else why not. */
    private Path servable(String filePath) throws ImageUnavailableException {
        Path found = find(filePath);
        Path real;
        BasicFileAttributes attributes;
        try {
            real = found.toRealPath();
            attributes = Files.readAttributes(real, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
        } catch (NoSuchFileException e) {
            throw new ImageUnavailableException("image not found: " + filePath + " (a link to nothing: " + found + ")", e);
        } catch (AccessDeniedException e) {
            throw new ImageUnavailableException("image not readable (permission denied): " + found, e);
        } catch (IOException e) {
            throw new ImageUnavailableException("image not readable: " + found + " (" + e + ")", e);
        }
        if (root != null && !real.startsWith(root)) {
            throw refuse(filePath, "is outside the image root " + root, "its real path is " + real
                    + "; to serve it, set the server setting \"image_root\" to a folder above it, or"
                    + " \"allow_images_outside_root\" to true");
        }
        if (attributes.isDirectory()) {
            throw new ImageUnavailableException("image path is a folder, not a file: " + found);
        }
        if (!attributes.isRegularFile()) {
            throw refuse(filePath, "is not a regular file", real + " is a device, pipe or socket");
        }
        return real;
    }

    private ImageUnavailableException refuse(String filePath, String reason, String detail) {
        refusals.refused(filePath, reason + "; " + detail);
        return new ImageUnavailableException("image refused: " + filePath + " " + reason);
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

    /** Reads no more than the size the file had when opened, so even a file that grows cannot fill the heap. */
    private static ImageContent readFile(Path file) throws ImageUnavailableException {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
            long size = channel.size();
            if (size > MAX_IMAGE_BYTES) {
                throw new ImageUnavailableException("image too large to send: " + file + " (" + size + " bytes)");
            }
            ByteBuffer bytes = ByteBuffer.allocate((int) size);
            while (bytes.hasRemaining() && channel.read(bytes) >= 0) {
                // until full, or the file ended early because it shrank meanwhile
            }
            return new ImageContent(bytes.hasRemaining() ? Arrays.copyOf(bytes.array(), bytes.position()) : bytes.array());
        } catch (AccessDeniedException e) {
            throw new ImageUnavailableException("image not readable (permission denied): " + file, e);
        } catch (IOException e) {
            throw new ImageUnavailableException("image not readable: " + file + " (" + e + ")", e);
        }
    }
}
