package dev.fitt.domain;

/** One moment seen by every camera of a clip: display indices {@code first .. first + cameras - 1}. */
public record Frame(int first, int cameras) {
    public Frame {
        if (first < 0 || cameras < 1) {
            throw new IllegalArgumentException("a frame needs first >= 0 and cameras >= 1");
        }
    }

    public int last() {
        return first + cameras - 1;
    }

    public int index(int camera) {
        if (camera < 0 || camera >= cameras) {
            throw new IndexOutOfBoundsException("camera " + camera + " of " + cameras);
        }
        return first + camera;
    }
}
