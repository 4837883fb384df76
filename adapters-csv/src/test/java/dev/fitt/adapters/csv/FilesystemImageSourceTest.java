package dev.fitt.adapters.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.fitt.ports.ImageUnavailableException;
import dev.fitt.ports.out.ImageSourceContract;
import dev.fitt.ports.out.ImageFile;
import dev.fitt.ports.out.ImageSourcePort;
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

    @Test
    void aRelativePathFallsBackToTheWorkingDirectory() throws Exception {
        Files.createDirectories(workingDirectory.resolve("images"));
        Files.write(workingDirectory.resolve("images/b.jpg"), new byte[] {2});

        assertThat(source().read("images/b.jpg").bytes()).containsExactly(2);
    }

    @Test
    void anAbsolutePathIsUsedAsItIs() throws Exception {
        Path elsewhere = Files.write(root.resolve("elsewhere.png"), new byte[] {3, 4});

        assertThat(source().read(elsewhere.toString()).bytes()).containsExactly(3, 4);
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
}
