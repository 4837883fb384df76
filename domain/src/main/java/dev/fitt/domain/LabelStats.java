package dev.fitt.domain;

import java.util.List;

/**
 * How far labelling has come: rows with any tag value set, per-tag counts of {@code True}, and
 * labelled rows per clip (in clip order).
 */
public record LabelStats(int rows, int labelledRows, List<Integer> trueCounts, List<Integer> labelledRowsPerClip) {
    public LabelStats {
        trueCounts = List.copyOf(trueCounts);
        labelledRowsPerClip = List.copyOf(labelledRowsPerClip);
        if (labelledRows < 0 || labelledRows > rows) {
            throw new IllegalArgumentException(labelledRows + " labelled rows of " + rows);
        }
    }

    public static LabelStats of(LabelsSnapshot labels, List<Clip> clips) {
        int tags = labels.tagCount();
        int[] trues = new int[tags];
        Integer[] perClip = new Integer[clips.size()];
        int labelled = 0;
        for (int c = 0; c < clips.size(); c++) {
            Clip clip = clips.get(c);
            int inClip = 0;
            for (int row = clip.begin(); row < clip.end(); row++) {
                boolean any = false;
                for (int t = 0; t < tags; t++) {
                    byte code = labels.code(row, t);
                    any |= code != 0;
                    if (code == 2) {
                        trues[t]++;
                    }
                }
                if (any) {
                    inClip++;
                }
            }
            perClip[c] = inClip;
            labelled += inClip;
        }
        Integer[] boxed = new Integer[tags];
        for (int t = 0; t < tags; t++) {
            boxed[t] = trues[t];
        }
        return new LabelStats(labels.rowCount(), labelled, List.of(boxed), List.of(perClip));
    }
}
