package dev.fitt.adapters.csv;

import static dev.fitt.adapters.csv.CsvLoadTest.README_META;
import static dev.fitt.adapters.csv.CsvLoadTest.README_SAMPLE;
import static org.assertj.core.api.Assertions.assertThat;

import dev.fitt.server.port.out.DatasetFixture;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.GroupPrincipal;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermissions;
import java.nio.file.attribute.UserPrincipalNotFoundException;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** A save replaces the file by a renamed copy: the copy must carry the file's mode (and group), or a new file's. */
@Timeout(30)
class SavedFileModesTest {
    @TempDir
    Path dir;

    @BeforeEach
    void posixOnly() {
        Assumptions.assumeTrue(dir.getFileSystem().supportedFileAttributeViews().contains("posix"));
    }

    private Path data() {
        return dir.resolve("data.csv");
    }

    private CsvDatasetStore store(boolean sameFile) throws IOException {
        Files.writeString(data(), README_SAMPLE);
        Files.writeString(dir.resolve("meta.csv"), README_META);
        return new CsvDatasetStore(new CsvStoreConfig(data(), dir.resolve("meta.csv"),
                sameFile ? null : dir.resolve("out"), sameFile), new AtomicMoveCommit());
    }

    private static String mode(Path file) throws IOException {
        return PosixFilePermissions.toString(Files.getPosixFilePermissions(file));
    }

    @Test
    void savingIntoTheDataFileKeepsItsMode() throws Exception {
        CsvDatasetStore store = store(true);
        Files.setPosixFilePermissions(data(), PosixFilePermissions.fromString("rw-rw-r--"));

        store.save(DatasetFixture.labels(3, 3, "TFF", ".TT", "FFT"));

        assertThat(Files.readString(data())).contains("images/img_002.jpg,,True,True");
        assertThat(mode(data())).isEqualTo("rw-rw-r--");
    }

    @Test
    void aNewLabelledFileGetsTheModeAnyNewFileGetsThere() throws Exception {
        CsvDatasetStore store = store(false);
        Path out = dir.resolve("out");
        Files.createDirectories(out);
        Path ordinary = Files.writeString(out.resolve("made-by-hand.txt"), "x");

        store.save(DatasetFixture.labels(3, 3, "TFF", ".TT", "FFT"));

        Path labelled = out.resolve("data__labelled__.csv");
        assertThat(mode(labelled)).isEqualTo(mode(ordinary)).startsWith("rw-r");
    }

    @Test
    void anExistingLabelledFileKeepsItsModeAndGroup() throws Exception {
        CsvDatasetStore store = store(false);
        store.save(DatasetFixture.labels(3, 3, "TFF", ".TT", "FFT"));
        Path labelled = dir.resolve("out").resolve("data__labelled__.csv");
        Files.setPosixFilePermissions(labelled, PosixFilePermissions.fromString("rw-rw----"));
        GroupPrincipal team = groupOtherThanTheFiles(labelled);
        if (team != null) {
            Files.getFileAttributeView(labelled, PosixFileAttributeView.class).setGroup(team);
        }

        store.save(DatasetFixture.labels(3, 3, "FFF", "FFF", "FFF"));

        assertThat(Files.readString(labelled)).contains("images/img_002.jpg,False,False,False");
        assertThat(mode(labelled)).isEqualTo("rw-rw----");
        if (team != null) {
            assertThat(Files.readAttributes(labelled, java.nio.file.attribute.PosixFileAttributes.class).group())
                    .isEqualTo(team);
        }
    }

    /** A group this user may give a file (any, as root), or null where none can be found. */
    private static GroupPrincipal groupOtherThanTheFiles(Path file) throws IOException {
        GroupPrincipal current = Files.readAttributes(file, java.nio.file.attribute.PosixFileAttributes.class).group();
        for (String name : new String[] {"users", "daemon", "adm", "staff", "nogroup"}) {
            try {
                GroupPrincipal group = file.getFileSystem().getUserPrincipalLookupService()
                        .lookupPrincipalByGroupName(name);
                if (!group.equals(current)) {
                    Path probe = Files.createTempFile(file.getParent(), "probe", ".tmp");
                    try {
                        Files.getFileAttributeView(probe, PosixFileAttributeView.class).setGroup(group);
                        return group;
                    } catch (IOException notAllowed) {
                        // Not a member of that group: try the next.
                    } finally {
                        Files.delete(probe);
                    }
                }
            } catch (UserPrincipalNotFoundException e) {
                // No such group on this machine.
            }
        }
        return null;
    }
}
