package dev.fitt.domain;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * One pass over a clip's rows for {@link ClipRules}: where the clip ends, its cameras in order of
 * first appearance, and whether each camera's rows form one run, with the runs' lengths. A camera
 * map per clip and a second pass to check the grouping made the first, still interpreted pass over
 * a large dataset at start-up slow; this looks a camera up only where a run starts. Reused
 * from clip to clip.
 */
final class ClipScan {
    /** Up to this many cameras a lookup walks the list; beyond, a set answers. */
    private static final int WALK = 8;

    private final List<String> cameras = new ArrayList<>();
    private final Set<String> known = new HashSet<>();
    /** Where each run of one camera starts, while every run is of a new camera. */
    private int[] runStarts = new int[WALK];
    private int runs;
    /** A camera came back after another one: the rows are not grouped by camera. */
    private boolean repeated;
    private int end;

    /** Scans the clip starting at {@code start}; returns where it ends (exclusive). */
    int scan(RowKeys rows, int start) {
        cameras.clear();
        known.clear();
        runs = 0;
        repeated = false;
        int size = rows.size();
        String clipId = rows.clipId(start);
        String previous = null;
        int row = start;
        do {
            String camera = rows.camera(row);
            if (previous == null || !camera.equals(previous)) {
                runStarts(row, camera);
                previous = camera;
            }
            row++;
        } while (row < size && rows.clipId(row).equals(clipId));
        end = row;
        return end;
    }

    /** The cameras of the clip scanned last, in order of first appearance; valid until the next scan. */
    List<String> cameras() {
        return cameras;
    }

    /** True when the clip's rows are one run per camera, each {@code perCamera} rows long. */
    boolean isGrouped(int perCamera) {
        if (repeated || runs != cameras.size()) {
            return false;
        }
        for (int run = 0; run < runs; run++) {
            int runEnd = run + 1 < runs ? runStarts[run + 1] : end;
            if (runEnd - runStarts[run] != perCamera) {
                return false;
            }
        }
        return true;
    }

    private void runStarts(int row, String camera) {
        if (isKnown(camera)) {
            repeated = true;
            return;
        }
        cameras.add(camera);
        if (cameras.size() > WALK) {
            if (known.isEmpty()) {
                known.addAll(cameras);
            } else {
                known.add(camera);
            }
        }
        if (!repeated) {
            if (runs == runStarts.length) {
                runStarts = Arrays.copyOf(runStarts, runs * 2);
            }
            runStarts[runs++] = row;
        }
    }

    private boolean isKnown(String camera) {
        if (cameras.size() > WALK) {
            return known.contains(camera);
        }
        for (int i = 0; i < cameras.size(); i++) {
            if (cameras.get(i).equals(camera)) {
                return true;
            }
        }
        return false;
    }
}
