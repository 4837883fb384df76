package dev.fitt.adapters.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The load cache's file format and fingerprints: what is written is read back, anything else refused. */
class CacheFilesTest {
    @TempDir
    Path dir;

    @Test
    void valuesLargerThanTheBufferComeBackAsWritten() throws Exception {
        Path file = dir.resolve("values.cache");
        byte[] bytes = new byte[700_001];
        new Random(1).nextBytes(bytes);
        int[] ints = IntStream.range(0, 300_001).map(i -> i * 31 - 7).toArray();
        try (CacheOutput out = new CacheOutput(file, "test kind")) {
            out.writeInt(-5);
            out.writeString("straße 😀");
            out.writeBytes(bytes);
            out.writeLong(Long.MIN_VALUE);
            out.writeInts(ints);
            out.commit();
        }

        try (CacheInput in = CacheInput.open(file, "test kind")) {
            assertThat(in.readInt()).isEqualTo(-5);
            assertThat(in.readString(100)).isEqualTo("straße 😀");
            byte[] readBytes = new byte[bytes.length];
            in.readBytes(readBytes);
            assertThat(readBytes).isEqualTo(bytes);
            assertThat(in.readLong()).isEqualTo(Long.MIN_VALUE);
            int[] readInts = new int[ints.length];
            in.readInts(readInts);
            assertThat(readInts).isEqualTo(ints);
            in.finish();
        }
        assertThat(dir.resolve("values.cache.writing")).doesNotExist();
    }

    @Test
    void everyFlippedByteAndEveryCutIsRefused() throws Exception {
        Path file = dir.resolve("small.cache");
        try (CacheOutput out = new CacheOutput(file, "test kind")) {
            out.writeString("some content");
            out.writeInts(new int[] {1, 2, 3});
            out.commit();
        }
        byte[] intact = Files.readAllBytes(file);
        Path damaged = dir.resolve("damaged.cache");
        for (int at = 0; at < intact.length; at++) {
            byte[] flipped = intact.clone();
            flipped[at] ^= 0x10;
            Files.write(damaged, flipped);
            assertThatThrownBy(() -> readSmall(damaged)).isInstanceOf(IOException.class);
            Files.write(damaged, java.util.Arrays.copyOf(intact, at));
            assertThatThrownBy(() -> readSmall(damaged)).isInstanceOf(IOException.class);
        }
    }

    /** Reads what {@link #everyFlippedByteAndEveryCutIsRefused} wrote, to the end and its checksum. */
    private static void readSmall(Path file) throws IOException {
        try (CacheInput in = CacheInput.open(file, "test kind")) {
            in.readString(100);
            in.readInts(new int[3]);
            in.finish();
        }
    }

    @Test
    void unreadContentIsRefusedAtTheEnd() throws Exception {
        Path file = dir.resolve("longer.cache");
        try (CacheOutput out = new CacheOutput(file, "test kind")) {
            out.writeInt(1);
            out.writeInt(2);
            out.commit();
        }

        try (CacheInput in = CacheInput.open(file, "test kind")) {
            in.readInt();
            assertThatThrownBy(in::finish).isInstanceOf(IOException.class).hasMessage("has bytes after its content");
        }
    }

    @Test
    void aFileOfAnotherKindIsRefusedByName() throws Exception {
        Path file = dir.resolve("other.cache");
        try (CacheOutput out = new CacheOutput(file, "other kind")) {
            out.commit();
        }

        assertThatThrownBy(() -> CacheInput.open(file, "test kind").close()).isInstanceOf(IOException.class)
                .hasMessage("holds other kind version 1, not test kind version 1");
    }

    @Test
    void anUncommittedFileLeavesTheTargetAsItWasAndNoTemporaryFile() throws Exception {
        Path file = dir.resolve("kept.cache");
        try (CacheOutput out = new CacheOutput(file, "test kind")) {
            out.writeInt(1);
            out.commit();
        }
        byte[] before = Files.readAllBytes(file);

        try (CacheOutput out = new CacheOutput(file, "test kind")) {
            out.writeInt(2);
        }

        assertThat(Files.readAllBytes(file)).isEqualTo(before);
        assertThat(dir.resolve("kept.cache.writing")).doesNotExist();
    }

    @Test
    void aFingerprintChangesWithAnyByteAndMatchesWhatAStreamSawWritten() throws Exception {
        byte[] content = new byte[600_000];
        new Random(5).nextBytes(content);
        Path file = Files.write(dir.resolve("a.csv"), content);
        DigestingOutputStream stream = new DigestingOutputStream(OutputStream.nullOutputStream());
        stream.write(content, 0, 1000);
        stream.write(content[1000]);
        stream.write(content, 1001, content.length - 1001);

        Fingerprint print = Fingerprint.of(file);

        assertThat(stream.fingerprint()).isEqualTo(print);
        assertThat(print.size()).isEqualTo(content.length);
        content[599_999] ^= 1;
        assertThat(Fingerprint.of(Files.write(dir.resolve("b.csv"), content))).isNotEqualTo(print);
    }
}
