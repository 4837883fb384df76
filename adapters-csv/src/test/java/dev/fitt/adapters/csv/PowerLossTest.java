package dev.fitt.adapters.csv;

import static dev.fitt.adapters.csv.CsvLoadTest.README_META;
import static org.assertj.core.api.Assertions.assertThat;

import dev.fitt.adapters.csv.journal.FileJournals;
import dev.fitt.server.service.ServerCore;
import dev.fitt.domain.LabelsSnapshot;
import dev.fitt.domain.TagChange;
import dev.fitt.domain.TagValue;
import dev.fitt.ports.SaveFailedException;
import dev.fitt.server.port.out.ChangeJournalPort;
import dev.fitt.ports.ImageContent;
import dev.fitt.server.port.out.SaveLabelsPort;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Power loss, not only a killed process: whatever moment the power goes, and whichever of the
 * renames, creations and deletions not yet synced reach the disk, every acknowledged change is in
 * the saved CSV or in the journal beside it. Tags and saves run over a {@link RecordingFileLayer};
 * each of its crash points is written out as the files a restart would find, and a real restart
 * (load, replay, save) must show every change acknowledged by then.
 */
@Timeout(120)
class PowerLossTest {
    private static final int ROWS = 5;
    /** Values a row takes in turn; none is the all-unset it starts with, and no two are alike. */
    private static final List<List<TagValue>> VALUES = List.of(
            List.of(TagValue.TRUE, TagValue.FALSE, TagValue.FALSE),
            List.of(TagValue.FALSE, TagValue.TRUE, TagValue.UNSET),
            List.of(TagValue.TRUE, TagValue.TRUE, TagValue.TRUE),
            List.of(TagValue.FALSE, TagValue.FALSE, TagValue.TRUE));

    @TempDir
    Path dir;

    private static String dataCsv() {
        StringBuilder data = new StringBuilder("clip_id,modality,file_path,tag_code_100,tag_code_200,tag_code_300\n");
        for (int row = 0; row < ROWS; row++) {
            data.append("1,camera_front,images/img_").append(row).append(".jpg,,,\n");
        }
        return data.toString();
    }

    private static ServerCore service(ChangeJournalPort journal, CsvDatasetStore store)
            throws Exception {
        return ServerCore.of(store.load(), store, path -> new ImageContent(new byte[0]), journal);
    }

    private static CsvStoreConfig config(Path folder) {
        return new CsvStoreConfig(folder.resolve("data.csv"), folder.resolve("meta.csv"), folder, false);
    }

