package dev.fitt.adapters.csv;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFileAttributes;

/**
 * A save replaces the target by a renamed copy, which would otherwise carry the copy's own mode:
 * the team that could read or write the file before must still can.
 */
final class FileModes {
    private FileModes() {
    }

    /**
     * Gives {@code copy} the POSIX permissions and group of {@code original}, if that exists; a new
     * file keeps the mode it was created with. The group only where this user may give it.
     */
    static void copy(Path original, Path copy) throws IOException {
        PosixFileAttributeView view = Files.getFileAttributeView(copy, PosixFileAttributeView.class);
        if (view == null) {
            return;
        }
        PosixFileAttributes was;
        try {
            was = Files.readAttributes(original, PosixFileAttributes.class);
        } catch (NoSuchFileException e) {
            return;
        }
        try {
            if (!view.readAttributes().group().equals(was.group())) {
                view.setGroup(was.group());
            }
        } catch (IOException e) {
            // Not a member of the file's group: the mode is still kept, under this user's group.
        }
        view.setPermissions(was.permissions());
    }
}
