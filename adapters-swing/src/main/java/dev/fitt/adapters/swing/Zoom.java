package dev.fitt.adapters.swing;

/**
 * The view size in percent; 100% shows each camera {@value #BASE_WIDTH} pixels wide (before
 * FlatLaf's HiDPI scaling), whatever the image's own size.
 */
record Zoom(int percent) {
    static final int BASE_WIDTH = 420;
    private static final int[] STEPS = {25, 33, 50, 67, 75, 90, 100, 110, 125, 150, 175, 200, 250, 300, 400};

    Zoom {
        if (percent < STEPS[0] || percent > STEPS[STEPS.length - 1]) {
            throw new IllegalArgumentException("zoom must be " + STEPS[0] + "..." + STEPS[STEPS.length - 1]
                    + "%, got " + percent);
        }
    }

    static Zoom standard() {
        return new Zoom(100);
    }

    /**
     * The largest step at which {@code cameras} views of {@code viewWidth(zoom) + chrome} pixels
     * and gaps fit side by side in {@code available} pixels; the smallest step when none does.
     * {@code scale} is the HiDPI factor applied to view widths.
     */
    static Zoom fitting(int available, int cameras, int chrome, int gap, float scale) {
        for (int i = STEPS.length - 1; i > 0; i--) {
            int width = Math.round(BASE_WIDTH * STEPS[i] / 100f * scale);
            if (cameras * (width + chrome) + (cameras + 1) * gap <= available) {
                return new Zoom(STEPS[i]);
            }
        }
        return new Zoom(STEPS[0]);
    }

    Zoom in() {
        for (int step : STEPS) {
            if (step > percent) {
                return new Zoom(step);
            }
        }
        return this;
    }

    Zoom out() {
        for (int i = STEPS.length - 1; i >= 0; i--) {
            if (STEPS[i] < percent) {
                return new Zoom(STEPS[i]);
            }
        }
        return this;
    }

    int viewWidth() {
        return Math.round(BASE_WIDTH * percent / 100f);
    }

    String label() {
        return percent + "%";
    }
}
