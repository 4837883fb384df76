package dev.fitt.adapters.swing;

import java.awt.image.BufferedImage;
import java.util.Objects;
import java.util.Optional;

/**
 * A picture as the cache keeps it: the file's bytes, the picture's size, and either a copy
 * already scaled to the size a view paints it at or, while no view has told that size yet, the
 * whole decoded picture. Painting the scaled copy is a plain blit, while scaling at paint time
 * costs the event thread several milliseconds per camera in software rendering. Once a copy is
 * scaled the whole picture is not kept: at 4 bytes a pixel it weighs 25 times the JPEG, so
 * dropping it lets the same budget hold several times more pictures and keeps the collector's
 * work small; a new box (zoom, resize) decodes the bytes again instead.
 */
record Picture(byte[] encoded, int width, int height, Optional<BufferedImage> full, Optional<BufferedImage> scaled) {
    Picture {
        Objects.requireNonNull(encoded, "encoded");
        Objects.requireNonNull(full, "full");
        Objects.requireNonNull(scaled, "scaled");
        if (full.isEmpty() && scaled.isEmpty()) {
            throw new IllegalArgumentException("a picture needs its whole decoded image or a scaled copy");
        }
    }

    /** Decoded before any view told its box: the whole picture, to scale at paint time. */
    static Picture whole(byte[] encoded, BufferedImage full) {
        return new Picture(encoded, full.getWidth(), full.getHeight(), Optional.of(full), Optional.empty());
    }

    /** Only a copy scaled for a view's box of a {@code width} x {@code height} picture. */
    static Picture scaled(byte[] encoded, int width, int height, BufferedImage scaled) {
        return new Picture(encoded, width, height, Optional.empty(), Optional.of(scaled));
    }

    /** The copy to paint unscaled into {@code box}, if the one kept has exactly the fitted size. */
    Optional<BufferedImage> scaledFor(PaintBox box) {
        var size = box.fitted(width, height);
        return scaled.filter(copy -> copy.getWidth() == size.width && copy.getHeight() == size.height);
    }

    boolean fits(PaintBox box) {
        return scaledFor(box).isPresent();
    }

    /**
     * The best image to scale at paint time when no copy fits the box: the whole picture if kept,
     * else the copy made for another box, shown until a worker has scaled one for the new box.
     */
    BufferedImage paintable() {
        return full.or(() -> scaled).orElseThrow();
    }

    /** Bytes held: the file and every decoded copy count against the image cache's budget (4 bytes a pixel). */
    long weight() {
        return encoded.length + full.map(Picture::pixels).orElse(0L) + scaled.map(Picture::pixels).orElse(0L);
    }

    private static long pixels(BufferedImage image) {
        return 4L * image.getWidth() * image.getHeight();
    }
}
