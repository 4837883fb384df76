package dev.fitt.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.ByteBuffer;
import java.nio.IntBuffer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(10)
class FilePathsTest {
    @Test
    void everyPathComesBackAsAddedIncludingEmptyAndNonAsciiOnes() {
        String[] paths = {"images/a.jpg", "", "caf\u00e9/\u5199\u771f.jpg", "emoji/\uD83D\uDE00.png", "x"};

        FilePaths packed = FilePaths.of(paths);

        assertThat(packed.size()).isEqualTo(5);
        for (int row = 0; row < paths.length; row++) {
            assertThat(packed.get(row)).isEqualTo(paths[row]);
        }
    }

    @Test
    void thePackedFormReadsBackAsTheSamePathsAndCannotBeChangedThroughItsViews() {
        FilePaths paths = FilePaths.of("images/a.jpg", "", "caf\u00e9/\u5199\u771f.jpg");
        ByteBuffer utf8 = paths.packedUtf8();
        IntBuffer starts = paths.packedStarts();
        byte[] bytes = new byte[utf8.remaining()];
        utf8.duplicate().get(bytes);
        int[] offsets = new int[starts.remaining()];
        starts.duplicate().get(offsets);

        FilePaths copy = FilePaths.ofPacked(bytes, offsets);

        assertThat(copy.size()).isEqualTo(3);
        assertThat(copy.get(2)).isEqualTo("caf\u00e9/\u5199\u771f.jpg");
        assertThat(utf8.isReadOnly()).isTrue();
        assertThat(starts.isReadOnly()).isTrue();
    }

    @Test
    void manyPathsGrowTheBuilderWithoutLosingAny() {
        FilePaths.Builder builder = new FilePaths.Builder();
        for (int row = 0; row < 100_000; row++) {
            builder.add("images/clip_" + row / 300 + "/frame_" + row + ".jpg");
        }

        FilePaths packed = builder.build();

        assertThat(packed.size()).isEqualTo(100_000);
        assertThat(packed.get(0)).isEqualTo("images/clip_0/frame_0.jpg");
        assertThat(packed.get(99_999)).isEqualTo("images/clip_333/frame_99999.jpg");
    }

    @Test
    void pathsAddedFromAReusedCharBufferPackAsTheirStringsWould() {
        String[] paths = {"images/a.jpg", "", "caf\u00e9/\u5199\u771f.jpg", "emoji/\uD83D\uDE00.png", "x"};
        FilePaths.Builder builder = new FilePaths.Builder();
        char[] buffer = new char[64];
        for (String path : paths) {
            path.getChars(0, path.length(), buffer, 3);
            builder.add(buffer, 3, path.length());
            buffer[3] = '#';
        }

        FilePaths packed = builder.build();

        assertThat(packed.packedUtf8()).isEqualTo(FilePaths.of(paths).packedUtf8());
        assertThat(packed.packedStarts()).isEqualTo(FilePaths.of(paths).packedStarts());
        assertThat(packed.get(3)).isEqualTo("emoji/\uD83D\uDE00.png");
    }

    @Test
    void anUnpairedSurrogateFromACharBufferIsRefusedToo() {
        char[] buffer = "ok.jpgbad\uD800.jpg".toCharArray();
        FilePaths.Builder builder = new FilePaths.Builder().add(buffer, 0, 6);

        assertThatThrownBy(() -> builder.add(buffer, 6, buffer.length - 6))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("row 1's file path has an unpaired surrogate: bad\uD800.jpg");
    }

    @Test
    void aPathUtf8CannotHoldIsRefusedNamingItsRow() {
        assertThatThrownBy(() -> FilePaths.of("a.jpg", "bad\uD800.jpg"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("row 1's file path has an unpaired surrogate: bad\uD800.jpg");
    }

    @Test
    void aRowOutsideTheColumnIsAnIndexError() {
        assertThatThrownBy(() -> FilePaths.of("a.jpg").get(1)).isInstanceOf(IndexOutOfBoundsException.class);
    }

    @Test
    void imageRowsFromStringsServeTheSamePaths() {
        ImageRows rows = new ImageRows(new String[] {"1", "1"}, new String[] {"a", "b"}, new String[] {"p/1.jpg", "p/\u00e9.jpg"});

        assertThat(rows.filePath(0)).isEqualTo("p/1.jpg");
        assertThat(rows.filePath(1)).isEqualTo("p/\u00e9.jpg");
        assertThat(rows.size()).isEqualTo(2);
    }

    @Test
    void pathsPackedElsewhereComeBackAsTheyWerePacked() {
        byte[] utf8 = "a.jpgcaf\u00e9.png".getBytes(java.nio.charset.StandardCharsets.UTF_8);

        FilePaths paths = FilePaths.ofPacked(utf8, new int[] {0, 5, 5, utf8.length});

        assertThat(paths.size()).isEqualTo(3);
        assertThat(paths.get(0)).isEqualTo("a.jpg");
        assertThat(paths.get(1)).isEmpty();
        assertThat(paths.get(2)).isEqualTo("caf\u00e9.png");
    }

    @Test
    void packedPathsThatDoNotTileTheBytesAreRefused() {
        byte[] utf8 = new byte[10];

        assertThatThrownBy(() -> FilePaths.ofPacked(utf8, new int[] {1, 10}))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> FilePaths.ofPacked(utf8, new int[] {0, 9}))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> FilePaths.ofPacked(utf8, new int[] {0, 6, 4, 10}))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("packed path 1 ends before it starts");
        assertThatThrownBy(() -> FilePaths.ofPacked(utf8, new int[0])).isInstanceOf(IllegalArgumentException.class);
    }
}
