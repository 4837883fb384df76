package dev.fitt.adapters.swing;

import dev.fitt.client.port.in.LabellingSession;
import java.util.concurrent.ExecutorService;
import javax.swing.SwingUtilities;

/**
 * The "Load all images" button: starts or stops a {@link LoadAllJob} on the loader thread and
 * shows its progress in the toolbar. EDT only.
 */
final class LoadAll {
    private final ClientWindow window;
    private final LabellingSession session;
    private final DecodedImages images;
    private final ExecutorService loader;
    private final Feedback feedback;
    private final Repaint repaint;
    private LoadAllJob job;

    LoadAll(ClientWindow window, LabellingSession session, DecodedImages images, ExecutorService loader,
            Feedback feedback, Repaint repaint) {
        this.window = window;
        this.session = session;
        this.images = images;
        this.loader = loader;
        this.feedback = feedback;
        this.repaint = repaint;
    }

    boolean running() {
        return job != null;
    }

    void toggle() {
        if (job != null) {
            job.stop();
            return;
        }
        window.loadProgress.setVisible(true);
        window.loadProgress.setMaximum(session.navigation().frameCount());
        window.loadProgress.setValue(0);
        job = new LoadAllJob(session.images()::prefetchIndices, images, session.navigation().frameCount(),
                session.navigation().frameNumber(), new LoadAllJob.Listener() {
                    @Override
                    public void progress(int framesDone, int frameCount) {
                        SwingUtilities.invokeLater(() -> {
                            window.loadProgress.setValue(framesDone);
                            window.loadProgress.setString(framesDone + " / " + frameCount + " frames");
                        });
                    }

                    @Override
                    public void finished(LoadAllJob.End end, int framesDone) {
                        SwingUtilities.invokeLater(() -> finished(end, framesDone));
                    }
                });
        loader.execute(job);
        // The button reads "Stop loading" from the next render on.
        repaint.scheduleRender();
    }

    /** Closing: stop loading. */
    void stop() {
        if (job != null) {
            job.stop();
        }
    }

    private void finished(LoadAllJob.End end, int framesDone) {
        job = null;
        window.loadProgress.setVisible(false);
        feedback.note(switch (end) {
            case DONE -> "All " + framesDone + " frames loaded";
            case MEMORY_FULL -> "Loaded " + framesDone + " frames; stopped at the image memory budget of "
                    + images.budget() / (1024 * 1024) + " MB";
            case STOPPED -> "Loading stopped after " + framesDone + " frames";
        });
        repaint.scheduleRender();
    }
}
