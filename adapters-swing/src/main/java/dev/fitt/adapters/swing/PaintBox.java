package dev.fitt.adapters.swing;

import java.awt.Dimension;
import java.awt.image.BufferedImage;

/**
 * The box, in device pixels, a camera view paints its picture into (the picture keeps its aspect
 * and is centred). Both the view and the decode workers fit pictures with {@link #fitted}, so a
 * copy scaled ahead of time has exactly the size the view would paint.
 */
record PaintBox(int width, int height) {
    PaintBox {
        if (width < 1 || height < 1) {
            throw new IllegalArgumentException("paint box must be at least 1x1 pixels, got " + width + "x" + height);
        }
    }

    /** The size of {@code picture} scaled to fit in this box, aspect kept, at least 1x1. */
    Dimension fitted(BufferedImage picture) {
        return fitted(picture.getWidth(), picture.getHeight());
    }

    /** The size of a {@code pictureWidth} x {@code pictureHeight} picture scaled to fit in this box. */
    Dimension fitted(int pictureWidth, int pictureHeight) {
        double scale = Math.min(width / (double) pictureWidth, height / (double) pictureHeight);
        return new Dimension(Math.max(1, (int) Math.round(pictureWidth * scale)),
                Math.max(1, (int) Math.round(pictureHeight * scale)));
    }
}
