package dev.fitt.adapters.swing;

import java.util.BitSet;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.IntFunction;

/**
 * "Load all images": walks every frame from the current one to the end, then from the start,
 * fetching and decoding its images until all are in memory, the cache budget is full, or the
 * user stops it. Runs on a background thread; reports frames done.
 */
final class LoadAllJob implements Runnable {
    /** How the job ended, for the toolbar. */
    enum End { DONE, MEMORY_FULL, STOPPED }

    /** Progress and outcome; called on the job's thread. */
    interface Listener {
        void progress(int framesDone, int frameCount);

        void finished(End end, int framesDone);
    }

    private final IntFunction<List<Integer>> indicesOfFrame;
    private final DecodedImages images;
    private final int frameCount;
    private final int startFrame;
    private final Listener listener;
    private final AtomicBoolean stopped = new AtomicBoolean();

    /** {@code indicesOfFrame}: display indices to load for a frame, its own first (the prefetch plan). */
    LoadAllJob(IntFunction<List<Integer>> indicesOfFrame, DecodedImages images, int frameCount, int startFrame,
            Listener listener) {
        this.indicesOfFrame = indicesOfFrame;
        this.images = images;
        this.frameCount = frameCount;
        this.startFrame = startFrame;
        this.listener = listener;
    }

    void stop() {
        stopped.set(true);
    }

    @Override
    public void run() {
        BitSet seen = new BitSet();
        for (int done = 0; done < frameCount; done++) {
            if (stopped.get()) {
                listener.finished(End.STOPPED, done);
                return;
            }
            int frame = (startFrame + done) % frameCount;
            for (int index : indicesOfFrame.apply(frame)) {
                if (!seen.get(index)) {
                    seen.set(index);
                    if (!images.preload(index)) {
                        listener.finished(End.MEMORY_FULL, done);
                        return;
                    }
                }
            }
            listener.progress(done + 1, frameCount);
        }
        listener.finished(End.DONE, frameCount);
    }
}
