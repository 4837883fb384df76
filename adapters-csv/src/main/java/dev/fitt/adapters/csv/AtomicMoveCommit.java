package dev.fitt.adapters.csv;

import dev.fitt.adapters.csv.journal.FileLayer;
import java.io.IOException;
import java.nio.file.Path;

/**
 * Renames the written file over the target in one step, so readers and crashes see either the old
 * file or the new one, never a mix. Falls back to a plain replace where the file system cannot.
 * Then syncs the folder: until then a power loss may undo the rename, and the journal, trimmed
 * right after a save, would no longer hold the changes the lost file had.
 */
final class AtomicMoveCommit implements FileCommit {
    private final FileLayer files;

    AtomicMoveCommit() {
        this(FileLayer.real());
    }

    AtomicMoveCommit(FileLayer files) {
        this.files = files;
    }

    @Override
    public void replace(Path written, Path target) throws IOException {
        files.move(written, target);
        files.syncFolder(target.toAbsolutePath().getParent());
    }
}
