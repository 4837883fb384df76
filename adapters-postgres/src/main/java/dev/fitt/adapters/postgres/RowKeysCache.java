package dev.fitt.adapters.postgres;

import dev.fitt.domain.FilePaths;
import dev.fitt.domain.ImageRows;
import java.io.BufferedOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.IntBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
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
    /** "FITTPGK1": the format; a later one changes the last byte. */
    private static final long MAGIC = 0x464954545047_4B31L;
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

    /** The keys of the import with this id and time, when the file holds them. */
    Optional<Keys> read(long datasetId, long importedAtMicros, int rowCount) {
        if (file == null) {
            return Optional.empty();
        }
        try {
            ByteBuffer in = ByteBuffer.wrap(Files.readAllBytes(file));
            if (in.getLong() != MAGIC || in.getLong() != datasetId || in.getLong() != importedAtMicros
                    || in.getInt() != rowCount) {
                LOG.info("{} is of another import or fitt: reading the rows' keys from the database", file);
                return Optional.empty();
            }
            String[] clips = column(in, rowCount);
            String[] cameras = column(in, rowCount);
            byte[] utf8 = new byte[in.getInt()];
            in.get(utf8);
            int[] starts = new int[rowCount + 1];
            in.asIntBuffer().get(starts);
            for (int row = 0; row < rowCount; row++) {
                if (starts[row] > starts[row + 1]) {
                    throw new IOException("path " + row + " ends before it starts");
                }
            }
            return Optional.of(new Keys(clips, cameras, FilePaths.ofPacked(utf8, starts)));
        } catch (NoSuchFileException e) {
            return Optional.empty();
        } catch (IOException | RuntimeException e) {
            // BufferUnderflowException, IllegalArgumentException: a cut or damaged file.
            LOG.warn("cannot read {} ({}): reading the rows' keys from the database", file, e.toString());
            return Optional.empty();
        }
    }

    private static String[] column(ByteBuffer in, int rowCount) throws IOException {
        String[] distinct = new String[in.getInt()];
        for (int i = 0; i < distinct.length; i++) {
            byte[] utf8 = new byte[in.getInt()];
            in.get(utf8);
            distinct[i] = new String(utf8, StandardCharsets.UTF_8);
        }
        String[] column = new String[rowCount];
        IntBuffer indices = in.asIntBuffer();
        for (int row = 0; row < rowCount; row++) {
            int index = indices.get();
            if (index < 0 || index >= distinct.length) {
                throw new IOException("row " + row + " names value " + index + " of " + distinct.length);
            }
            column[row] = distinct[index];
        }
        in.position(in.position() + 4 * rowCount);
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
            try (OutputStream stream = Files.newOutputStream(writing);
                    DataOutputStream out = new DataOutputStream(new BufferedOutputStream(stream, 1 << 16))) {
                out.writeLong(MAGIC);
                out.writeLong(datasetId);
                out.writeLong(importedAtMicros);
                out.writeInt(rows.size());
                column(out, rows.size(), rows::clipId);
                column(out, rows.size(), rows::camera);
                ByteBuffer utf8 = rows.filePaths().packedUtf8();
                out.writeInt(utf8.remaining());
                byte[] chunk = new byte[1 << 16];
                while (utf8.hasRemaining()) {
                    int size = Math.min(chunk.length, utf8.remaining());
                    utf8.get(chunk, 0, size);
                    out.write(chunk, 0, size);
                }
                IntBuffer starts = rows.filePaths().packedStarts();
                while (starts.hasRemaining()) {
                    out.writeInt(starts.get());
                }
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

    private static void column(DataOutputStream out, int rowCount, IntFunction<String> value) throws IOException {
        Map<String, Integer> indices = new HashMap<>();
        int[] column = new int[rowCount];
        for (int row = 0; row < rowCount; row++) {
            column[row] = indices.computeIfAbsent(value.apply(row), v -> indices.size());
        }
        String[] distinct = new String[indices.size()];
        indices.forEach((v, i) -> distinct[i] = v);
        out.writeInt(distinct.length);
        for (String v : distinct) {
            byte[] utf8 = v.getBytes(StandardCharsets.UTF_8);
            out.writeInt(utf8.length);
            out.write(utf8);
        }
        for (int index : column) {
            out.writeInt(index);
        }
    }
}
