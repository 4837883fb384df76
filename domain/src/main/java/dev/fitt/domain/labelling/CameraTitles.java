package dev.fitt.domain.labelling;

import dev.fitt.domain.Clip;
import java.util.List;
import java.util.Objects;

/**
 * What each camera view of a frame is called: the camera's name as the server gave it, or
 * "Camera N" (1-based) where the server gave none (protocol v1) or an empty one (a clip whose
 * rows mix cameras). Names that do not fit the clips (another dataset, a broken peer) are not
 * trusted for that clip, so a view is never titled with another camera's name.
 */
public final class CameraTitles {
    private final List<Clip> clips;
    private final List<List<String>> names;

    /** {@code names}: index = clip index, one name per camera of the clip's frames; may be empty (unknown). */
    public CameraTitles(List<Clip> clips, List<List<String>> names) {
        this.clips = List.copyOf(Objects.requireNonNull(clips, "clips"));
        this.names = names.size() == this.clips.size() ? List.copyOf(names) : List.of();
    }

    /** Titles for servers that name no cameras. */
    public static CameraTitles unnamed(List<Clip> clips) {
        return new CameraTitles(clips, List.of());
    }

    /** True when the names given fit the clips, clip for clip (else every title is "Camera N"). */
    public boolean named() {
        return !names.isEmpty();
    }

    public String title(int clipNumber, int camera) {
        Clip clip = clips.get(clipNumber);
        if (camera < 0 || camera >= clip.cameras()) {
            throw new IndexOutOfBoundsException("camera " + camera + " of a clip with " + clip.cameras() + " cameras");
        }
        if (named()) {
            List<String> clipNames = names.get(clipNumber);
            if (clipNames.size() == clip.cameras() && !clipNames.get(camera).isEmpty()) {
                return clipNames.get(camera);
            }
        }
        return "Camera " + (camera + 1);
    }
}
