package dev.fitt.domain;

/**
 * A clip in display order: indices {@code begin} (inclusive) to {@code end} (exclusive), shown as
 * frames of {@code cameras} consecutive images each.
 */
public record Clip(int begin, int end, int cameras) {
    public Clip {
        if (begin < 0 || end <= begin) {
            throw new IllegalArgumentException("a clip needs 0 <= begin < end, got " + begin + ".." + end);
        }
        if (cameras < 1 || (end - begin) % cameras != 0) {
            throw new IllegalArgumentException(
                    "clip " + begin + ".." + end + " does not split into frames of " + cameras + " cameras");
        }
    }

    public int size() {
        return end - begin;
    }

    public int frameCount() {
        return size() / cameras;
    }

    public Frame frame(int k) {
        if (k < 0 || k >= frameCount()) {
            throw new IndexOutOfBoundsException("frame " + k + " of a clip with " + frameCount() + " frames");
        }
        return new Frame(begin + k * cameras, cameras);
    }

    public boolean contains(int index) {
        return index >= begin && index < end;
    }
}
