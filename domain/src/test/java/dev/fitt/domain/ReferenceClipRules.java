package dev.fitt.domain;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The clip rules as first written, kept as the oracle for {@link ClipRules}, which computes the same
 * in fewer steps per row: per clip a map of cameras, then a second pass to check grouping.
 */
final class ReferenceClipRules {
    private ReferenceClipRules() {
    }

    static DisplayOrder displayOrder(RowKeys rows) {
        int n = rows.size();
        int[] displayToFile = new int[n];
        List<Clip> clips = new ArrayList<>();
        List<List<String>> cameraNames = new ArrayList<>();
        // Most clips share a camera list: one instance each keeps a million rows' names small.
        Map<List<String>, List<String>> shared = new HashMap<>();
        int start = 0;
        while (start < n) {
            int end = start + 1;
            String clipId = rows.clipId(start);
            while (end < n && rows.clipId(end).equals(clipId)) {
                end++;
            }
            List<String> cameras = camerasInOrder(rows, start, end);
            Clip clip = layOut(rows, start, end, cameras, displayToFile);
            clips.add(clip);
            cameraNames.add(shared.computeIfAbsent(namesOf(clip, cameras), List::copyOf));
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
    private static Clip layOut(RowKeys rows, int start, int end, List<String> cameras, int[] displayToFile) {
        int size = end - start;
        int cameraCount = cameras.size();
        if (cameraCount > 1 && size % cameraCount == 0) {
            int perCamera = size / cameraCount;
            if (isGrouped(rows, start, cameras, perCamera)) {
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

    private static List<String> camerasInOrder(RowKeys rows, int start, int end) {
        Map<String, Boolean> seen = new HashMap<>();
        List<String> cameras = new ArrayList<>();
        for (int row = start; row < end; row++) {
            String camera = rows.camera(row);
            if (seen.putIfAbsent(camera, Boolean.TRUE) == null) {
                cameras.add(camera);
            }
        }
        return cameras;
    }

    private static boolean isGrouped(RowKeys rows, int start, List<String> cameras, int perCamera) {
        for (int c = 0; c < cameras.size(); c++) {
            String camera = cameras.get(c);
            int from = start + c * perCamera;
            for (int row = from; row < from + perCamera; row++) {
                if (!rows.camera(row).equals(camera)) {
                    return false;
                }
            }
        }
        return true;
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
