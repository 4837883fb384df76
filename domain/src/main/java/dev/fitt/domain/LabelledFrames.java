package dev.fitt.domain;

import java.util.List;

/**
 * Counts labelled frames as the client does: an image is labelled when any of its tags is set
 * (true or false), a frame when every image in it is.
 */
public final class LabelledFrames {
    private LabelledFrames() {
    }

    public static int count(LabelsSnapshot labels, List<Clip> clips) {
        int labelled = 0;
        for (Clip clip : clips) {
            for (int frame = 0; frame < clip.frameCount(); frame++) {
                int first = clip.begin() + frame * clip.cameras();
                boolean all = true;
                for (int row = first; row < first + clip.cameras() && all; row++) {
                    all = anySet(labels, row);
                }
                if (all) {
                    labelled++;
                }
            }
        }
        return labelled;
    }

    private static boolean anySet(LabelsSnapshot labels, int row) {
        for (int tag = 0; tag < labels.tagCount(); tag++) {
            if (labels.code(row, tag) != 0) {
                return true;
            }
        }
        return false;
    }
}
