package dev.fitt.adapters.csv;

import dev.fitt.ports.DatasetLoadException;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One process's exclusive hold on an output file and everything fitt keeps beside it (journal,
 * load caches, save temp files): {@code <output>.lock}, locked with the operating system. Two
 * processes saving to one output would each rewrite the CSV from their own memory and trim each
 * other's journal, losing acknowledged changes; the second is refused instead. The OS drops the
 * lock when its process ends, however it ends, so a crash never leaves a stale hold; the file
 * itself stays (deleting it would let a third process lock a new file while a second still holds
 * the old one). It names its holder so that a refused start can say who is in the way.
 */
public final class OutputLock implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(OutputLock.class);
    /**
     * The locked byte lies far past the holder line, so systems with mandatory locks still let a
     * refused process read who holds it.
     */
    private static final long LOCKED_BYTE = Long.MAX_VALUE - 1;

    private final Path output;
    private final Path lockFile;
    private FileChannel channel;
    private FileLock lock;

    OutputLock(Path output) {
        this.output = output.toAbsolutePath();
        this.lockFile = this.output.resolveSibling(this.output.getFileName() + ".lock");
    }

    private OutputLock() {
        this.output = null;
        this.lockFile = null;
    }

    /**
     * A hold that holds nothing: for a server whose labels live elsewhere (a database several servers
     * share), which takes the real hold only when it comes to write the CSV.
     */
    public static OutputLock none() {
        return new OutputLock();
    }

    /**
     * Takes the hold, then removes what saves of an earlier run that crashed left behind (only
     * now: a running holder's save in progress must never be deleted).
     *
     * @throws DatasetLoadException when another process (or another server in this one) holds it,
     *     naming the folder and the holder, or when the folder cannot be written
     */
    public synchronized void acquire() throws DatasetLoadException {
        if (lock != null || output == null) {
            return;
        }
        Path folder = output.getParent();
        FileChannel opened = null;
        try {
            Files.createDirectories(folder);
            opened = FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.READ,
                    StandardOpenOption.WRITE);
            FileLock taken;
            try {
                taken = opened.tryLock(LOCKED_BYTE, 1, false);
            } catch (OverlappingFileLockException e) {
                taken = null; // held by this JVM: another server started in the same process
            }
            if (taken == null) {
                String holder = holder(opened);
                opened.close();
                throw new DatasetLoadException("the save folder " + folder + " is in use: " + holder + " saves "
                        + output.getFileName() + " there. Stop it first, or save to another folder (lock file "
                        + lockFile + ")");
            }
            opened.truncate(0);
            opened.write(ByteBuffer.wrap(holderLine().getBytes(StandardCharsets.UTF_8)), 0);
            channel = opened;
            lock = taken;
        } catch (IOException e) {
            closeQuietly(opened);
            throw new DatasetLoadException("cannot lock the save folder " + folder + " (" + lockFile + "): " + e, e);
        }
        LeftoverFiles.removeBeside(output);
    }

    /** Ends the hold; the next process may take it. */
    @Override
    public synchronized void close() {
        if (channel == null) {
            return;
        }
        try {
            lock.release();
        } catch (IOException e) {
            LOG.debug("releasing {}", lockFile, e);
        }
        closeQuietly(channel);
        channel = null;
        lock = null;
    }

    private static String holderLine() {
        return "fitt pid " + ProcessHandle.current().pid() + " on host " + HostName.current() + " (started "
                + Instant.now().truncatedTo(ChronoUnit.SECONDS) + ")\n";
    }

    /** The holder as it wrote itself into the file, or a plain word when it has not yet. */
    private static String holder(FileChannel channel) throws IOException {
        ByteBuffer bytes = ByteBuffer.allocate(512);
        channel.read(bytes, 0);
        String line = new String(bytes.array(), 0, bytes.position(), StandardCharsets.UTF_8).lines().findFirst()
                .orElse("").strip();
        return line.isEmpty() ? "another fitt" : line;
    }

    private static void closeQuietly(FileChannel channel) {
        if (channel == null) {
            return;
        }
        try {
            channel.close();
        } catch (IOException ignored) {
            // Closing releases the lock as well; nothing is left to do about a failure here.
        }
    }
}
