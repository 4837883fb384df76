package dev.fitt.adapters.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.fitt.ports.ImageUnavailableException;
import dev.fitt.server.port.out.ImageSourceContract;
import dev.fitt.server.port.out.ImageFile;
import dev.fitt.server.port.out.ImageSourcePort;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FilesystemImageSourceTest extends ImageSourceContract {
    @TempDir
    Path root;
    private Path dataFolder;
    private Path workingDirectory;

    @BeforeEach
    void folders() throws Exception {
        dataFolder = Files.createDirectories(root.resolve("data"));
        workingDirectory = Files.createDirectories(root.resolve("cwd"));
    }

    private ImageSourcePort source() {
        return CsvAdapter.imageSource(dataFolder.resolve("data.csv"), workingDirectory);
    }

    @Override
    protected ImageSourcePort sourceHolding(Map<String, byte[]> images) throws Exception {
        for (Map.Entry<String, byte[]> image : images.entrySet()) {
            Path file = dataFolder.resolve(image.getKey());
            Files.createDirectories(file.getParent());
            Files.write(file, image.getValue());
        }
        return source();
    }

    @Test
    void aRelativePathIsFoundNextToTheDataFileFirst() throws Exception {
        Files.write(dataFolder.resolve("a.jpg"), new byte[] {1});
        Files.write(workingDirectory.resolve("a.jpg"), new byte[] {2});

        assertThat(source().read("a.jpg").bytes()).containsExactly(1);
    }

    @Test
    void theFileToSendIsTheOneReadWouldRead() throws Exception {
        Files.write(dataFolder.resolve("a.jpg"), new byte[] {1});
        Files.write(workingDirectory.resolve("a.jpg"), new byte[] {2});
        Files.createDirectories(workingDirectory.resolve("images/c.jpg"));

        assertThat(source().file("a.jpg")).map(ImageFile::path).contains(dataFolder.resolve("a.jpg"));
        assertThat(source().file("images/c.jpg")).as("a folder is no file to send").isEmpty();
    }

    private ImageSourcePort sourceUnder(Path imageRoot) {
        return CsvAdapter.imageSource(dataFolder.resolve("data.csv"), workingDirectory,
                new ImageAccess(imageRoot, false));
    }

    private ImageSourcePort sourceServingAnywhere() {
        return CsvAdapter.imageSource(dataFolder.resolve("data.csv"), workingDirectory, ImageAccess.anywhere());
    }

    @Test
    void aRelativePathFallsBackToTheWorkingDirectoryWhenTheRootHoldsIt() throws Exception {
        Files.createDirectories(workingDirectory.resolve("images"));
        Files.write(workingDirectory.resolve("images/b.jpg"), new byte[] {2});

        assertThat(sourceUnder(root).read("images/b.jpg").bytes()).containsExactly(2);
        assertThat(sourceServingAnywhere().read("images/b.jpg").bytes()).containsExactly(2);
        assertThatThrownBy(() -> source().read("images/b.jpg"))
                .as("the working directory is outside the default root, the data CSV's folder")
                .hasMessageStartingWith("image refused: images/b.jpg is outside the image root");
    }

    @Test
    void anAbsolutePathIsUsedAsItIsWhenOutsideTheRootIsAllowed() throws Exception {
        Path elsewhere = Files.write(root.resolve("elsewhere.png"), new byte[] {3, 4});

        assertThat(sourceServingAnywhere().read(elsewhere.toString()).bytes()).containsExactly(3, 4);
        assertThat(sourceServingAnywhere().file(elsewhere.toString())).map(ImageFile::path)
                .contains(elsewhere.toRealPath());
    }

    @Test
    void aSetRootReplacesTheDataFolder() throws Exception {
        Path images = Files.createDirectories(dataFolder.resolve("images"));
        Files.write(images.resolve("a.jpg"), new byte[] {1});
        Files.write(dataFolder.resolve("beside.jpg"), new byte[] {2});

        assertThat(sourceUnder(images).read("images/a.jpg").bytes()).containsExactly(1);
        assertThatThrownBy(() -> sourceUnder(images).read("beside.jpg"))
                .hasMessage("image refused: beside.jpg is outside the image root " + images.toRealPath());
    }

    @Test
    void aRootThatIsNoFolderIsRefusedAtOnce() throws Exception {
        Path file = Files.write(root.resolve("file"), new byte[0]);

        assertThatThrownBy(() -> sourceUnder(root.resolve("nothing")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("the image root " + root.resolve("nothing") + " does not exist");
        assertThatThrownBy(() -> sourceUnder(file))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("the image root " + file + " is not a folder");
    }

    @Test
    void aDeviceIsRefusedEvenWhereAnyFileMayBeServed() {
        assertThatThrownBy(() -> sourceServingAnywhere().read("/dev/zero"))
                .hasMessage("image refused: /dev/zero is not a regular file");
        assertThat(sourceServingAnywhere().file("/dev/zero")).isEmpty();
    }

    @Test
    void checkingAnImageSaysWhatReadingItWouldWithoutReadingIt() throws Exception {
        Files.write(dataFolder.resolve("a.jpg"), new byte[] {1});
        Files.write(root.resolve("secret.txt"), new byte[] {9});

        source().check("a.jpg");
        assertThatThrownBy(() -> source().check("../secret.txt"))
                .hasMessageStartingWith("image refused: ../secret.txt is outside the image root");
        assertThatThrownBy(() -> source().check("gone.jpg")).hasMessageStartingWith("image not found: gone.jpg");
    }

    @Test
    void aMissingImageSaysWhereItWasLookedFor() {
        assertThatThrownBy(() -> source().read("images/x.jpg"))
                .isInstanceOf(ImageUnavailableException.class)
                .hasMessage("image not found: images/x.jpg (looked in " + dataFolder + " and " + workingDirectory + ")");
    }

    @Test
    void aMissingAbsoluteImageIsNamed() {
        String path = root.resolve("gone.jpg").toString();

        assertThatThrownBy(() -> source().read(path))
                .isInstanceOf(ImageUnavailableException.class)
                .hasMessage("image not found: " + path);
    }

    @Test
    void aFolderIsNoImage() throws Exception {
        Files.createDirectories(dataFolder.resolve("images"));

        assertThatThrownBy(() -> source().read("images"))
                .isInstanceOf(ImageUnavailableException.class)
                .hasMessage("image path is a folder, not a file: " + dataFolder.resolve("images"));
    }

    @Test
    void anEmptyPathIsNoImage() {
        assertThatThrownBy(() -> source().read(""))
                .isInstanceOf(ImageUnavailableException.class)
                .hasMessage("image has no file path (empty file_path cell)");
    }

    @Test
    void aPathTheFileSystemCannotNameIsUnavailable() {
        assertThatThrownBy(() -> source().read("bad\u0000name.jpg"))
                .isInstanceOf(ImageUnavailableException.class)
                .hasMessageStartingWith("invalid image path: bad\u0000name.jpg");
    }

    // What may be served: regular files under the image root (by default the data CSV's folder).

    @Test
    void aSymlinkOutOfTheRootIsRefusedEvenThoughItsTargetExists() throws Exception {
        Path secret = Files.write(root.resolve("secret.txt"), new byte[] {9});
        Files.createSymbolicLink(dataFolder.resolve("link.jpg"), secret);

        assertThatThrownBy(() -> source().read("link.jpg"))
                .isInstanceOf(ImageUnavailableException.class)
                .hasMessageStartingWith("image refused: link.jpg is outside the image root " + dataFolder);
        assertThat(source().file("link.jpg")).isEmpty();
    }

    @Test
    void aFolderLinkedFromInsideTheRootToOutsideIsRefused() throws Exception {
        Path outside = Files.createDirectories(root.resolve("outside"));
        Files.write(outside.resolve("a.jpg"), new byte[] {9});
        Files.createSymbolicLink(dataFolder.resolve("images"), outside);

        assertThatThrownBy(() -> source().read("images/a.jpg"))
                .hasMessageStartingWith("image refused: images/a.jpg is outside the image root");
        assertThat(source().file("images/a.jpg")).isEmpty();
    }

    @Test
    void aSymlinkWithinTheRootIsServedAsTheFileItPointsTo() throws Exception {
        Path target = Files.write(dataFolder.resolve("real.jpg"), new byte[] {5});
        Files.createSymbolicLink(dataFolder.resolve("alias.jpg"), Path.of("real.jpg"));

        assertThat(source().read("alias.jpg").bytes()).containsExactly(5);
        assertThat(source().file("alias.jpg")).map(ImageFile::path).contains(target.toRealPath());
    }

    @Test
    void dotDotOutOfTheRootIsRefusedAndWithinItIsFine() throws Exception {
        Files.write(root.resolve("secret.txt"), new byte[] {9});
        Files.createDirectories(dataFolder.resolve("images"));
        Files.write(dataFolder.resolve("a.jpg"), new byte[] {1});

        assertThatThrownBy(() -> source().read("../secret.txt"))
                .hasMessageStartingWith("image refused: ../secret.txt is outside the image root");
        assertThat(source().file("../secret.txt")).isEmpty();
        assertThat(source().read("images/../a.jpg").bytes()).containsExactly(1);
    }

    @Test
    void anAbsolutePathOutsideTheRootIsRefusedAndInsideItIsServed() throws Exception {
        Path elsewhere = Files.write(root.resolve("elsewhere.png"), new byte[] {3, 4});
        Path inside = Files.write(dataFolder.resolve("inside.png"), new byte[] {5});

        assertThatThrownBy(() -> source().read(elsewhere.toString()))
                .hasMessageStartingWith("image refused: " + elsewhere + " is outside the image root");
        assertThat(source().file(elsewhere.toString())).isEmpty();
        assertThat(source().read(inside.toString()).bytes()).containsExactly(5);
    }

    @Test
    void aDeviceIsNeverAnImage() {
        // /dev/zero has no end: reading it whole filled the heap.
        assertThatThrownBy(() -> source().read("/dev/zero"))
                .isInstanceOf(ImageUnavailableException.class)
                .hasMessageContaining("/dev/zero");
        assertThat(source().file("/dev/zero")).isEmpty();
    }

    @Test
    @org.junit.jupiter.api.Timeout(20)
    void aFifoInsideTheRootIsRefusedWithoutWaitingForAWriter() throws Exception {
        Path fifo = dataFolder.resolve("pipe.jpg");
        Process mkfifo = new ProcessBuilder("mkfifo", fifo.toString()).start();
        assertThat(mkfifo.waitFor()).isZero();

        assertThatThrownBy(() -> source().read("pipe.jpg"))
                .isInstanceOf(ImageUnavailableException.class)
                .hasMessage("image refused: pipe.jpg is not a regular file");
        assertThat(source().file("pipe.jpg")).isEmpty();
    }
}
