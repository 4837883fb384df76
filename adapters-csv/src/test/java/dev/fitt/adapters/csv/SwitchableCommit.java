package dev.fitt.adapters.csv;

import java.io.IOException;
import java.nio.file.Path;

/** Commits like the real adapter until told to fail: a disk that fills up mid-save. */
final class SwitchableCommit implements FileCommit {
    private final FileCommit real = new AtomicMoveCommit();
    private volatile boolean failing;

    void failFromNowOn() {
        failing = true;
    }

    @Override
    public void replace(Path written, Path target) throws IOException {
        if (failing) {
            throw new IOException("No space left on device (simulated)");
        }
        real.replace(written, target);
    }
}
