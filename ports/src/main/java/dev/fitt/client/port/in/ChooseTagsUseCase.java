package dev.fitt.client.port.in;

/**
 * The annotator's choices on the current frame, following the selection rule (single or
 * multiple). Every call is one undoable edit, applied locally at once and sent in the background.
 */
public interface ChooseTagsUseCase {
    /**
     * Chooses tag {@code tag} (0-based, the hotkey's number) for the active image. Single
     * selection: that tag true, all others false, and with one camera the session moves to the
     * next frame. Multiple selection: the tag toggles, untouched tags become false.
     */
    void chooseTag(int tag);

    /**
     * The same choice for every camera of the frame (hotkey with a modifier). In multiple
     * selection the active image decides whether the tag is turned on or off everywhere.
     */
    void chooseTagForFrame(int tag);

    /** The active image has none of the tags: all false. Moves on like a single choice. */
    void markImageNone();

    /** Key F: every image of the frame all false, then the next frame, in either mode. */
    void markFrameNone();
}
