package dev.fitt.bootstrap.sample;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.Polygon;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferInt;
import java.util.Random;

/**
 * Draws a dash-cam-like frame: sky, skyline, road with lane marks that move with the frame
 * number, sensor noise, and the camera, clip and frame in large type so a person flipping
 * through frames sees each change. Noise matters: it gives JPEG the photo-like entropy that puts
 * files in a realistic size range.
 */
final class FramePainter {
    static final int WIDTH = 1280;
    static final int HEIGHT = 720;
    private static final int HORIZON = HEIGHT * 45 / 100;
    private static final int NOISE = 18;

    BufferedImage paint(SampleRow row, Random random) {
        BufferedImage image = new BufferedImage(WIDTH, HEIGHT, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            float daylight = 0.6f + 0.4f * random.nextFloat();
            paintSky(g, row, daylight);
            paintSkyline(g, random, daylight);
            paintGround(g, row, daylight);
            addNoise(image, random);
            paintCaption(g, row);
        } finally {
            g.dispose();
        }
        return image;
    }

    private static void paintSky(Graphics2D g, SampleRow row, float daylight) {
        // Each camera gets its own tint so views are told apart at a glance.
        float hue = 0.55f + 0.04f * Math.floorMod(row.camera().hashCode(), 5);
        Color top = Color.getHSBColor(hue, 0.65f, 0.55f * daylight + 0.2f);
        Color horizon = Color.getHSBColor(hue - 0.03f, 0.25f, 0.95f * daylight);
        g.setPaint(new GradientPaint(0, 0, top, 0, HORIZON, horizon));
        g.fillRect(0, 0, WIDTH, HORIZON);
    }

    private static void paintSkyline(Graphics2D g, Random random, float daylight) {
        int x = -random.nextInt(60);
        while (x < WIDTH) {
            int width = 40 + random.nextInt(110);
            int height = 30 + random.nextInt(170);
            int shade = (int) ((60 + random.nextInt(90)) * daylight);
            g.setColor(new Color(shade, shade + random.nextInt(20), shade + random.nextInt(35)));
            g.fillRect(x, HORIZON - height, width, height);
            g.setColor(new Color(230, 210, 140, 150));
            for (int wy = HORIZON - height + 8; wy < HORIZON - 12; wy += 16) {
                for (int wx = x + 6; wx < x + width - 10; wx += 14) {
                    if (random.nextInt(3) == 0) {
                        g.fillRect(wx, wy, 6, 8);
                    }
                }
            }
            x += width + random.nextInt(25);
        }
    }

    private static void paintGround(Graphics2D g, SampleRow row, float daylight) {
        int verge = (int) (110 * daylight);
        g.setPaint(new GradientPaint(0, HORIZON, new Color(verge / 2, verge, verge / 3),
                0, HEIGHT, new Color(verge / 3, verge / 2 + 20, verge / 4)));
        g.fillRect(0, HORIZON, WIDTH, HEIGHT - HORIZON);

        int centre = WIDTH / 2;
        Polygon road = new Polygon(new int[] {centre - 40, centre + 40, WIDTH + 200, -200},
                new int[] {HORIZON, HORIZON, HEIGHT, HEIGHT}, 4);
        int asphalt = (int) (95 * daylight);
        g.setPaint(new GradientPaint(0, HORIZON, new Color(asphalt + 30, asphalt + 30, asphalt + 35),
                0, HEIGHT, new Color(asphalt, asphalt, asphalt + 5)));
        g.fillPolygon(road);

        // Lane dashes advance with the frame number: consecutive frames visibly differ.
        g.setColor(new Color(235, 225, 180));
        int phase = (row.frame() * 37) % 100;
        for (int d = -100; d < 1000; d += 100) {
            double near = Math.min(1.0, (d + phase) / 1000.0);
            double far = Math.min(1.0, (d + phase + 45) / 1000.0);
            if (near < 0) {
                continue;
            }
            int y1 = HORIZON + (int) ((HEIGHT - HORIZON) * near * near);
            int y2 = HORIZON + (int) ((HEIGHT - HORIZON) * far * far);
            g.setStroke(new BasicStroke((float) (2 + 10 * far)));
            g.drawLine(centre, y1, centre, y2);
        }
    }

    private static void addNoise(BufferedImage image, Random random) {
        int[] pixels = ((DataBufferInt) image.getRaster().getDataBuffer()).getData();
        for (int i = 0; i < pixels.length; i++) {
            int p = pixels[i];
            int n = random.nextInt(2 * NOISE + 1) - NOISE;
            int r = clamp(((p >> 16) & 0xFF) + n + random.nextInt(7) - 3);
            int gr = clamp(((p >> 8) & 0xFF) + n + random.nextInt(7) - 3);
            int b = clamp((p & 0xFF) + n + random.nextInt(7) - 3);
            pixels[i] = (r << 16) | (gr << 8) | b;
        }
    }

    private static int clamp(int value) {
        return Math.max(0, Math.min(255, value));
    }

    private static void paintCaption(Graphics2D g, SampleRow row) {
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        drawShadowed(g, row.camera(), new Font(Font.SANS_SERIF, Font.BOLD, 84), 40, 110);
        drawShadowed(g, "clip " + row.clipId() + "   frame " + (row.frame() + 1),
                new Font(Font.SANS_SERIF, Font.BOLD, 64), 40, 200);
        drawShadowed(g, "row " + (row.index() + 1), new Font(Font.MONOSPACED, Font.PLAIN, 32), 40, HEIGHT - 40);
    }

    private static void drawShadowed(Graphics2D g, String text, Font font, int x, int y) {
        g.setFont(font);
        g.setColor(new Color(0, 0, 0, 170));
        g.drawString(text, x + 4, y + 4);
        g.setColor(Color.WHITE);
        g.drawString(text, x, y);
    }
}
