package dev.fitt.server.service;

import dev.fitt.domain.Clip;
import dev.fitt.domain.LabelsSnapshot;
import dev.fitt.server.port.in.DatasetSummary;
import java.util.List;

/** A loaded dataset's counts for the catalog: rows, clips, frames, and frames whose every image is labelled. */
final class DatasetProgress {
    private DatasetProgress() {
    }

    static DatasetSummary of(String name, ServerCore core) {
        LabelsSnapshot labels = core.queries().labels();
        List<Clip> clips = core.dataset().clips();
        int frames = 0;
        int labelled = 0;
        for (Clip clip : clips) {
            for (int first = clip.begin(); first < clip.end(); first += clip.cameras()) {
                frames++;
                if (allLabelled(labels, first, clip.cameras())) {
                    labelled++;
                }
            }
        }
        return new DatasetSummary(name, DatasetSummary.State.LOADED, core.dataset().size(), clips.size(), frames,
                labelled, "");
    }

    private static boolean allLabelled(LabelsSnapshot labels, int first, int cameras) {
        for (int row = first; row < first + cameras; row++) {
            if (!labels.isLabelled(row)) {
                return false;
            }
        }
        return true;
    }
}
