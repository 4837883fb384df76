package dev.fitt.adapters.swing;

import dev.fitt.domain.TagValue;
import dev.fitt.client.port.in.LabellingSession;
import java.util.List;

/**
 * Ctrl+L and Ctrl+Shift+L: label a clip or a range of frames like the active image. Unlabelled
 * frames are filled at once; overwriting labelled ones is asked first, with a one-line preview.
 * EDT only.
 */
final class MassLabelling {
    private final ClientWindow window;
    private final LabellingSession session;
    private final CommandRunner runner;
    private final Feedback feedback;

    MassLabelling(ClientWindow window, LabellingSession session, CommandRunner runner, Feedback feedback) {
        this.window = window;
        this.session = session;
        this.runner = runner;
        this.feedback = feedback;
    }

    /**
     * Fills the clip's unlabelled frames; once none is left, a second Ctrl+L offers to overwrite
     * the labelled ones, after a one-line preview.
     */
    void labelClip() {
        List<TagValue> values = session.state().imageValues(session.navigation().activeCamera());
        if (values.stream().anyMatch(v -> !v.isSet())) {
            feedback.problemHere("Label clip: the active image has unset tags; choose its tags first,"
                    + " then press Ctrl+L");
            return;
        }
        int first = clipFirstFrame();
        label(first, first + session.state().currentClip().frameCount() - 1, values, false);
    }

    /** The range dialog, starting on the current clip. */
    void labelFrames() {
        int first = clipFirstFrame();
        List<TagValue> active = session.state().imageValues(session.navigation().activeCamera());
        new LabelFramesDialog(window.frame, session.state().tags(), session.navigation().frameCount(), first,
                first + session.state().currentClip().frameCount() - 1, active).ask()
                .ifPresent(request -> label(request.fromFrame(), request.toFrame(), request.values(),
                        request.overwrite()));
    }

    private int clipFirstFrame() {
        return session.state().firstFrameOfClip(session.state().clipNumber());
    }

    private void label(int first, int last, List<TagValue> values, boolean overwrite) {
        String range = "frames " + (first + 1) + "\u2013" + (last + 1);
        int overwritten = session.massLabelling().framesOverwritten(first, last, values);
        if (!overwrite) {
            int filled = session.massLabelling().fillFrames(first, last, values);
            if (filled > 0) {
                feedback.note("Labelled " + filled + " unlabelled " + (filled == 1 ? "image" : "images") + " of "
                        + range + (overwritten == 0 ? "" : "; " + frames(overwritten)
                        + " kept (Ctrl+L again overwrites)") + " (Ctrl+Z undoes)");
                return;
            }
        }
        if (overwritten == 0) {
            if (overwrite) {
                session.massLabelling().labelFrames(first, last, values);
            }
            feedback.note("Every frame of " + range + " already has these tags");
            return;
        }
        int camera = session.navigation().activeCamera() + 1;
        String question = "Label " + range + " like camera " + camera + ": overwrites " + frames(overwritten) + "?";
        window.notices.ask(question, () -> runner.run(() -> {
            session.massLabelling().labelFrames(first, last, values);
            feedback.note("Labelled " + range + ", overwriting " + frames(overwritten) + " (Ctrl+Z undoes)");
        }));
    }

    private static String frames(int labelled) {
        return labelled + (labelled == 1 ? " labelled frame" : " labelled frames");
    }
}
