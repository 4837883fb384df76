package dev.fitt.adapters.postgres;

import dev.fitt.domain.FilePaths;
import dev.fitt.domain.ImageRows;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.IntBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.IntFunction;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The columns of a dataset's rows that never change after its import (clip, camera, file path),
 * kept in a local file so that a start reads only the labels and provenance from the database: the
 * keys are most of the bytes a start would read. The file names the dataset's id and import time;
 * a file of another import, or one that cannot be read, is ignored and written anew. Written under
 * a temporary name and moved into place, so a crash or a full disk leaves the old file or none.
 */
final class RowKeysCache {
    private static final Logger LOG = LoggerFactory.getLogger(RowKeysCache.class);
    /** "FITTPGK2": the format (2: ends with a checksum); a later one changes the last byte. */
    private static final long MAGIC = 0x464954545047_4B32L;
    private static final Duration LEFTOVER_AGE = Duration.ofMinutes(10);

    /** What the file holds for one import. */
    record Keys(String[] clips, String[] cameras, FilePaths paths) {
    }

    /** Null: no file (a command that loads once, such as `fitt export`). */
    private final Path file;

    RowKeysCache(Path file) {
        this.file = file;
    }

    static RowKeysCache none() {
        return new RowKeysCache(null);
    }

    /**
     * The keys of the import with this id and time, when the file holds them. Read in small chunks
     * straight into the arrays kept ({@link KeysFileBytes}), not as one array of the whole file: at a
     * million rows that would be ~30 MB more for the collector while the rows load.
     */
    Optional<Keys> read(long datasetId, long importedAtMicros, int rowCount) {
        if (file == null) {
            return Optional.empty();
        }
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
            KeysFileBytes.In in = new KeysFileBytes.In(channel);
            if (in.getLong() != MAGIC || in.getLong() != datasetId || in.getLong() != importedAtMicros
                    || in.getInt() != rowCount) {
                LOG.info("{} is of another import or fitt: reading the rows' keys from the database", file);
                return Optional.empty();
            }
            String[] clips = column(in, rowCount);
            String[] cameras = column(in, rowCount);
            byte[] utf8 = in.bytes(in.getInt());
            int[] starts = new int[rowCount + 1];
            in.ints(starts.length, (at, value) -> starts[at] = value);
            in.finish();
            for (int row = 0; row < rowCount; row++) {
                if (starts[row] > starts[row + 1]) {
                    throw new IOException("path " + row + " ends before it starts");
                }
            }
            return Optional.of(new Keys(clips, cameras, FilePaths.ofPacked(utf8, starts)));
        } catch (NoSuchFileException e) {
            return Optional.empty();
        } catch (IOException | RuntimeException e) {
            // IllegalArgumentException from FilePaths: a damaged file.
            LOG.warn("cannot read {} ({}): reading the rows' keys from the database", file, e.toString());
            return Optional.empty();
        }
    }

    private static String[] column(KeysFileBytes.In in, int rowCount) throws IOException {
        int count = in.getInt();
        if (count < 0 || count > rowCount) {
            throw new IOException("a column names " + count + " values for " + rowCount + " rows");
        }
        String[] distinct = new String[count];
        for (int i = 0; i < distinct.length; i++) {
            distinct[i] = new String(in.bytes(in.getInt()), StandardCharsets.UTF_8);
        }
        String[] column = new String[rowCount];
        in.ints(rowCount, (row, index) -> {
            if (index < 0 || index >= distinct.length) {
                throw new IOException("row " + row + " names value " + index + " of " + distinct.length);
            }
            column[row] = distinct[index];
        });
        return column;
    }

    /** Keeps the keys of {@code rows}; a failure (a full disk) is logged: the next start reads them from the database. */
    void write(long datasetId, long importedAtMicros, ImageRows rows) {
        if (file == null) {
            return;
        }
        Path writing = null;
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            removeLeftovers();
            writing = Files.createTempFile(file.toAbsolutePath().getParent(), file.getFileName() + ".", ".writing");
            try (FileChannel channel = FileChannel.open(writing, StandardOpenOption.WRITE)) {
                KeysFileBytes.Out out = new KeysFileBytes.Out(channel);
                out.putLong(MAGIC);
                out.putLong(datasetId);
                out.putLong(importedAtMicros);
                out.putInt(rows.size());
                column(out, rows.size(), rows::clipId);
                column(out, rows.size(), rows::camera);
                ByteBuffer utf8 = rows.filePaths().packedUtf8();
                out.putInt(utf8.remaining());
                out.put(utf8);
                IntBuffer starts = rows.filePaths().packedStarts();
                while (starts.hasRemaining()) {
                    out.putInt(starts.get());
                }
                out.finish();
            }
            Files.move(writing, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException | RuntimeException e) {
            LOG.warn("cannot keep the rows' keys in {} ({}): the next start reads them from the database again",
                    file, e.toString());
            if (writing != null) {
                try {
                    Files.deleteIfExists(writing);
                } catch (IOException ignored) {
                    // Left behind: the next write uses a name of its own.
                }
            }
        }
    }

    /**
     * Files of writes a crash cut short; a recent one may be another server's write in progress
     * (two servers of one save folder), so only old ones go.
     */
    private void removeLeftovers() throws IOException {
        Instant old = Instant.now().minus(LEFTOVER_AGE);
        try (DirectoryStream<Path> leftovers = Files.newDirectoryStream(file.toAbsolutePath().getParent(),
                file.getFileName() + ".*.writing")) {
            for (Path leftover : leftovers) {
                if (Files.getLastModifiedTime(leftover).toInstant().isBefore(old)) {
                    Files.deleteIfExists(leftover);
                }
            }
        }
    }

    private static void column(KeysFileBytes.Out out, int rowCount, IntFunction<String> value) throws IOException {
        Map<String, Integer> indices = new HashMap<>();
        int[] column = new int[rowCount];
        String last = null;
        int lastIndex = -1;
        for (int row = 0; row < rowCount; row++) {
            String v = value.apply(row);
            // Rows of a clip come together and share their strings: most rows need no lookup.
            if (v != last) {
                last = v;
                lastIndex = indices.computeIfAbsent(v, k -> indices.size());
            }
            column[row] = lastIndex;
        }
        String[] distinct = new String[indices.size()];
        indices.forEach((v, i) -> distinct[i] = v);
        out.putInt(distinct.length);
        for (String v : distinct) {
            byte[] utf8 = v.getBytes(StandardCharsets.UTF_8);
            out.putInt(utf8.length);
            out.put(utf8);
        }
        for (int index : column) {
            out.putInt(index);
        }
    }
}
