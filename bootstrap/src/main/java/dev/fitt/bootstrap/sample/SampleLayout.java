package dev.fitt.bootstrap.sample;

import java.util.List;
import java.util.function.Consumer;

/**
 * Lays rows out as recorded data usually comes: clip by clip, and inside a clip grouped by camera
 * (every frame of the first camera, then of the second, ...), the order the server must
 * interleave. Frames are spread as evenly as possible over the clips; when the rows are not a
 * multiple of the cameras, the last clip gets the few extra rows (and so an uneven camera pattern).
 */
final class SampleLayout {
    private final SampleSpec spec;

    SampleLayout(SampleSpec spec) {
        this.spec = spec;
    }

    /** Rows in file order; never holds more than one row at a time, so a million rows are cheap. */
    void forEachRow(Consumer<SampleRow> action) {
        List<String> cameras = spec.cameras();
        int fullFrames = spec.rows() / cameras.size();
        int extraRows = spec.rows() % cameras.size();
        int index = 0;
        for (int clip = 0; clip < spec.clips(); clip++) {
            int frames = fullFrames / spec.clips() + (clip < fullFrames % spec.clips() ? 1 : 0);
            boolean last = clip == spec.clips() - 1;
            for (int camera = 0; camera < cameras.size(); camera++) {
                int framesOfCamera = frames + (last && camera < extraRows ? 1 : 0);
                for (int frame = 0; frame < framesOfCamera; frame++) {
                    action.accept(new SampleRow(index++, clip + 1, cameras.get(camera), frame));
                }
            }
        }
    }
}
