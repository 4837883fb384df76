package dev.fitt.adapters.swing;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;

/**
 * Scales a picture once, off the event thread, for painting without further scaling. Shrinking
 * halves the picture with bilinear filtering until it is less than twice the target, then takes
 * one last bilinear step: a single bilinear step from far above skips pixels and shimmers, so the
 * copy looks at least as good as the bilinear scaling done at paint time before.
 */
final class PictureScaler {
    private PictureScaler() {
    }

    /** Always a new image, never {@code source} itself: the decoder reuses its source buffer for the next picture. */
    static BufferedImage scale(BufferedImage source, int width, int height) {
        if (width < 1 || height < 1) {
            throw new IllegalArgumentException("scaled size must be at least 1x1 pixels, got " + width + "x" + height);
        }
        BufferedImage current = source;
        while (current.getWidth() / 2 >= width && current.getHeight() / 2 >= height) {
            current = draw(current, current.getWidth() / 2, current.getHeight() / 2, source);
        }
        if (current.getWidth() == width && current.getHeight() == height && current != source) {
            return current;
        }
        return draw(current, width, height, source);
    }

    /** Pictures with alpha keep it; everything else becomes packed RGB, the fastest format to blit. */
    private static BufferedImage draw(BufferedImage from, int width, int height, BufferedImage original) {
        int type = original.getColorModel().hasAlpha() ? BufferedImage.TYPE_INT_ARGB : BufferedImage.TYPE_INT_RGB;
        BufferedImage to = new BufferedImage(width, height, type);
        Graphics2D g = to.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
            g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
            g.drawImage(from, 0, 0, width, height, null);
        } finally {
            g.dispose();
        }
        return to;
    }
}
