package dev.fitt.server.service;

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
import dev.fitt.ports.ImageContent;
import dev.fitt.server.port.out.StoredDataset;
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

    private ServerCore service(StoredDataset stored) {
        return ServerCore.of(stored, saved::add,
                path -> new ImageContent(path.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void imagesAreServedInDisplayOrder() throws Exception {
        ServerCore service = service(grouped());

        assertThat(new String(service.images().image(1).bytes(), StandardCharsets.UTF_8)).isEqualTo("b0.jpg");
        assertThat(service.queries().clips()).containsExactly(new Clip(0, 4, 2));
    }

    @Test
    void saveWritesLabelsInFileOrder() throws Exception {
        ServerCore service = service(grouped());

        service.tagging().tag(TagChange.ofRow(1, List.of(TagValue.TRUE, TagValue.FALSE)));
        service.saving().save();

        LabelsSnapshot fileOrder = saved.get(0);
        assertThat(fileOrder.value(2, 0)).isEqualTo(TagValue.TRUE);
        assertThat(fileOrder.isLabelled(1)).isFalse();
    }

    @Test
    void labelsShowUnsavedEdits() throws Exception {
        ServerCore service = service(grouped());

        service.tagging().tag(new TagChange(0, 3, List.of(TagValue.FALSE, TagValue.TRUE)));

        assertThat(service.queries().labels().value(3, 1)).isEqualTo(TagValue.TRUE);
        assertThat(service.saving().hasUnsavedChanges()).isTrue();
    }

    @Test
    void changeWithWrongTagCountIsRejectedWithBothCounts() {
        ServerCore service = service(grouped());

        assertThatThrownBy(() -> service.tagging().tag(TagChange.ofRow(0, List.of(TagValue.TRUE))))
                .isInstanceOf(ChangeRejectedException.class)
                .hasMessage("change has 1 tag values but the dataset has 2 tags");
    }

    @Test
    void changePastTheLastRowIsRejected() {
        ServerCore service = service(grouped());

        assertThatThrownBy(() -> service.tagging().tag(new TagChange(2, 4, List.of(TagValue.TRUE, TagValue.TRUE))))
                .isInstanceOf(ChangeRejectedException.class)
                .hasMessage("rows 2..4 are outside 0..3");
    }

    @Test
    void imageOutOfRangeNamesTheValidRange() {
        ServerCore service = service(grouped());

        assertThatThrownBy(() -> service.images().image(4)).isInstanceOf(ImageUnavailableException.class)
                .hasMessage("image index 4 is out of range: the dataset has 4 images (0..3)");
    }

    @Test
    void failedSaveKeepsChangesUnsaved() throws Exception {
        ServerCore service = ServerCore.of(grouped(), labels -> {
            throw new SaveFailedException("disk full");
        }, path -> new ImageContent(new byte[0]));
        service.tagging().tag(TagChange.ofRow(0, List.of(TagValue.TRUE, TagValue.TRUE)));

        assertThatThrownBy(service.saving()::save).hasMessage("disk full");
        assertThat(service.saving().hasUnsavedChanges()).isTrue();
    }

    @Test
    void theLastSaveBeforeStoppingSkipsWhenNothingChanged() throws Exception {
        ServerCore service = service(grouped());

        assertThat(service.saving().saveBeforeStopping()).isFalse();
        service.tagging().tag(TagChange.ofRow(0, List.of(TagValue.TRUE, TagValue.TRUE)));
        assertThat(service.saving().saveBeforeStopping()).isTrue();
        assertThat(service.saving().saveBeforeStopping()).isFalse();
        assertThat(saved).hasSize(1);
    }

    @Test
    @Timeout(30)
    void concurrentEditsNeverInterleaveWithinARow() throws Exception {
        ServerCore service = service(grouped());
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<?>> futures = new ArrayList<>();
            for (int w = 0; w < 4; w++) {
                List<TagValue> values = w % 2 == 0 ? List.of(TagValue.TRUE, TagValue.TRUE)
                        : List.of(TagValue.FALSE, TagValue.FALSE);
                futures.add(pool.submit(() -> {
                    for (int i = 0; i < 2_000; i++) {
                        service.tagging().tag(new TagChange(0, 3, values));
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
        LabelsSnapshot labels = service.queries().labels();
        TagValue first = labels.value(0, 0);
        for (int row = 0; row < 4; row++) {
            assertThat(labels.value(row, 0)).isEqualTo(first);
            assertThat(labels.value(row, 1)).isEqualTo(first);
        }
    }

    @Test
    void aSaveWithNothingNewSinceTheLastOneWritesNothing() throws Exception {
        ServerCore service = service(grouped());
        service.saving().save();
        service.tagging().tag(TagChange.ofRow(0, List.of(TagValue.TRUE, TagValue.TRUE)));
        service.saving().save();

        service.saving().save();

        assertThat(saved).hasSize(2);
    }
}
