package dev.fitt.adapters.swing;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Which copy a camera view paints, drawn into an off-screen image (no display needed). The full
 * picture is red and its "scaled copy" green, so the pixels tell which one was painted.
 */
class ImagePanelTest {
    private static final int RED = 0xFF0000;
    private static final int GREEN = 0x00FF00;

    @Test
    void copyScaledForTheBoxIsPaintedAsIs() {
        ImagePanel panel = panel(200, 100);
        panel.show(new ImageState.Ready(picture(solid(200, 100, GREEN))), Zoom.of(100), 0);

        assertThat(paint(panel).getRGB(100, 50) & 0xFFFFFF).isEqualTo(GREEN);
    }

    @Test
    void fullPictureIsScaledWhenTheCopyWasMadeForAnotherSize() {
        ImagePanel panel = panel(200, 100);
        panel.show(new ImageState.Ready(picture(solid(100, 50, GREEN))), Zoom.of(100), 0);

        assertThat(paint(panel).getRGB(100, 50) & 0xFFFFFF).isEqualTo(RED);
    }

    @Test
    void copyForAnotherSizeIsScaledWhenTheWholePictureIsNotKept() {
        ImagePanel panel = panel(200, 100);
        panel.show(new ImageState.Ready(Picture.scaled(new byte[0], 1280, 640, solid(100, 50, GREEN))),
                Zoom.of(100), 0);

        assertThat(paint(panel).getRGB(100, 50) & 0xFFFFFF).isEqualTo(GREEN);
    }

    @Test
    void paintBoxIsReportedOnlyWhenItChanges() {
        ImagePanel panel = panel(200, 100);
        List<PaintBox> boxes = new ArrayList<>();
        panel.onPaintBoxChanged(boxes::add);
        panel.show(new ImageState.Ready(picture(solid(200, 100, GREEN))), Zoom.of(100), 0);

        paint(panel);
        paint(panel);
        panel.setSize(300, 150);
        paint(panel);

        assertThat(boxes).containsExactly(new PaintBox(200, 100), new PaintBox(300, 150));
    }

    private static ImagePanel panel(int width, int height) {
        ImagePanel panel = new ImagePanel();
        panel.setSize(width, height);
        return panel;
    }

    private static Picture picture(BufferedImage scaled) {
        return new Picture(new byte[0], 1280, 640, Optional.of(solid(1280, 640, RED)), Optional.of(scaled));
    }

    private static BufferedImage solid(int width, int height, int rgb) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(new Color(rgb));
        g.fillRect(0, 0, width, height);
        g.dispose();
        return image;
    }

    private static BufferedImage paint(ImagePanel panel) {
        BufferedImage canvas = new BufferedImage(panel.getWidth(), panel.getHeight(), BufferedImage.TYPE_INT_RGB);
        Graphics2D g = canvas.createGraphics();
        try {
            panel.paint(g);
        } finally {
            g.dispose();
        }
        return canvas;
    }
}
