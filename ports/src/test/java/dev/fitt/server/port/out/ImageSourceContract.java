package dev.fitt.server.port.out;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.fitt.ports.ImageUnavailableException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** What every {@link ImageSourcePort} must do; a subclass supplies a source holding given images. */
@Timeout(30)
public abstract class ImageSourceContract {
    /** A source where each key (a relative file path as a data row names it) reads as its bytes. */
    protected abstract ImageSourcePort sourceHolding(Map<String, byte[]> images) throws Exception;

    private static byte[] everyByteValue() {
        byte[] bytes = new byte[1024];
        for (int i = 0; i < bytes.length; i++) {
            bytes[i] = (byte) i;
        }
        return bytes;
    }

    @Test
    void givesTheBytesExactlyAsStored() throws Exception {
        ImageSourcePort source = sourceHolding(Map.of("images/a.jpg", everyByteValue()));

        assertThat(source.read("images/a.jpg").bytes()).isEqualTo(everyByteValue());
    }

    @Test
    void givesAnEmptyImageAsNoBytes() throws Exception {
        ImageSourcePort source = sourceHolding(Map.of("empty.png", new byte[0]));

        assertThat(source.read("empty.png").size()).isZero();
    }

    @Test
    void aMissingImageIsUnavailableAndTheMessageNamesIt() throws Exception {
        ImageSourcePort source = sourceHolding(Map.of("images/a.jpg", new byte[] {1}));

        assertThatThrownBy(() -> source.read("images/missing.jpg"))
                .isInstanceOf(ImageUnavailableException.class)
                .hasMessageContaining("images/missing.jpg");
    }

    @Test
    void aFileItNamesHoldsExactlyTheBytesItReads() throws Exception {
        ImageSourcePort source = sourceHolding(Map.of("images/a.jpg", everyByteValue()));

        // A source need not name files; one that does names the very bytes read() gives.
        source.file("images/a.jpg").ifPresent(file -> assertThat(file.path()).hasBinaryContent(everyByteValue()));
    }

    @Test
    void namesNoFileForAMissingImageOrAnEmptyPath() throws Exception {
        ImageSourcePort source = sourceHolding(Map.of("images/a.jpg", new byte[] {1}));

        assertThat(source.file("images/missing.jpg")).isEmpty();
        assertThat(source.file("")).isEmpty();
    }

    @Test
    void checkingAnImageAgreesWithReadingIt() throws Exception {
        ImageSourcePort source = sourceHolding(Map.of("images/a.jpg", new byte[] {1}));

        source.check("images/a.jpg");
        assertThatThrownBy(() -> source.check("images/missing.jpg"))
                .isInstanceOf(ImageUnavailableException.class)
                .hasMessageContaining("images/missing.jpg");
        assertThatThrownBy(() -> source.check("")).isInstanceOf(ImageUnavailableException.class);
    }

    @Test
    void manyThreadsReadAtOnce() throws Exception {
        ImageSourcePort source = sourceHolding(Map.of("a.jpg", everyByteValue(), "b.jpg", new byte[] {7, 8}));
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<Boolean>> results = new ArrayList<>();
            for (int task = 0; task < 64; task++) {
                String path = task % 2 == 0 ? "a.jpg" : "b.jpg";
                results.add(pool.submit(() -> source.read(path).size() == (path.equals("a.jpg") ? 1024 : 2)));
            }
            for (Future<Boolean> result : results) {
                assertThat(result.get(10, TimeUnit.SECONDS)).isTrue();
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
