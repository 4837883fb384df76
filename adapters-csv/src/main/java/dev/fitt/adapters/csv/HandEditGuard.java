package dev.fitt.adapters.csv;

import dev.fitt.adapters.csv.journal.FileLayer;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Objects;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Notices that the output file changed under the server (someone edited it by hand) before a save
 * replaces it, and keeps that version aside as {@code <name>.<time>.conflict.csv}: a save writes
 * the server's labels, and must not make a person's work vanish without a word. Cheap on every
 * save: the file's size, modification time and identity; only when those moved are its bytes
 * compared with the fingerprint of what the last save wrote (a backup tool may touch a file
 * without changing it).
 */
final class HandEditGuard {
    private static final Logger LOG = LoggerFactory.getLogger(HandEditGuard.class);
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'")
            .withZone(ZoneOffset.UTC);

    /** The output as fitt last left it; {@code fingerprint} null when only its attributes are known. */
    private record Seen(long size, FileTime modified, Object identity, Fingerprint fingerprint) {
        boolean sameAttributes(Seen other) {
            return size == other.size && modified.equals(other.modified) && Objects.equals(identity, other.identity);
        }
    }

    /** Marks an output that did not exist when fitt last looked. */
    private static final Seen ABSENT = new Seen(-1, FileTime.fromMillis(0), null, null);

    private final Path output;
    private final FileLayer files;
    /** Null until a load or save: a store that has not read the file has nothing to compare with. */
    private volatile Seen seen;

    HandEditGuard(Path output, FileLayer files) {
        this.output = output.toAbsolutePath();
        this.files = files;
    }

    /** The output as the load found it. */
    void loaded() throws IOException {
        seen = look(null);
    }

    /** The output as the save that wrote {@code written} left it. */
    void saved(Fingerprint written) throws IOException {
        seen = look(written);
    }

    /**
     * Before a save replaces the output with {@code incoming}: keeps the output aside if someone else
     * changed it since fitt last loaded or saved it, unless they changed it to exactly what
     * {@code incoming} holds (a {@code fitt export} of the same labels): then nothing would be lost.
     */
    void keepHandEditAside(Path incoming) throws IOException {
        Seen before = seen;
        if (before == null) {
            return;
        }
        Seen now = look(null);
        if (now == ABSENT || before != ABSENT && before.sameAttributes(now)) {
            return;
        }
        // The output's bytes are read at most once, and only when a size says they may match.
        Fingerprint onDisk = null;
        if (before != ABSENT && before.fingerprint() != null && before.fingerprint().size() == now.size()) {
            onDisk = Fingerprint.of(output);
            if (before.fingerprint().equals(onDisk)) {
                return;
            }
        }
        if (Files.size(incoming) == now.size()) {
            onDisk = onDisk != null ? onDisk : Fingerprint.of(output);
            if (Fingerprint.of(incoming).equals(onDisk)) {
                seen = now;
                LOG.info("{} changed on disk since fitt last loaded or saved it, to exactly what this save writes:"
                        + " nothing to keep aside", output);
                return;
            }
        }
        Path aside = copyAside();
        // Kept once: should this save fail, the next one must not keep the same version again.
        seen = now;
        LOG.warn("{} changed on disk since fitt last loaded or saved it (edited by hand?): that version is kept "
                + "as {}; {} now gets the server's labels", output, aside, output);
    }

    private Path copyAside() throws IOException {
        String name = output.getFileName().toString();
        String stem = name.toLowerCase().endsWith(".csv") ? name.substring(0, name.length() - 4) : name;
        String stamp = STAMP.format(Instant.now());
        for (int n = 1; ; n++) {
            Path aside = output.resolveSibling(stem + "." + stamp + (n == 1 ? "" : "-" + n) + ".conflict.csv");
            try (FileChannel to = files.open(aside, Set.of(StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE));
                 FileChannel from = FileChannel.open(output, StandardOpenOption.READ)) {
                long size = from.size();
                for (long done = 0; done < size; ) {
                    done += to.transferFrom(from, done, size - done);
                }
                FileModes.copy(output, aside);
                // The save right after syncs the folder, and with it this file's name.
                files.force(to, aside, true);
                return aside;
            } catch (FileAlreadyExistsException e) {
                // A second conflict within the same second: number it.
            }
        }
    }

    private Seen look(Fingerprint fingerprint) throws IOException {
        try {
            BasicFileAttributes attributes = Files.readAttributes(output, BasicFileAttributes.class);
            return new Seen(attributes.size(), attributes.lastModifiedTime(), attributes.fileKey(), fingerprint);
        } catch (NoSuchFileException e) {
            return ABSENT;
        }
    }
}
