package dev.fitt.server.service;

import static org.assertj.core.api.Assertions.assertThat;

import dev.fitt.domain.ImageRows;
import dev.fitt.domain.LabelsSnapshot;
import dev.fitt.domain.Tag;
import dev.fitt.domain.TagChange;
import dev.fitt.domain.TagSet;
import dev.fitt.domain.TagValue;
import dev.fitt.ports.ImageContent;
import dev.fitt.server.port.out.SaveLabelsPort;
import dev.fitt.server.port.out.StoredDataset;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * Of several servers sharing a dataset's labels only one writes the export; an administrator who
 * asks another to save is told who writes it instead of "saved" (the CSV in this server's folder
 * would otherwise be taken for current).
 */
class SaveLeftToAnotherServerTest {
    private static final List<TagValue> YES_NO = List.of(TagValue.TRUE, TagValue.FALSE);

    /** A store whose writes another server makes while {@code another} is set. */
    private static final class SharedExport implements SaveLabelsPort {
        final AtomicBoolean another = new AtomicBoolean(true);
        final AtomicInteger written = new AtomicInteger();

        @Override
        public void save(LabelsSnapshot fileOrderLabels) {
            if (!another.get()) {
                written.incrementAndGet();
            }
        }

        @Override
        public Optional<String> leftToAnother() {
            return another.get() ? Optional.of("server B") : Optional.empty();
        }
    }

    @Test
    void aSaveWhoseExportAnotherServerWritesSaysWhoAndOneThatWritesSaysSaved() throws Exception {
        ImageRows rows = new ImageRows(new String[] {"1", "1"}, new String[] {"", ""}, new String[] {"a", "b"});
        TagSet tags = new TagSet(List.of(new Tag("1", "One", "tag_code_1"), new Tag("2", "Two", "tag_code_2")));
        SharedExport store = new SharedExport();
        ServerCore core = ServerCore.of(new StoredDataset(tags, rows, LabelsSnapshot.unset(2, 2), "in", "db"),
                store, path -> new ImageContent(new byte[0]));
        DatasetAdminService admin = DatasetAdminService.of("d.csv", core);

        core.tagging().tag(TagChange.ofRow(0, YES_NO), "ana");
        assertThat(admin.saveNow("d.csv")).isEqualTo("d.csv: every change is in db; the export is written by server B,"
                + " not this server");
        assertThat(core.saving().leftToAnother()).contains("server B");

        store.another.set(false);
        core.tagging().tag(TagChange.ofRow(1, YES_NO), "ana");
        assertThat(admin.saveNow("d.csv")).isEqualTo("d.csv: saved 1 change to db");
        assertThat(store.written).hasValue(1);
        assertThat(core.saving().leftToAnother()).isEmpty();
    }
}
