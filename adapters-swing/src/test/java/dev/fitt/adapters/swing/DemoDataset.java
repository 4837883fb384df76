package dev.fitt.adapters.swing;

import dev.fitt.server.service.InProcessTaggingServer;
import dev.fitt.server.service.ServerCore;
import dev.fitt.server.service.TaggingService;
import dev.fitt.domain.ImageRows;
import dev.fitt.domain.LabelsSnapshot;
import dev.fitt.domain.Tag;
import dev.fitt.domain.TagSet;
import dev.fitt.domain.TagValue;
import dev.fitt.server.port.out.InMemoryDatasetStore;
import dev.fitt.server.port.out.InMemoryImageSource;
import java.awt.Color;
import java.awt.Font;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;

/**
 * An in-memory 3-camera dataset behind a real {@link TaggingService}: two clips (4 and 3 frames),
 * six tags, generated PNGs showing camera and frame in big letters. The image of clip 2, frame 2,
 * camera "rear" is missing, so the "image unavailable" state can be seen.
 */
final class DemoDataset {
    static final String[] CAMERAS = {"front", "left", "rear"};
    static final int[] CLIP_FRAMES = {4, 3};
    /** Each clip's {@code clip_id}, as a real recording names its clips. */
    static final String[] CLIP_IDS = {"highway_0415", "city_0416"};
    static final String MISSING = "clip2/rear/0002.png";

    final InMemoryDatasetStore store;
    final ServerCore service;

    DemoDataset(int imageWidth, int imageHeight, String... initialLabels) {
        this(CAMERAS, imageWidth, imageHeight, initialLabels);
    }

    /** With other camera names (any number of them), e.g. long ones to look at the view headers. */
    DemoDataset(String[] cameraNames, int imageWidth, int imageHeight, String... initialLabels) {
        this(CLIP_FRAMES, cameraNames, imageWidth, imageHeight, initialLabels);
    }

    /** With other clips: {@code clipFrames[c]} frames in clip c, its id "drive_000c" (c from 1). */
    DemoDataset(int[] clipFrames, String[] cameraNames, int imageWidth, int imageHeight, String... initialLabels) {
        this(clipIds(clipFrames, "drive_%04d"), clipFrames, cameraNames, imageWidth, imageHeight, initialLabels);
    }

    /** With other clips, each clip's id its number ("1", "2", ...), as in a file that numbers its clips. */
    static DemoDataset withNumberedClips(int[] clipFrames, String[] cameraNames, int imageWidth, int imageHeight) {
        return new DemoDataset(clipIds(clipFrames, "%d"), clipFrames, cameraNames, imageWidth, imageHeight);
    }

    private static String[] clipIds(int[] clipFrames, String format) {
        if (clipFrames == CLIP_FRAMES) {
            return CLIP_IDS;
        }
        String[] ids = new String[clipFrames.length];
        for (int clip = 0; clip < ids.length; clip++) {
            ids[clip] = String.format(format, clip + 1);
        }
        return ids;
    }

    private DemoDataset(String[] clipIds, int[] clipFrames, String[] cameraNames, int imageWidth, int imageHeight,
            String... initialLabels) {
        TagSet tags = new TagSet(List.of(new Tag("100", "Clear Weather", "tag_code_100"),
                new Tag("200", "Rainy", "tag_code_200"), new Tag("300", "Foggy", "tag_code_300"),
                new Tag("400", "Night Time", "tag_code_400"), new Tag("500", "Heavy Traffic", "tag_code_500"),
                new Tag("600", "Pedestrians", "tag_code_600")));
        List<String> clips = new ArrayList<>();
        List<String> cameras = new ArrayList<>();
        List<String> paths = new ArrayList<>();
        Map<String, byte[]> images = new HashMap<>();
        for (int clip = 0; clip < clipFrames.length; clip++) {
            String clipId = clipIds[clip];
            for (int frame = 0; frame < clipFrames[clip]; frame++) {
                for (int camera = 0; camera < cameraNames.length; camera++) {
                    String path = "clip" + (clip + 1) + "/" + cameraNames[camera] + "/" + String.format("%04d", frame)
                            + ".png";
                    clips.add(clipId);
                    cameras.add(cameraNames[camera]);
                    paths.add(path);
                    if (!path.equals(MISSING)) {
                        images.put(path, png(imageWidth, imageHeight, camera, cameraNames[camera], "clip " + (clip + 1)
                                + " \u00b7 frame " + (frame + 1)));
                    }
                }
            }
        }
        int rows = paths.size();
        String[] cells = new String[rows];
        for (int r = 0; r < rows; r++) {
            cells[r] = r < initialLabels.length ? initialLabels[r] : "......";
        }
        LabelsSnapshot labels = labels(rows, tags.size(), cells);
        store = new InMemoryDatasetStore(tags, new ImageRows(clips.toArray(String[]::new),
                cameras.toArray(String[]::new), paths.toArray(String[]::new)), labels);
        service = ServerCore.of(store.load(), store, new InMemoryImageSource(images));
    }

    InProcessTaggingServer server() {
        return new InProcessTaggingServer(service);
    }

    int rows() {
        return service.queries().labels().rowCount();
    }

    /** Labels from one string per row: T, F, or . for unset. */
    static LabelsSnapshot labels(int rows, int tags, String... cells) {
        byte[] codes = new byte[rows * tags];
        for (int r = 0; r < rows; r++) {
            for (int t = 0; t < tags; t++) {
                char c = cells[r].charAt(t);
                codes[r * tags + t] = (c == 'T' ? TagValue.TRUE : c == 'F' ? TagValue.FALSE : TagValue.UNSET).code();
            }
        }
        return LabelsSnapshot.of(rows, tags, codes);
    }

    private static final Color[][] SKIES = {
        {new Color(0x5B8DEF), new Color(0x2B3A55)},
        {new Color(0x7AC68D), new Color(0x24452F)},
        {new Color(0xE8A15C), new Color(0x4A2E1A)}};

    static byte[] png(int width, int height, int camera, String caption) {
        return png(width, height, camera, CAMERAS[camera], caption);
    }

    static byte[] png(int width, int height, int camera, String name, String caption) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setPaint(new GradientPaint(0, 0, SKIES[camera % SKIES.length][0], 0, height, SKIES[camera % SKIES.length][1]));
            g.fillRect(0, 0, width, height);
            g.setColor(new Color(0x33383F));
            g.fillPolygon(new int[] {width / 2 - width / 40, width / 2 + width / 40, width, 0},
                    new int[] {height / 2, height / 2, height, height}, 4);
            g.setColor(Color.WHITE);
            g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, height / 6));
            g.drawString(name.toUpperCase(), width / 20, height / 4);
            g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, height / 10));
            g.drawString(caption, width / 20, height / 4 + height / 7);
        } finally {
            g.dispose();
        }
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ImageIO.write(image, "png", out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
