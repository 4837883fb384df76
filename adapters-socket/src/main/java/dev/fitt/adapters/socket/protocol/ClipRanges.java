package dev.fitt.adapters.socket.protocol;

import dev.fitt.domain.ClipSelection;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;

/**
 * Clips on the wire as {@code ranges:u32} then {@code ranges} times {@code first:u32 last:u32},
 * 0-based clip indices, both included: assignments come in runs of clips, so a lead's 1-50 is
 * eight bytes, not two hundred.
 */
final class ClipRanges {
    static final int RANGE_BYTES = 8;
    /** Clip indices stop here, so a 1-based clip number still fits an int. */
    private static final long MAX_INDEX = Integer.MAX_VALUE - 1L;

    private ClipRanges() {
    }

    /** Ascending distinct indices as their runs: {@code [0, 1, 4]} is {@code 0..1, 4..4}. */
    static List<int[]> runs(List<Integer> clips) {
        List<int[]> runs = new ArrayList<>();
        int i = 0;
        while (i < clips.size()) {
            int j = i;
            while (j + 1 < clips.size() && clips.get(j + 1) == clips.get(j) + 1) {
                j++;
            }
            runs.add(new int[] {clips.get(i), clips.get(j)});
            i = j + 1;
        }
        return runs;
    }

    static ByteBuffer put(ByteBuffer out, List<int[]> runs) {
        out.putInt(runs.size());
        for (int[] run : runs) {
            out.putInt(run[0]).putInt(run[1]);
        }
        return out;
    }

    /** A reply's clips: runs ascending and apart, no more clips than {@code maxClips}. */
    static List<Integer> read(ExtensionBody body, int maxClips, String what) throws ProtocolException {
        long count = body.u32();
        body.need(count * RANGE_BYTES, count + " ranges of " + what);
        List<Integer> clips = new ArrayList<>();
        long previous = -2;
        for (long i = 0; i < count; i++) {
            long first = body.u32();
            long last = body.u32();
            checked(first, last, what);
            if (first <= previous + 1) {
                throw new ProtocolException(what + " has range " + first + ".." + last + " after one ending at "
                        + previous + ": ranges must be ascending and apart");
            }
            if (clips.size() + (last - first + 1) > maxClips) {
                throw new ProtocolException(what + " holds more than the limit of " + maxClips + " clips");
            }
            for (long clip = first; clip <= last; clip++) {
                clips.add((int) clip);
            }
            previous = last;
        }
        return clips;
    }

    /** A request's clip numbers: any ranges with first <= last; the server checks them against the dataset. */
    static List<ClipSelection.Range> readNumbers(ExtensionBody body, String what) throws ProtocolException {
        long count = body.u32();
        body.need(count * RANGE_BYTES, count + " ranges of " + what);
        List<ClipSelection.Range> ranges = new ArrayList<>((int) count);
        for (long i = 0; i < count; i++) {
            long first = body.u32();
            long last = body.u32();
            checked(first, last, what);
            ranges.add(new ClipSelection.Range((int) first + 1, (int) last + 1));
        }
        return ranges;
    }

    private static void checked(long first, long last, String what) throws ProtocolException {
        if (first > last) {
            throw new ProtocolException(what + " has a range whose first clip " + first + " is above its last " + last);
        }
        if (last > MAX_INDEX) {
            throw new ProtocolException(what + " names clip index " + last + ", above any dataset's clips");
        }
    }
}
