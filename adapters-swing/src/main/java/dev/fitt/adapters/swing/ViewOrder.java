package dev.fitt.adapters.swing;

import java.util.Arrays;

/**
 * The order in which the cameras of a frame are laid out (the annotator can move views with the
 * << >> buttons). Tab follows this visual order. Immutable.
 */
final class ViewOrder {
    private final int[] cameras;

    private ViewOrder(int[] cameras) {
        this.cameras = cameras;
    }

    static ViewOrder natural(int cameraCount) {
        if (cameraCount < 1) {
            throw new IllegalArgumentException("a frame has at least one camera, got " + cameraCount);
        }
        int[] order = new int[cameraCount];
        Arrays.setAll(order, i -> i);
        return new ViewOrder(order);
    }

    int size() {
        return cameras.length;
    }

    int cameraAt(int position) {
        return cameras[position];
    }

    int positionOf(int camera) {
        for (int p = 0; p < cameras.length; p++) {
            if (cameras[p] == camera) {
                return p;
            }
        }
        throw new IllegalArgumentException("camera " + camera + " is not one of " + cameras.length + " cameras");
    }

    /** The camera after {@code camera} on screen, wrapping to the first. */
    int after(int camera) {
        return cameras[(positionOf(camera) + 1) % cameras.length];
    }

    /** The camera before {@code camera} on screen, wrapping to the last. */
    int before(int camera) {
        return cameras[(positionOf(camera) + cameras.length - 1) % cameras.length];
    }

    /** Moves a camera's view one place earlier (<<); the first stays first. */
    ViewOrder moveEarlier(int camera) {
        int p = positionOf(camera);
        return p == 0 ? this : swapped(p, p - 1);
    }

    /** Moves a camera's view one place later (>>); the last stays last. */
    ViewOrder moveLater(int camera) {
        int p = positionOf(camera);
        return p == cameras.length - 1 ? this : swapped(p, p + 1);
    }

    private ViewOrder swapped(int a, int b) {
        int[] order = cameras.clone();
        order[a] = cameras[b];
        order[b] = cameras[a];
        return new ViewOrder(order);
    }

    @Override
    public String toString() {
        return Arrays.toString(cameras);
    }
}
