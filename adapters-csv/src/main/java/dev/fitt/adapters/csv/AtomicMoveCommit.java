package dev.fitt.adapters.csv;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Renames the written file over the target in one step, so readers and crashes see either the old
 * file or the new one, never a mix. Falls back to a plain replace where the file system cannot.
 */
final class AtomicMoveCommit implements FileCommit {
    @Override
    public void replace(Path written, Path target) throws IOException {
        try {
            Files.move(written, target, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(written, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }
}
