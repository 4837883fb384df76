package dev.fitt.adapters.csv;

import java.io.IOException;
import java.nio.file.Path;

/** The last step of a save: puts a fully written temporary file in place of the target. */
interface FileCommit {
    void replace(Path written, Path target) throws IOException;
}
