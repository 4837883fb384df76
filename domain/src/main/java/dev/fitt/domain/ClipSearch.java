package dev.fitt.domain;

import java.util.List;

/** Finds the clip holding a display index: clips are sorted and contiguous, so a binary search. */
public final class ClipSearch {
    private ClipSearch() {
    }

    /** The position in {@code clips} of the clip holding {@code displayIndex}; the caller checks the range. */
    public static int indexOf(List<Clip> clips, int displayIndex) {
        int lo = 0;
        int hi = clips.size() - 1;
        while (lo < hi) {
            int mid = (lo + hi + 1) >>> 1;
            if (clips.get(mid).begin() <= displayIndex) {
                lo = mid;
            } else {
                hi = mid - 1;
            }
        }
        return lo;
    }
}
