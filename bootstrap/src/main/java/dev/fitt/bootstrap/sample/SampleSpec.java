package dev.fitt.bootstrap.sample;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;

/**
 * What {@code fitt sample} should write. Messages name the command-line option at fault.
 *
 * @param imagePool how many distinct JPEGs to draw; row {@code i} shows image {@code i % imagePool}
 */
public record SampleSpec(Path out, int rows, List<String> cameras, int tags, int imagePool, int clips) {

    public static final List<String> DEFAULT_CAMERAS = List.of("camera_front", "camera_left", "camera_right");
    public static final int DEFAULT_TAGS = 5;
    public static final int DEFAULT_IMAGE_POOL = 60;
    /** A default clip holds this many frames, i.e. moments seen by every camera. */
    public static final int DEFAULT_FRAMES_PER_CLIP = 20;

    public SampleSpec {
        Objects.requireNonNull(out, "out");
        cameras = List.copyOf(cameras);
        if (rows < 1) {
            throw new IllegalArgumentException("--rows must be at least 1, got " + rows);
        }
        if (cameras.isEmpty()) {
            throw new IllegalArgumentException("--cameras needs at least one camera name");
        }
        for (String camera : cameras) {
            if (camera.isBlank() || camera.chars().anyMatch(c -> c == ',' || c == '"' || c < ' ')) {
                throw new IllegalArgumentException("--cameras: \"" + camera
                        + "\" is not a usable camera name (empty, or contains a comma, quote or control character)");
            }
        }
        if (new HashSet<>(cameras).size() != cameras.size()) {
            throw new IllegalArgumentException("--cameras lists a camera twice: " + String.join(",", cameras));
        }
        if (tags < 1) {
            throw new IllegalArgumentException("--tags must be at least 1, got " + tags);
        }
        if (imagePool < 1) {
            throw new IllegalArgumentException("--image-pool must be at least 1, got " + imagePool);
        }
        int maxClips = Math.max(1, rows / cameras.size());
        if (clips < 1 || clips > maxClips) {
            throw new IllegalArgumentException("--clips must be between 1 and " + maxClips + " (" + rows
                    + " rows over " + cameras.size() + " cameras), got " + clips);
        }
    }

    /** Fills every option the user left out ({@code null}) with its documented default. */
    public static SampleSpec withDefaults(Path out, int rows, List<String> cameras, Integer tags,
            Integer imagePool, Integer clips) {
        List<String> chosenCameras = cameras == null || cameras.isEmpty() ? DEFAULT_CAMERAS : cameras;
        int defaultClips = Math.max(1, rows / (chosenCameras.size() * DEFAULT_FRAMES_PER_CLIP));
        return new SampleSpec(out, rows, chosenCameras,
                tags == null ? DEFAULT_TAGS : tags,
                imagePool == null ? Math.max(1, Math.min(rows, DEFAULT_IMAGE_POOL)) : imagePool,
                clips == null ? defaultClips : clips);
    }

    /** Images actually drawn: a pool larger than the rows would only draw unused files. */
    public int imagesToDraw() {
        return Math.min(imagePool, rows);
    }

    public int tagCode(int tagIndex) {
        return (tagIndex + 1) * 100;
    }
}
