package dev.fitt.adapters.csv.journal;

import dev.fitt.ports.JournalException;
import dev.fitt.server.port.out.VersionBasePort;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.OptionalLong;

/**
 * The latest run's version base in a one-line text file beside the journal,
 * {@code <output>.version-base}. Replaced whole: written to a temporary file, forced to disk,
 * renamed over the old one and the folder forced too, so that after a power cut the file holds
 * either the old base or the new one, and the new one is there before the run issues a version.
 */
final class VersionBaseFile implements VersionBasePort {
    /** Bases are microseconds since 1970 plus 2^32 per run: anything near the top of a long was not written by fitt. */
    private static final long MAX_BELIEVABLE = Long.MAX_VALUE / 2;

    private final Path file;
    private final Path temp;

    VersionBaseFile(Path outputFile) {
        Path absolute = outputFile.toAbsolutePath();
        this.file = absolute.resolveSibling(absolute.getFileName() + ".version-base");
        this.temp = absolute.resolveSibling(absolute.getFileName() + ".version-base.tmp");
    }

    @Override
    public OptionalLong latest() throws JournalException {
        String text;
        try {
            text = Files.readString(file, StandardCharsets.US_ASCII).strip();
        } catch (NoSuchFileException e) {
            return OptionalLong.empty();
        } catch (IOException e) {
            throw new JournalException("cannot read the version base " + file + ": " + e.getMessage(), e);
        }
        try {
            long base = Long.parseLong(text);
            if (base < 0 || base > MAX_BELIEVABLE) {
                throw new NumberFormatException();
            }
            return OptionalLong.of(base);
        } catch (NumberFormatException e) {
            throw new JournalException("the version base " + file + " holds \"" + shorten(text)
                    + "\", not a whole number 0.." + MAX_BELIEVABLE + " (delete the file to start from the clock)");
        }
    }

    @Override
    public void record(long base) throws JournalException {
        try {
            try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                    StandardOpenOption.TRUNCATE_EXISTING)) {
                ByteBuffer bytes = ByteBuffer.wrap((base + "\n").getBytes(StandardCharsets.US_ASCII));
                while (bytes.hasRemaining()) {
                    channel.write(bytes);
                }
                channel.force(true);
            }
            try {
                Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING);
            }
            try (FileChannel folder = FileChannel.open(file.getParent(), StandardOpenOption.READ)) {
                folder.force(true);
            }
        } catch (IOException e) {
            throw new JournalException("cannot write the version base " + file + ": " + e.getMessage(), e);
        }
    }

    private static String shorten(String text) {
        return text.length() <= 40 ? text : text.substring(0, 40) + "...";
    }
}
