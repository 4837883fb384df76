package dev.fitt.adapters.swing;

import dev.fitt.domain.TagValue;
import dev.fitt.client.port.in.LabellingSession;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What the annotator's tagging commands do: a digit or N tags the active image (or the frames
 * selected in the clip timeline), undo and redo, save, the next unlabelled frame, the camera
 * views' buttons and the timeline's clicks. The session records every edit as a command object
 * ({@code LabelEdit}) for undo; these only choose the use case and what to tell the annotator.
 * EDT only.
 */
final class LabelCommands {
    private final ClientWindow window;
    private final LabellingSession session;
    private final CommandRunner runner;
    private final Feedback feedback;

    LabelCommands(ClientWindow window, LabellingSession session, CommandRunner runner, Feedback feedback) {
        this.window = window;
        this.session = session;
        this.runner = runner;
        this.feedback = feedback;
    }

    void chooseTag(int tag) {
        if (!labelSelection(only(tag), false)) {
            session.choices().chooseTag(tag);
        }
    }

    void chooseTagForFrame(int tag) {
        if (!labelSelection(only(tag), true)) {
            session.choices().chooseTagForFrame(tag);
        }
    }

    void markImageNone() {
        if (!labelSelection(only(-1), false)) {
            session.choices().markImageNone();
        }
    }

    void markFrameNone() {
        session.choices().markFrameNone();
    }

    void undo() {
        feedback.note(session.history().undo() ? "Undone" : "Nothing to undo");
    }

    void redo() {
        feedback.note(session.history().redo() ? "Redone" : "Nothing to redo");
    }

    void save() {
        session.saveAndClose().requestSave();
        feedback.note("Saving\u2026");
    }

    void nextUnlabelled() {
        if (!session.navigation().goToNextUnlabelledFrame()) {
            feedback.note("Every frame is labelled \u2014 well done");
        }
    }

    /** Ctrl+M: your clips or all; says why nothing changes when none are assigned to you. */
    void toggleMyClips() {
        if (session.myClips().toggleMyClips()) {
            int mine = session.myClips().assigned().clips().size();
            feedback.note(session.myClips().walkingMyClips() ? "Only your " + MyClipsWords.clips(mine)
                    + " (Ctrl+M: all clips)" : "All clips (Ctrl+M: only your " + MyClipsWords.clips(mine) + ")");
        } else {
            feedback.note(session.myClips().assigned().datasetHasAssignments() ? "No clips are assigned to you"
                    : "No clips are assigned on this dataset: every clip is yours");
        }
    }

    void reapplyConflict() {
        if (!window.notices.reapplyOldest()) {
            feedback.note("No conflict to re-apply");
        }
    }

    void dropConflict() {
        if (!window.notices.dropOldest()) {
            feedback.note("No conflict to drop");
        }
    }

    // --- the camera views' buttons ------------------------------------------------------------

    void chooseTag(int camera, int tag) {
        runner.run(() -> {
            session.navigation().selectCamera(camera);
            session.choices().chooseTag(tag);
        });
    }

    void markNone(int camera) {
        runner.run(() -> {
            session.navigation().selectCamera(camera);
            session.choices().markImageNone();
        });
    }

    void activate(int camera) {
        runner.run(() -> session.navigation().selectCamera(camera));
        window.views.requestFocusInWindow();
    }

    // --- the clip timeline and the slider -----------------------------------------------------

    void goToFrame(int frame) {
        if (!runner.frozen() && frame != session.navigation().frameNumber()) {
            session.navigation().goToFrame(frame);
        }
    }

    /**
     * The slider moved to {@code position} of the walk (your clips' frames, or all). On a frame
     * outside the walk the slider rests on the next walked frame's position: that is no move.
     */
    void goToWalkPosition(int position) {
        if (!runner.frozen() && position != session.myClips().walkPosition(session.navigation().frameNumber())) {
            goToFrame(session.myClips().frameAtWalkPosition(position));
        }
    }

    void jump(int frame, int camera) {
        runner.run(() -> {
            session.navigation().goToFrame(frame);
            session.navigation().selectCamera(camera);
        });
        window.views.requestFocusInWindow();
    }

    void selected(Optional<ClipTimeline.Selection> selection) {
        selection.ifPresent(s -> feedback.note(selectionWords(s) + " selected: a digit or N tags "
                + (s.frames() == 1 ? "it" : "them") + ", Shift+digit every camera, Esc clears"));
        window.views.requestFocusInWindow();
    }

    /** One tag True and the rest False; {@code tag} -1: all False ("none of these"). */
    private List<TagValue> only(int tag) {
        List<TagValue> values = new ArrayList<>();
        for (int t = 0; t < session.state().tags().size(); t++) {
            values.add(t == tag ? TagValue.TRUE : TagValue.FALSE);
        }
        return values;
    }

    /**
     * With frames selected in the clip timeline, a digit tags them all in one undoable edit
     * (every camera of those frames with Shift) and the selection ends; false when none is selected.
     */
    private boolean labelSelection(List<TagValue> values, boolean everyCamera) {
        var selection = window.timeline.selection();
        if (selection.isEmpty()) {
            return false;
        }
        ClipTimeline.Selection s = selection.get();
        int cameras = session.state().currentClip().cameras();
        session.massLabelling().labelCameras(s.fromFrame(), s.toFrame(), everyCamera ? 0 : s.firstCamera(),
                everyCamera ? cameras - 1 : s.lastCamera(), values);
        window.timeline.clearSelection();
        feedback.note("Tagged " + selectionWords(everyCamera ? new ClipTimeline.Selection(s.fromFrame(), s.toFrame(), 0,
                cameras - 1) : s) + " (Ctrl+Z undoes)");
        return true;
    }

    private String selectionWords(ClipTimeline.Selection s) {
        String frames = s.frames() == 1 ? "frame " + (s.fromFrame() + 1)
                : "frames " + (s.fromFrame() + 1) + "\u2013" + (s.toFrame() + 1);
        String cameras = s.firstCamera() == s.lastCamera() ? session.state().cameraName(s.firstCamera())
                : s.lastCamera() - s.firstCamera() + 1 + " cameras";
        return frames + ", " + cameras;
    }
}
