package dev.fitt.server.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.fitt.domain.Dataset;
import dev.fitt.domain.ImageRows;
import dev.fitt.domain.Tag;
import dev.fitt.domain.TagSet;
import dev.fitt.ports.ImageUnavailableException;
import dev.fitt.ports.ImageContent;
import dev.fitt.server.port.out.ImageSourcePort;
import dev.fitt.server.port.out.InMemoryImageSource;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(60)
class ImageAuditTest {
    private static final TagSet TAGS = new TagSet(List.of(new Tag("100", "Clear Weather", "tag_code_100")));

    /** One camera, a clip per row, so display order is file order: image {@code i} is "img{i}.jpg". */
    private static Dataset dataset(int rows) {
        String[] clips = new String[rows];
        String[] cameras = new String[rows];
        String[] paths = new String[rows];
        for (int i = 0; i < rows; i++) {
            clips[i] = String.format("c%07d", i);
            cameras[i] = "";
            paths[i] = "img" + i + ".jpg";
        }
        return new Dataset(TAGS, new ImageRows(clips, cameras, paths));
    }

    private static ImageSourcePort holding(int rows, Set<Integer> missing) {
        Map<String, byte[]> images = new HashMap<>();
        for (int i = 0; i < rows; i++) {
            if (!missing.contains(i)) {
                images.put("img" + i + ".jpg", new byte[] {1});
            }
        }
        return new InMemoryImageSource(images);
    }

    @Test
    void everyRowIsCheckedAndTheFirstFewMissingAreNamedInOrder() throws Exception {
        int rows = 20_000;
        Set<Integer> missing = Set.of(19_999, 7, 4_100, 12_000, 3, 9_000);
        ImageAuditReport report = new ImageAudit(holding(rows, missing), 4, 4).audit(dataset(rows));

        assertThat(report.rows()).isEqualTo(rows);
        assertThat(report.unavailable()).isEqualTo(6);
        assertThat(report.examples()).containsExactly("image not found: img3.jpg", "image not found: img7.jpg",
                "image not found: img4100.jpg", "image not found: img9000.jpg");
        assertThat(report.allAvailable()).isFalse();
        assertThat(report.noneAvailable()).isFalse();
        assertThat(report.text()).startsWith("images: 6 of 20,000 cannot be served").contains("    image not found: img3.jpg");
    }

    @Test
    void allPresentAndNonePresentAreToldApart() throws Exception {
        ImageAuditReport all = new ImageAudit(holding(10, Set.of()), 2, 3).audit(dataset(10));
        ImageAuditReport none = new ImageAudit(new InMemoryImageSource(Map.of()), 2, 3).audit(dataset(10));

        assertThat(all.allAvailable()).isTrue();
        assertThat(all.text()).isEqualTo("images: all 10 can be served");
        assertThat(none.noneAvailable()).isTrue();
        assertThat(none.unavailable()).isEqualTo(10);
        assertThat(none.examples()).hasSize(3);
    }

    @Test
    void eachRowIsCheckedOnceWithoutReadingAndNoMoreThreadsThanAskedRunAtOnce() throws Exception {
        int rows = 50_000;
        Set<String> checked = ConcurrentHashMap.newKeySet();
        AtomicInteger atOnce = new AtomicInteger();
        AtomicInteger most = new AtomicInteger();
        ImageSourcePort counting = new ImageSourcePort() {
            @Override
            public ImageContent read(String filePath) {
                throw new AssertionError("an audit reads no image");
            }

            @Override
            public void check(String filePath) throws ImageUnavailableException {
                most.accumulateAndGet(atOnce.incrementAndGet(), Math::max);
                try {
                    assertThat(checked.add(filePath)).as("checked twice: %s", filePath).isTrue();
                } finally {
                    atOnce.decrementAndGet();
                }
            }
        };

        ImageAuditReport report = new ImageAudit(counting, 3, 5).audit(dataset(rows));

        assertThat(checked).hasSize(rows);
        assertThat(report.allAvailable()).isTrue();
        assertThat(most.get()).isBetween(1, 3);
    }

    @Test
    void anEmptyDatasetHasNothingMissing() throws Exception {
        ImageAuditReport report = new ImageAudit(new InMemoryImageSource(Map.of()), 2, 3).audit(dataset(0));

        assertThat(report.allAvailable()).isTrue();
        assertThat(report.noneAvailable()).isFalse();
    }

    @Test
    void aReportThatContradictsItselfIsRefused() {
        assertThatThrownBy(() -> new ImageAuditReport(2, 3, List.of())).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new ImageAudit(new InMemoryImageSource(Map.of()), 0, 1))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
