package dev.fitt.domain;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The clip rules of protocol v1: a clip is a maximal run of equal {@code clip_id}; a clip whose
 * rows come grouped by camera, every camera with the same number of rows, is served interleaved
 * (frame 0 of every camera, then frame 1, ...); an already interleaved clip stays as it is; any
 * other clip is shown one image per frame. Every row is reachable.
 *
 * <p>Each clip's camera names come with it, in frame order: the cameras in order of first
 * appearance; a clip shown one image per frame has one name, its camera if every row shares it,
 * else the empty string (no single camera describes it).
 */
public final class ClipRules {
    private ClipRules() {
    }

    public static DisplayOrder displayOrder(RowKeys rows) {
        int n = rows.size();
        int[] displayToFile = new int[n];
        List<Clip> clips = new ArrayList<>();
        List<List<String>> cameraNames = new ArrayList<>();
        // Most clips share a camera list: one instance each keeps a million rows' names small.
        Map<List<String>, List<String>> shared = new HashMap<>();
        ClipScan scan = new ClipScan();
        int start = 0;
        while (start < n) {
            int end = scan.scan(rows, start);
            Clip clip = layOut(rows, start, end, scan, displayToFile);
            clips.add(clip);
            // The scan's list is reused: look up with it, but keep only copies.
            List<String> names = namesOf(clip, scan.cameras());
            List<String> kept = shared.get(names);
            if (kept == null) {
                kept = List.copyOf(names);
                shared.put(kept, kept);
            }
            cameraNames.add(kept);
            start = end;
        }
        return new DisplayOrder(displayToFile, clips, cameraNames);
    }

    private static List<String> namesOf(Clip clip, List<String> cameras) {
        if (clip.cameras() == cameras.size()) {
            return cameras;
        }
        return List.of(cameras.size() == 1 ? cameras.get(0) : "");
    }

    /** Fills {@code displayToFile[start..end)} for one clip and returns the clip. */
    private static Clip layOut(RowKeys rows, int start, int end, ClipScan scan, int[] displayToFile) {
        int size = end - start;
        List<String> cameras = scan.cameras();
        int cameraCount = cameras.size();
        if (cameraCount > 1 && size % cameraCount == 0) {
            int perCamera = size / cameraCount;
            if (scan.isGrouped(perCamera)) {
                int display = start;
                for (int k = 0; k < perCamera; k++) {
                    for (int c = 0; c < cameraCount; c++) {
                        displayToFile[display++] = start + c * perCamera + k;
                    }
                }
                return new Clip(start, end, cameraCount);
            }
            if (isInterleaved(rows, start, end, cameras)) {
                identity(start, end, displayToFile);
                return new Clip(start, end, cameraCount);
            }
        }
        identity(start, end, displayToFile);
        return new Clip(start, end, 1);
    }

    private static boolean isInterleaved(RowKeys rows, int start, int end, List<String> cameras) {
        int cameraCount = cameras.size();
        for (int row = start; row < end; row++) {
            if (!rows.camera(row).equals(cameras.get((row - start) % cameraCount))) {
                return false;
            }
        }
        return true;
    }

    private static void identity(int start, int end, int[] displayToFile) {
        for (int row = start; row < end; row++) {
            displayToFile[row] = row;
        }
    }
}
