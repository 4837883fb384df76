package dev.fitt.adapters.swing;

/**
 * How large pictures are shown: fitted to the window (the default), or a percentage of the
 * picture's own pixels, 100% being one picture pixel per screen pixel (before FlatLaf's HiDPI
 * scaling). Zooming steps from whatever size is shown, fitted or not.
 */
record Zoom(boolean fit, int percent) {
    private static final int[] STEPS = {10, 15, 20, 25, 33, 50, 67, 75, 90, 100, 110, 125, 150, 175, 200, 250, 300,
        400};

    Zoom {
        if (fit && percent != 0) {
            throw new IllegalArgumentException("a fitted zoom has no percentage, got " + percent);
        }
        if (!fit && (percent < STEPS[0] || percent > STEPS[STEPS.length - 1])) {
            throw new IllegalArgumentException("zoom must be " + STEPS[0] + "..." + STEPS[STEPS.length - 1]
                    + "%, got " + percent);
        }
    }

    static Zoom fitted() {
        return new Zoom(true, 0);
    }

    static Zoom of(int percent) {
        return new Zoom(false, percent);
    }

    /** The next step above {@code shown}, the percentage shown now (for a fitted zoom, what fitting gave). */
    Zoom in(int shown) {
        int from = fit ? shown : percent;
        for (int step : STEPS) {
            if (step > from) {
                return of(step);
            }
        }
        return of(STEPS[STEPS.length - 1]);
    }

    /** The next step below {@code shown}, as {@link #in}. */
    Zoom out(int shown) {
        int from = fit ? shown : percent;
        for (int i = STEPS.length - 1; i >= 0; i--) {
            if (STEPS[i] < from) {
                return of(STEPS[i]);
            }
        }
        return of(STEPS[0]);
    }

    String label() {
        return fit ? "Fit" : percent + "%";
    }
}
