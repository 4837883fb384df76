package dev.fitt.adapters.swing;

import dev.fitt.server.service.InProcessTaggingServer;
import dev.fitt.server.service.ServerCore;
import dev.fitt.domain.ImageRows;
import dev.fitt.domain.LabelsSnapshot;
import dev.fitt.domain.Tag;
import dev.fitt.domain.TagSet;
import dev.fitt.server.port.out.InMemoryDatasetStore;
import dev.fitt.server.port.out.InMemoryImageSource;
import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import javax.imageio.ImageIO;

/**
 * The client benchmark's dataset: one clip, 3 cameras, {@code frames} frames of photo-sized JPEGs
 * (1280x720, sky gradient, road, a few hundred random shapes so the JPEG is 100-200 KB like a real
 * dash-cam frame). Every picture differs, so a frame never seen is never cached. Rows are stored
 * interleaved (frame by frame, every camera), the order the client shows them. Public because
 * bootstrap writes the same pictures to disk for the over-the-socket mode, so both modes decode
 * the same bytes.
 */
public final class ClientBenchDataset {
    public static final int CAMERAS = 3;
    public static final int WIDTH = 1280;
    public static final int HEIGHT = 720;
    public static final String CLIP = "1";

    private final int frames;
    private final TagSet tags;
    private final Map<String, byte[]> images;
    private final long imageBytes;
    private final ServerCore service;

    public ClientBenchDataset(int frames) {
        if (frames < 1 || frames > 2_000) {
            throw new IllegalArgumentException("frames must be 1..2000, got " + frames);
        }
        this.frames = frames;
        tags = new TagSet(java.util.List.of(new Tag("100", "Clear Weather", "tag_code_100"),
                new Tag("200", "Rainy", "tag_code_200"), new Tag("300", "Night Time", "tag_code_300")));
        int rowCount = frames * CAMERAS;
        String[] clips = new String[rowCount];
        String[] cameras = new String[rowCount];
        String[] paths = new String[rowCount];
        Map<String, byte[]> pictures = new HashMap<>();
        SplittableRandom random = new SplittableRandom(42);
        long bytes = 0;
        for (int frame = 0; frame < frames; frame++) {
            for (int camera = 0; camera < CAMERAS; camera++) {
                int row = frame * CAMERAS + camera;
                clips[row] = CLIP;
                cameras[row] = camera(camera);
                paths[row] = path(frame, camera);
                byte[] jpeg = jpeg(random);
                pictures.put(paths[row], jpeg);
                bytes += jpeg.length;
            }
        }
        ImageRows rows = new ImageRows(clips, cameras, paths);
        images = pictures;
        imageBytes = bytes;
        InMemoryDatasetStore store = new InMemoryDatasetStore(tags, rows, LabelsSnapshot.unset(rowCount, tags.size()));
        service = ServerCore.of(store.load(), store, new InMemoryImageSource(images));
    }

    public static String camera(int camera) {
        return "cam" + camera;
    }

    /** The image path of a frame's camera, relative to the dataset (the in-process source's key). */
    public static String path(int frame, int camera) {
        return camera(camera) + "/" + frame + ".jpg";
    }

    public int frames() {
        return frames;
    }

    public TagSet tags() {
        return tags;
    }

    /** The JPEG at {@link #path}; the caller must not change it. */
    public byte[] image(String path) {
        byte[] jpeg = images.get(path);
        if (jpeg == null) {
            throw new IllegalArgumentException("no picture at " + path);
        }
        return jpeg;
    }

    public String description() {
        return String.format(Locale.ROOT, "dataset: %d frames x %d cameras, %dx%d JPEG, %.0f KB average", frames,
                CAMERAS, WIDTH, HEIGHT, imageBytes / 1024.0 / ((long) frames * CAMERAS));
    }

    /** A new in-process server over the one core: each bench session closes its own. */
    InProcessTaggingServer server() {
        return new InProcessTaggingServer(service);
    }

    private static byte[] jpeg(SplittableRandom random) {
        BufferedImage image = new BufferedImage(WIDTH, HEIGHT, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setPaint(new GradientPaint(0, 0, new Color(0x6FA8DC), 0, HEIGHT / 2f, new Color(0xDDE8F0)));
            g.fillRect(0, 0, WIDTH, HEIGHT);
            g.setColor(new Color(0x3A3F44));
            g.fillPolygon(new int[] {WIDTH / 2 - 30, WIDTH / 2 + 30, WIDTH, 0},
                    new int[] {HEIGHT / 2, HEIGHT / 2, HEIGHT, HEIGHT}, 4);
            for (int shape = 0; shape < 600; shape++) {
                g.setColor(new Color(random.nextInt(0x1000000)));
                int x = random.nextInt(WIDTH);
                int y = random.nextInt(HEIGHT);
                g.fillRect(x, y, 4 + random.nextInt(40), 4 + random.nextInt(30));
            }
        } finally {
            g.dispose();
        }
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream(256 * 1024);
            ImageIO.write(image, "jpg", out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
