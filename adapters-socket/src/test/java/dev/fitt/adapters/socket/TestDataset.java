package dev.fitt.adapters.socket;

import dev.fitt.domain.ImageRows;
import dev.fitt.domain.LabelsSnapshot;
import dev.fitt.domain.Tag;
import dev.fitt.domain.TagSet;
import dev.fitt.ports.ImageUnavailableException;
import dev.fitt.ports.SaveFailedException;
import dev.fitt.ports.ImageContent;
import dev.fitt.server.port.out.ImageSourcePort;
import dev.fitt.server.port.out.StoredDataset;
import dev.fitt.server.service.ServerCore;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;

/**
 * A small grouped 3-camera dataset served by the real core: clip "a" has 4 frames of cameras
 * front/left/right stored camera by camera, clip "b" 2 frames, clip "c" one single-camera row whose
 * image file is missing. Images are the bytes of their path, repeated to a few KB.
 */
public final class TestDataset {
    public static final String MISSING = "img/missing.jpg";
    public static final TagSet TAGS = new TagSet(List.of(
            new Tag("100", "Clear Weather", "tag_code_100"),
            new Tag("200", "Rain", "tag_code_200"),
            new Tag("300", "Night", "tag_code_300")));

    public final AtomicReference<LabelsSnapshot> saved = new AtomicReference<>();
    public final AtomicBoolean saveFails = new AtomicBoolean();
    public final ServerCore service;

    public TestDataset() {
        this(TestDataset::image);
    }

    /** The same rows with their images read by {@code images}. */
    public TestDataset(ImageSourcePort images) {
        List<String> clipIds = new ArrayList<>();
        List<String> cameras = new ArrayList<>();
        List<String> paths = new ArrayList<>();
        addGrouped(clipIds, cameras, paths, "a", 4);
        addGrouped(clipIds, cameras, paths, "b", 2);
        clipIds.add("c");
        cameras.add("front");
        paths.add(MISSING);
        ImageRows rows = new ImageRows(clipIds.toArray(String[]::new), cameras.toArray(String[]::new),
                paths.toArray(String[]::new));
        StoredDataset stored = new StoredDataset(TAGS, rows, LabelsSnapshot.unset(rows.size(), TAGS.size()),
                "memory", "memory");
        service = ServerCore.of(stored, labels -> {
            if (saveFails.get()) {
                throw new SaveFailedException("cannot write labels.csv: disk full");
            }
            saved.set(labels);
        }, images);
    }

    private static void addGrouped(List<String> clipIds, List<String> cameras, List<String> paths, String clip,
            int frames) {
        for (String camera : List.of("front", "left", "right")) {
            for (int frame = 0; frame < frames; frame++) {
                clipIds.add(clip);
                cameras.add(camera);
                paths.add("img/" + clip + "_" + camera + "_" + frame + ".jpg");
            }
        }
    }

    static ImageContent image(String path) throws ImageUnavailableException {
        if (path.equals(MISSING)) {
            throw new ImageUnavailableException("image file " + path + " does not exist");
        }
        return new ImageContent(imageBytes(path));
    }

    public static byte[] imageBytes(String path) {
        byte[] name = path.getBytes(StandardCharsets.UTF_8);
        byte[] bytes = new byte[4096 + name.length];
        for (int i = 0; i < bytes.length; i++) {
            bytes[i] = name[i % name.length];
        }
        bytes[0] = (byte) 0xFF; // images hold 0xFF bytes (JPEG starts FF D8): framing must not care
        return bytes;
    }

    public int size() {
        return service.dataset().size();
    }

    public ServedUseCases useCases() {
        return ServedUseCases.of(service.queries(), service.tagging(), service.saving(), service.images(), service.team());
    }

    public RunningServer start() throws java.io.IOException {
        return start(SocketServerConfig.of("127.0.0.1", 0));
    }

    public RunningServer start(SocketServerConfig config) throws java.io.IOException {
        return SocketAdapter.startServer(config, useCases());
    }
}
