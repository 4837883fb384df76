package dev.fitt.adapters.socket.protocol;

/**
 * Upper bounds on what a peer may declare. A declared length or count above its bound is rejected
 * before anything is allocated, so a hostile or broken peer cannot make us reserve gigabytes.
 *
 * @param maxImageBytes  largest image in an image reply
 * @param maxTextBytes   largest labels CSV in a labels reply
 * @param maxTagCount    most tags in a tag list or change
 * @param maxStringBytes longest alias or error message
 * @param maxClipCount   most clips in a clip list
 */
public record CodecLimits(int maxImageBytes, int maxTextBytes, int maxTagCount, int maxStringBytes, int maxClipCount) {
    private static final int MIB = 1024 * 1024;

    public CodecLimits {
        positive(maxImageBytes, "maxImageBytes");
        positive(maxTextBytes, "maxTextBytes");
        positive(maxTagCount, "maxTagCount");
        positive(maxStringBytes, "maxStringBytes");
        positive(maxClipCount, "maxClipCount");
    }

    /** Room for camera images, a labels CSV of millions of rows, and any realistic tag set. */
    public static CodecLimits defaults() {
        return new CodecLimits(64 * MIB, 256 * MIB, 4096, 64 * 1024, 8 * MIB);
    }

    /** The largest complete reply these limits admit: how far a reader's buffer may grow. */
    public int maxReplyBytes() {
        long tagList = 7L + (long) maxTagCount * (4L + maxStringBytes);
        long clips = 7L + 12L * maxClipCount;
        long largest = Math.max(Math.max(11L + maxImageBytes, 7L + maxTextBytes), Math.max(tagList, clips));
        largest = Math.max(largest, 11L + maxStringBytes);
        return (int) Math.min(largest, Integer.MAX_VALUE - 16);
    }

    /** The largest request these limits admit (a change with every tag). */
    int maxRequestBytes() {
        return 14 + maxTagCount;
    }

    private static void positive(int value, String field) {
        if (value < 1) {
            throw new IllegalArgumentException("codec limit " + field + " must be at least 1, got " + value);
        }
    }
}
