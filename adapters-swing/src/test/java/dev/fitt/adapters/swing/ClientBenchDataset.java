package dev.fitt.adapters.swing;

import dev.fitt.application.InProcessTaggingServer;
import dev.fitt.application.TaggingService;
import dev.fitt.domain.ImageRows;
import dev.fitt.domain.LabelsSnapshot;
import dev.fitt.domain.Tag;
import dev.fitt.domain.TagSet;
import dev.fitt.ports.out.InMemoryDatasetStore;
import dev.fitt.ports.out.InMemoryImageSource;
import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;
import java.util.SplittableRandom;
import javax.imageio.ImageIO;

/**
 * The client benchmark's dataset: one clip, 3 cameras, {@code frames} frames of photo-sized JPEGs
 * (1280x720, sky gradient, road, a few hundred random shapes so the JPEG is 100-200 KB like a real
 * dash-cam frame). Every picture differs, so a frame never seen is never cached.
 */
final class ClientBenchDataset {
    static final int CAMERAS = 3;
    static final int WIDTH = 1280;
    static final int HEIGHT = 720;

    final TaggingService service;
    final long imageBytes;

    ClientBenchDataset(int frames) {
        if (frames < 1 || frames > 2_000) {
            throw new IllegalArgumentException("frames must be 1..2000, got " + frames);
        }
        TagSet tags = new TagSet(java.util.List.of(new Tag("100", "Clear Weather", "tag_code_100"),
                new Tag("200", "Rainy", "tag_code_200"), new Tag("300", "Night Time", "tag_code_300")));
        int rows = frames * CAMERAS;
        String[] clips = new String[rows];
        String[] cameras = new String[rows];
        String[] paths = new String[rows];
        Map<String, byte[]> images = new HashMap<>();
        SplittableRandom random = new SplittableRandom(42);
        long bytes = 0;
        for (int frame = 0; frame < frames; frame++) {
            for (int camera = 0; camera < CAMERAS; camera++) {
                int row = frame * CAMERAS + camera;
                clips[row] = "1";
                cameras[row] = "cam" + camera;
                paths[row] = "cam" + camera + "/" + frame + ".jpg";
                byte[] jpeg = jpeg(random);
                images.put(paths[row], jpeg);
                bytes += jpeg.length;
            }
        }
        imageBytes = bytes;
        InMemoryDatasetStore store = new InMemoryDatasetStore(tags, new ImageRows(clips, cameras, paths),
                LabelsSnapshot.unset(rows, tags.size()));
        service = new TaggingService(store.load(), store, new InMemoryImageSource(images));
    }

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
