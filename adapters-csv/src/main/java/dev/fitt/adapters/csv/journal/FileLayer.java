package dev.fitt.adapters.csv.journal;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.OpenOption;
import java.nio.file.Path;
import java.util.Set;

/**
 * The file operations whose order decides what a power loss leaves behind: the saves and the
 * journal do them through this, so that a test can record them and drop whatever was not yet
 * synced, as a power loss would. Public only because the CSV store in the parent package shares it;
 * nothing outside this adapter uses it. Reads and plain metadata calls go straight to {@code Files}.
 */
public interface FileLayer {
    /** Opens a file for writing, creating it as {@code options} say. */
    FileChannel open(Path file, Set<? extends OpenOption> options) throws IOException;

    /** Writes at {@code position}; returns the bytes written. */
    int write(FileChannel channel, ByteBuffer bytes, long position) throws IOException;

    /** Makes the data written to {@code file} through {@code channel} durable (and its metadata, if asked). */
    void force(FileChannel channel, Path file, boolean metadata) throws IOException;

    /** Renames {@code from} over {@code to} in one step (a plain replace where the file system cannot). */
    void move(Path from, Path to) throws IOException;

    /** Deletes the file if it exists. */
    void delete(Path file) throws IOException;

    /**
     * Makes the renames, creations and deletions in {@code folder} durable: until then a power loss
     * may undo them, even when the files' own data was synced.
     */
    void syncFolder(Path folder) throws IOException;

    /** The real file system. */
    static FileLayer real() {
        return RealFileLayer.INSTANCE;
    }
}
