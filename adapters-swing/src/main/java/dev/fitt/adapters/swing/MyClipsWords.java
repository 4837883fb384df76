package dev.fitt.adapters.swing;

import dev.fitt.domain.AssignedClips;
import java.util.List;

/**
 * The note on the annotator's clips, in the window's words: which clips are walked, and that the
 * frame shown is not one of yours. Clips are numbered from 1 as in the header, runs folded into
 * ranges ("2–3, 5"), a long list cut short.
 */
final class MyClipsWords {
    /** More runs than this and the list ends with "…" (the count is still given). */
    private static final int SHOWN_RUNS = 6;

    private MyClipsWords() {
    }

    /** Nothing to say (empty) when no clips are assigned on the dataset. */
    static String note(AssignedClips assigned, boolean walkingMine, boolean outside, int clipCount) {
        if (!assigned.datasetHasAssignments()) {
            return "";
        }
        List<Integer> mine = assigned.clips();
        if (mine.isEmpty()) {
            return "No clips are assigned to you: every clip is shown";
        }
        String yours = "you have " + mine.size() + ": " + ranges(mine);
        if (outside) {
            return "\u26a0 Not one of your clips (" + yours + ") \u2014 you can still tag it \u00b7 Ctrl+M: "
                    + (walkingMine ? "all clips" : "only yours");
        }
        return walkingMine ? "Your clips: " + mine.size() + " of " + clipCount + " (" + ranges(mine)
                + ") \u00b7 Ctrl+M: all clips"
                : "All clips \u00b7 Ctrl+M: only your " + clips(mine.size()) + " (" + ranges(mine) + ")";
    }

    static String clips(int count) {
        return count + (count == 1 ? " clip" : " clips");
    }

    /** 0-based clip numbers as 1-based runs: [1, 2, 4] is "2–3, 5". */
    static String ranges(List<Integer> clips) {
        StringBuilder text = new StringBuilder();
        int runs = 0;
        int i = 0;
        while (i < clips.size()) {
            int j = i;
            while (j + 1 < clips.size() && clips.get(j + 1) == clips.get(j) + 1) {
                j++;
            }
            if (runs == SHOWN_RUNS) {
                return text.append(", \u2026").toString();
            }
            if (runs > 0) {
                text.append(", ");
            }
            text.append(clips.get(i) + 1);
            if (j > i) {
                text.append('\u2013').append(clips.get(j) + 1);
            }
            runs++;
            i = j + 1;
        }
        return text.toString();
    }
}
