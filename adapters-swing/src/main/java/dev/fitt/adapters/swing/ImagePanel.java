package dev.fitt.adapters.swing;

import com.formdev.flatlaf.util.UIScale;
import java.awt.Dimension;
import java.awt.FontMetrics;
import java.awt.Graphics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.AffineTransform;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.IntConsumer;
import javax.swing.JComponent;

/** One camera's picture, scaled to the zoom and letterboxed, or why there is none. */
final class ImagePanel extends JComponent {
    private ImageState state = new ImageState.Loading();
    private Zoom zoom = Zoom.fitted();
    /** A view's width before its first picture shows, at 100%. */
    private static final int UNKNOWN_WIDTH = 420;
    /** The last picture's size, so a zoomed view keeps its size while the next one loads; 0 before the first. */
    private int pictureWidth;
    private int pictureHeight;
    /** Thumbnails paint at another size than the main views: they do not tell theirs, so copies are scaled for the main one. */
    private boolean reportsBox = true;
    private int displayIndex = -1;
    /** Told the display index of every picture painted; only the client benchmark listens (ClientBench). */
    private IntConsumer picturePainted = index -> { };
    private Consumer<PaintBox> boxChanged = box -> { };
    private Optional<PaintBox> lastBox = Optional.empty();

    void show(ImageState newState, Zoom newZoom, int newDisplayIndex) {
        boolean resized = !newZoom.equals(zoom) || aspectChanged(newState);
        state = newState;
        zoom = newZoom;
        if (newState instanceof ImageState.Ready ready) {
            pictureWidth = Math.max(1, ready.picture().width());
            pictureHeight = Math.max(1, ready.picture().height());
        }
        displayIndex = newDisplayIndex;
        if (resized) {
            revalidate();
        }
        repaint();
    }

    /**
     * Calls {@code listener} on the event thread each time a picture (not a placeholder) has been
     * painted, with its display index: the hook that lets a benchmark time key press to frame shown.
     */
    void onPicturePainted(IntConsumer listener) {
        picturePainted = listener;
    }

    /**
     * Calls {@code listener} on the event thread when the box this view paints pictures into
     * changes (zoom, window size, HiDPI scale), so pictures can be scaled for it ahead of time.
     */
    void onPaintBoxChanged(Consumer<PaintBox> listener) {
        boxChanged = listener;
    }

    private boolean aspectChanged(ImageState next) {
        return !(next instanceof ImageState.Ready r && state instanceof ImageState.Ready old
                && (long) r.picture().width() * old.picture().height()
                        == (long) old.picture().width() * r.picture().height());
    }

    /**
     * Zoomed, the picture at its percentage of its own pixels; fitted, the layout gives the size
     * ({@link FitLayout}) and this is only a modest default.
     */
    @Override
    public Dimension getPreferredSize() {
        if (zoom.fit()) {
            int width = TagChip.scaled(240);
            return new Dimension(width, (int) Math.round(width / aspect()));
        }
        int width = pictureWidth == 0 ? TagChip.scaled(Math.round(UNKNOWN_WIDTH * zoom.percent() / 100f))
                : Math.max(1, UIScale.unscale(Math.round(pictureWidth * zoom.percent() / 100f)));
        return new Dimension(width, (int) Math.max(1, Math.round(width / aspect())));
    }

    /** Width over height of the picture shown (or last shown); 16:9 before the first. */
    double aspect() {
        return pictureWidth == 0 ? 16 / 9.0 : pictureWidth / (double) pictureHeight;
    }

    /** The picture's shown size in percent of its own pixels, e.g. what fitting gave; 100 before the first picture. */
    int shownPercent() {
        if (getWidth() <= 0 || getHeight() <= 0 || pictureWidth == 0) {
            return 100;
        }
        double scale = Math.min(getWidth() / (double) pictureWidth, getHeight() / (double) pictureHeight);
        return (int) Math.round(scale * 100 * UIScale.getUserScaleFactor());
    }

    void reportsBox(boolean reports) {
        if (reports && !reportsBox) {
            lastBox = Optional.empty();
        }
        reportsBox = reports;
    }

    @Override
    protected void paintComponent(Graphics g) {
        Palette palette = Palette.current();
        Graphics2D g2 = (Graphics2D) g.create();
        try {
            g2.setColor(palette.imageBackground());
            g2.fillRect(0, 0, getWidth(), getHeight());
            if (state instanceof ImageState.Ready ready) {
                paintImage(g2, ready.picture());
                picturePainted.accept(displayIndex);
            } else if (state instanceof ImageState.Failed failed) {
                g2.setColor(palette.error());
                paintText(g2, "Image not available: " + failed.message() + "  \u2014 press R or \u21bb to retry");
            } else {
                g2.setColor(palette.unsetText());
                paintText(g2, "Loading\u2026");
            }
        } finally {
            g2.dispose();
        }
    }

    /**
     * A copy scaled for this box is drawn 1:1 in device pixels (a blit); otherwise the whole
     * picture, or while a worker scales a copy for a new box the old copy, is scaled here, which is
     * slow in software rendering.
     */
    private void paintImage(Graphics2D g2, Picture picture) {
        AffineTransform transform = g2.getTransform();
        boolean scaleOnly = transform.getShearX() == 0 && transform.getShearY() == 0;
        int deviceWidth = (int) Math.round(getWidth() * transform.getScaleX());
        int deviceHeight = (int) Math.round(getHeight() * transform.getScaleY());
        if (scaleOnly && deviceWidth > 0 && deviceHeight > 0) {
            PaintBox box = new PaintBox(deviceWidth, deviceHeight);
            if (reportsBox && !lastBox.equals(Optional.of(box))) {
                lastBox = Optional.of(box);
                boxChanged.accept(box);
            }
            Optional<BufferedImage> scaled = picture.scaledFor(box);
            if (scaled.isPresent()) {
                BufferedImage copy = scaled.get();
                g2.setTransform(AffineTransform.getTranslateInstance(Math.round(transform.getTranslateX()),
                        Math.round(transform.getTranslateY())));
                g2.drawImage(copy, (deviceWidth - copy.getWidth()) / 2, (deviceHeight - copy.getHeight()) / 2, null);
                g2.setTransform(transform);
                return;
            }
        }
        BufferedImage image = picture.paintable();
        double scale = Math.min(getWidth() / (double) picture.width(), getHeight() / (double) picture.height());
        int w = (int) Math.round(picture.width() * scale);
        int h = (int) Math.round(picture.height() * scale);
        g2.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
        g2.drawImage(image, (getWidth() - w) / 2, (getHeight() - h) / 2, w, h, null);
    }

    /** Centred, word-wrapped text, so a long server message is readable rather than clipped. */
    private void paintText(Graphics2D g2, String text) {
        g2.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g2.setFont(getFont());
        FontMetrics fm = g2.getFontMetrics();
        List<String> lines = wrap(text, fm, getWidth() - TagChip.scaled(24));
        int y = (getHeight() - lines.size() * fm.getHeight()) / 2 + fm.getAscent();
        for (String line : lines) {
            g2.drawString(line, (getWidth() - fm.stringWidth(line)) / 2, y);
            y += fm.getHeight();
        }
    }

    private static List<String> wrap(String text, FontMetrics fm, int width) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : text.split(" ")) {
            String candidate = line.length() == 0 ? word : line + " " + word;
            if (fm.stringWidth(candidate) > width && line.length() > 0) {
                lines.add(line.toString());
                line = new StringBuilder(word);
            } else {
                line = new StringBuilder(candidate);
            }
        }
        lines.add(line.toString());
        return lines;
    }
}
