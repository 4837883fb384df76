package dev.fitt.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.fitt.domain.Clip;
import dev.fitt.domain.ImageRows;
import dev.fitt.domain.LabelsSnapshot;
import dev.fitt.domain.Tag;
import dev.fitt.domain.TagChange;
import dev.fitt.domain.TagSet;
import dev.fitt.domain.TagValue;
import dev.fitt.ports.ChangeRejectedException;
import dev.fitt.ports.ImageUnavailableException;
import dev.fitt.ports.SaveFailedException;
import dev.fitt.ports.out.ImageContent;
import dev.fitt.ports.out.StoredDataset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

class TaggingServiceTest {
    private static final TagSet TAGS = new TagSet(List.of(
            new Tag("100", "Clear Weather", "tag_code_100"), new Tag("200", "Rainy", "tag_code_200")));

    /** One clip, cameras a and b grouped: file rows a0 a1 b0 b1, display a0 b0 a1 b1. */
    private static StoredDataset grouped() {
        ImageRows rows = new ImageRows(new String[] {"1", "1", "1", "1"}, new String[] {"a", "a", "b", "b"},
                new String[] {"a0.jpg", "a1.jpg", "b0.jpg", "b1.jpg"});
        return new StoredDataset(TAGS, rows, LabelsSnapshot.unset(4, 2), "in.csv", "out.csv");
    }

    private final List<LabelsSnapshot> saved = new ArrayList<>();

    private TaggingService service(StoredDataset stored) {
        return new TaggingService(stored, saved::add,
                path -> new ImageContent(path.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void imagesAreServedInDisplayOrder() throws Exception {
        TaggingService service = service(grouped());

        assertThat(new String(service.image(1).bytes(), StandardCharsets.UTF_8)).isEqualTo("b0.jpg");
        assertThat(service.clips()).containsExactly(new Clip(0, 4, 2));
    }

    @Test
    void saveWritesLabelsInFileOrder() throws Exception {
        TaggingService service = service(grouped());

        service.tag(TagChange.ofRow(1, List.of(TagValue.TRUE, TagValue.FALSE)));
        service.save();

        LabelsSnapshot fileOrder = saved.get(0);
        assertThat(fileOrder.value(2, 0)).isEqualTo(TagValue.TRUE);
        assertThat(fileOrder.isLabelled(1)).isFalse();
    }

    @Test
    void labelsShowUnsavedEdits() throws Exception {
        TaggingService service = service(grouped());

        service.tag(new TagChange(0, 3, List.of(TagValue.FALSE, TagValue.TRUE)));

        assertThat(service.labels().value(3, 1)).isEqualTo(TagValue.TRUE);
        assertThat(service.hasUnsavedChanges()).isTrue();
    }

    @Test
    void changeWithWrongTagCountIsRejectedWithBothCounts() {
        TaggingService service = service(grouped());

        assertThatThrownBy(() -> service.tag(TagChange.ofRow(0, List.of(TagValue.TRUE))))
                .isInstanceOf(ChangeRejectedException.class)
                .hasMessage("change has 1 tag values but the dataset has 2 tags");
    }

    @Test
    void changePastTheLastRowIsRejected() {
        TaggingService service = service(grouped());

        assertThatThrownBy(() -> service.tag(new TagChange(2, 4, List.of(TagValue.TRUE, TagValue.TRUE))))
                .isInstanceOf(ChangeRejectedException.class)
                .hasMessage("rows 2..4 are outside 0..3");
    }

    @Test
    void imageOutOfRangeNamesTheValidRange() {
        TaggingService service = service(grouped());

        assertThatThrownBy(() -> service.image(4)).isInstanceOf(ImageUnavailableException.class)
                .hasMessage("image index 4 is out of range: the dataset has 4 images (0..3)");
    }

    @Test
    void failedSaveKeepsChangesUnsaved() throws Exception {
        TaggingService service = new TaggingService(grouped(), labels -> {
            throw new SaveFailedException("disk full");
        }, path -> new ImageContent(new byte[0]));
        service.tag(TagChange.ofRow(0, List.of(TagValue.TRUE, TagValue.TRUE)));

        assertThatThrownBy(service::save).hasMessage("disk full");
        assertThat(service.hasUnsavedChanges()).isTrue();
    }

    @Test
    void theLastSaveBeforeStoppingSkipsWhenNothingChanged() throws Exception {
        TaggingService service = service(grouped());

        assertThat(service.saveBeforeStopping()).isFalse();
        service.tag(TagChange.ofRow(0, List.of(TagValue.TRUE, TagValue.TRUE)));
        assertThat(service.saveBeforeStopping()).isTrue();
        assertThat(service.saveBeforeStopping()).isFalse();
        assertThat(saved).hasSize(1);
    }

    @Test
    @Timeout(30)
    void concurrentEditsNeverInterleaveWithinARow() throws Exception {
        TaggingService service = service(grouped());
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<?>> futures = new ArrayList<>();
            for (int w = 0; w < 4; w++) {
                List<TagValue> values = w % 2 == 0 ? List.of(TagValue.TRUE, TagValue.TRUE)
                        : List.of(TagValue.FALSE, TagValue.FALSE);
                futures.add(pool.submit(() -> {
                    for (int i = 0; i < 2_000; i++) {
                        service.tag(new TagChange(0, 3, values));
                    }
                    return null;
                }));
            }
            for (Future<?> f : futures) {
                f.get(20, TimeUnit.SECONDS);
            }
        } finally {
            pool.shutdownNow();
        }
        LabelsSnapshot labels = service.labels();
        TagValue first = labels.value(0, 0);
        for (int row = 0; row < 4; row++) {
            assertThat(labels.value(row, 0)).isEqualTo(first);
            assertThat(labels.value(row, 1)).isEqualTo(first);
        }
    }

    @Test
    void aSaveWithNothingNewSinceTheLastOneWritesNothing() throws Exception {
        TaggingService service = service(grouped());
        service.save();
        service.tag(TagChange.ofRow(0, List.of(TagValue.TRUE, TagValue.TRUE)));
        service.save();

        service.save();

        assertThat(saved).hasSize(2);
    }
}
