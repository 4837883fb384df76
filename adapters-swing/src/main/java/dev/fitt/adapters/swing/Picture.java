package dev.fitt.adapters.swing;

import java.awt.image.BufferedImage;
import java.util.Objects;
import java.util.Optional;

/**
 * A decoded picture and, once a worker has made it, a copy already scaled to the size a view
 * paints it at: painting that copy is a plain blit, while scaling the full picture at paint time
 * costs the event thread several milliseconds per camera in software rendering.
 */
record Picture(BufferedImage full, Optional<BufferedImage> scaled) {
    Picture {
        Objects.requireNonNull(full, "full");
        Objects.requireNonNull(scaled, "scaled");
    }

    static Picture of(BufferedImage full) {
        return new Picture(full, Optional.empty());
    }

    /** The copy to paint unscaled into {@code box}, if the one kept has exactly the fitted size. */
    Optional<BufferedImage> scaledFor(PaintBox box) {
        var size = box.fitted(full);
        return scaled.filter(copy -> copy.getWidth() == size.width && copy.getHeight() == size.height);
    }

    boolean fits(PaintBox box) {
        return scaledFor(box).isPresent();
    }

    /** This picture with a copy scaled for {@code box}; itself when it already has one. Slow: not on the event thread. */
    Picture scaledTo(PaintBox box) {
        if (fits(box)) {
            return this;
        }
        var size = box.fitted(full);
        return new Picture(full, Optional.of(PictureScaler.scale(full, size.width, size.height)));
    }

    /** Bytes held: both copies count against the image cache's budget (4 bytes a pixel). */
    long weight() {
        return pixels(full) + scaled.filter(copy -> copy != full).map(Picture::pixels).orElse(0L);
    }

    private static long pixels(BufferedImage image) {
        return 4L * image.getWidth() * image.getHeight();
    }
}