    @Test
    void afterAPowerLossAtAnyMomentEveryAcknowledgedChangeIsInTheCsvOrTheJournal() throws Exception {
        Path live = Files.createDirectories(dir.resolve("live"));
        Files.writeString(live.resolve("data.csv"), dataCsv());
        Files.writeString(live.resolve("meta.csv"), README_META);
        RecordingFileLayer disk = new RecordingFileLayer(live);
        CsvStoreConfig config = config(live);
        CsvDatasetStore store = new CsvDatasetStore(config, new AtomicMoveCommit(disk), new NoLoadCache(), disk);
        ChangeJournalPort journal = FileJournals.beside(OutputFiles.outputFile(config), disk);
        List<TagChange> changes = new ArrayList<>();
        List<Integer> acknowledgedFrom = new ArrayList<>();
        ServerCore[] service = new ServerCore[1];
        int[] saves = {0};
        // Every save has a change arrive while it writes: its flush starts the next segment before the
        // save's rename, so only the save's own folder sync can make the rename durable before the trim.
        // The second save fails, so the third trims two segments at once.
        SaveLabelsPort savingWhileTagging = labels -> {
            try {
                tagNext(service[0], changes, acknowledgedFrom, disk);
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
            if (++saves[0] == 2) {
                throw new SaveFailedException("No space left on device (simulated)");
            }
            store.save(labels);
        };
        service[0] = ServerCore.of(store.load(), savingWhileTagging, path -> new ImageContent(new byte[0]),
                journal);

        while (changes.size() < ROWS * VALUES.size()) {
            tagNext(service[0], changes, acknowledgedFrom, disk);
            if (changes.size() % 4 == 3) {
                try {
                    service[0].saving().save();
                } catch (SaveFailedException e) {
                    assertThat(saves[0]).isEqualTo(2);
                }
            }
        }
        assertThat(disk.operations()).containsKeys("move", "delete", "syncFolder");

        int restarts = 0;
        for (RecordingFileLayer.CrashPoint crash : disk.crashPoints()) {
            for (int kept : outcomes(crash)) {
                Path found = dir.resolve("crash-" + crash.index() + "-" + kept);
                crash.writeTo(found, kept);
                LabelsSnapshot recovered = restart(found);
                for (int row = 0; row < ROWS; row++) {
                    assertThat(valuesOf(recovered, row))
                            .as("row %d after a power loss at crash point %d (unsynced name changes kept: %s)",
                                    row, crash.index(), Integer.toBinaryString(kept))
                            .isIn(allowed(row, crash.index(), changes, acknowledgedFrom));
                }
                restarts++;
            }
        }
        assertThat(restarts).isGreaterThan(50);
    }

    private static void tagNext(ServerCore service, List<TagChange> changes, List<Integer> acknowledgedFrom,
            RecordingFileLayer disk) throws Exception {
        int i = changes.size();
        if (i == ROWS * VALUES.size()) {
            return;
        }
        TagChange change = TagChange.ofRow((i * 3) % ROWS, VALUES.get(i / ROWS));
        service.tagging().tag(change);
        changes.add(change);
        acknowledgedFrom.add(disk.crashPointCount() - 1);
    }

    private static LabelsSnapshot restart(Path folder) throws Exception {
        CsvStoreConfig config = config(folder);
        CsvDatasetStore store = new CsvDatasetStore(config, new AtomicMoveCommit());
        ChangeJournalPort journal = FileJournals.beside(OutputFiles.outputFile(config));
        try {
            ServerCore service = service(journal, store);
            service.saving().recoverFromJournal();
            return service.queries().labels();
        } finally {
            journal.close();
        }
    }

    /**
     * The values row {@code row} may have after a crash at {@code crashPoint}: the last acknowledged
     * change of it, or any later one (written, though not yet acknowledged); all unset if none was.
     */
    private static Set<List<TagValue>> allowed(int row, int crashPoint, List<TagChange> changes,
            List<Integer> acknowledgedFrom) {
        Set<List<TagValue>> allowed = new LinkedHashSet<>();
        allowed.add(List.of(TagValue.UNSET, TagValue.UNSET, TagValue.UNSET));
        for (int i = 0; i < changes.size(); i++) {
            if (changes.get(i).first() != row) {
                continue;
            }
            if (acknowledgedFrom.get(i) <= crashPoint) {
                allowed.clear();
            }
            allowed.add(changes.get(i).values());
        }
        return allowed;
    }

    /** Every way the unsynced name changes may have turned out; where there are many, each alone and each missing. */
    private static List<Integer> outcomes(RecordingFileLayer.CrashPoint crash) {
        int changes = crash.unsyncedCount();
        if (changes <= 6) {
            List<Integer> all = new ArrayList<>();
            for (int kept = 0; kept < 1 << changes; kept++) {
                all.add(kept);
            }
            return all;
        }
        Set<Integer> some = new LinkedHashSet<>(List.of(0, -1));
        for (int i = 0; i < Math.min(changes, 30); i++) {
            some.add(1 << i);
            some.add(~(1 << i));
        }
        return List.copyOf(some);
    }

    private static List<TagValue> valuesOf(LabelsSnapshot labels, int row) {
        List<TagValue> values = new ArrayList<>();
        for (int tag = 0; tag < labels.tagCount(); tag++) {
            values.add(labels.value(row, tag));
        }
        return values;
    }
}
