package dev.fitt.adapters.swing;

import static java.awt.event.InputEvent.ALT_DOWN_MASK;
import static java.awt.event.InputEvent.CTRL_DOWN_MASK;
import static java.awt.event.InputEvent.SHIFT_DOWN_MASK;

import java.awt.event.KeyEvent;
import java.util.ArrayList;
import java.util.List;
import javax.swing.KeyStroke;

/**
 * Every hotkey of the client window for a dataset with a given number of tags. Tags 1..10 are on
 * the digit keys 1..9, 0; tags 11..20 on Alt+digit (a second bank); tags past 20 are mouse-only.
 * Shift adds "for every camera of the frame". Pure data, so it is unit-tested and drives both the
 * key bindings and the help overlay.
 */
final class HotkeyTable {
    static final int TAGS_PER_BANK = 10;
    static final int BANKS = 2;

    static final String NONE = "none";
    static final String FRAME_NONE = "frameNone";
    static final String NEXT_CAMERA = "nextCamera";
    static final String PREVIOUS_CAMERA = "previousCamera";
    static final String NEXT_FRAME = "nextFrame";
    static final String PREVIOUS_FRAME = "previousFrame";
    static final String SCROLL_UP = "scrollUp";
    static final String SCROLL_DOWN = "scrollDown";
    static final String SAVE = "save";
    static final String UNDO = "undo";
    static final String REDO = "redo";
    static final String NEXT_UNLABELLED = "nextUnlabelled";
    static final String MY_CLIPS = "myClips";
    static final String LABEL_CLIP = "labelClip";
    static final String LABEL_FRAMES = "labelFrames";
    static final String ZOOM_IN = "zoomIn";
    static final String ZOOM_OUT = "zoomOut";
    static final String FIT = "fit";
    static final String STRIP = "strip";
    static final String REFRESH = "refresh";
    static final String SETTINGS = "settings";
    static final String HELP = "help";
    static final String STATISTICS = "statistics";
    static final String CONFIRM = "confirm";
    static final String CANCEL = "cancel";
    static final String REAPPLY = "reapplyConflict";
    static final String DROP = "dropConflict";
    static final String ACCEPT = "acceptFrame";
    static final String REVIEW_FILTER = "reviewFilter";

    private static final int[] DIGITS = {KeyEvent.VK_1, KeyEvent.VK_2, KeyEvent.VK_3, KeyEvent.VK_4, KeyEvent.VK_5,
        KeyEvent.VK_6, KeyEvent.VK_7, KeyEvent.VK_8, KeyEvent.VK_9, KeyEvent.VK_0};
    private static final int[] NUMPAD = {KeyEvent.VK_NUMPAD1, KeyEvent.VK_NUMPAD2, KeyEvent.VK_NUMPAD3,
        KeyEvent.VK_NUMPAD4, KeyEvent.VK_NUMPAD5, KeyEvent.VK_NUMPAD6, KeyEvent.VK_NUMPAD7, KeyEvent.VK_NUMPAD8,
        KeyEvent.VK_NUMPAD9, KeyEvent.VK_NUMPAD0};

    private HotkeyTable() {
    }

    static String chooseTag(int tag) {
        return "tag." + tag;
    }

    static String chooseTagForFrame(int tag) {
        return "frameTag." + tag;
    }

    /** The key that chooses tag {@code tag} (0-based) as shown on its button, or "" when it has none. */
    static String tagKeyName(int tag) {
        if (tag < 0 || tag >= TAGS_PER_BANK * BANKS) {
            return "";
        }
        String digit = String.valueOf((tag + 1) % TAGS_PER_BANK);
        return tag < TAGS_PER_BANK ? digit : "Alt+" + digit;
    }

    static List<Hotkey> forTags(int tagCount) {
        if (tagCount < 1) {
            throw new IllegalArgumentException("tagCount must be >= 1, got " + tagCount);
        }
        List<Hotkey> keys = new ArrayList<>();
        int withKeys = Math.min(tagCount, TAGS_PER_BANK * BANKS);
        for (int tag = 0; tag < withKeys; tag++) {
            int digit = tag % TAGS_PER_BANK;
            boolean secondBank = tag >= TAGS_PER_BANK;
            int bank = secondBank ? ALT_DOWN_MASK : 0;
            String name = tagKeyName(tag);
            List<KeyStroke> strokes = secondBank ? List.of(stroke(DIGITS[digit], bank))
                    : List.of(stroke(DIGITS[digit], 0), stroke(NUMPAD[digit], 0));
            keys.add(new Hotkey(chooseTag(tag), name, "Choose tag " + (tag + 1) + " on the active camera", strokes));
            keys.add(new Hotkey(chooseTagForFrame(tag), "Shift+" + name,
                    "Choose tag " + (tag + 1) + " on every camera of the frame",
                    List.of(stroke(DIGITS[digit], bank | SHIFT_DOWN_MASK))));
        }
        keys.add(new Hotkey(NONE, "N", "Active camera has none of the tags (all False)", List.of(key(KeyEvent.VK_N))));
        // Shift+F and Shift+S too: the original client binds both 'F'/'f' and 'S'/'s'.
        keys.add(new Hotkey(FRAME_NONE, "F", "Whole frame has no tag, then next frame",
                List.of(key(KeyEvent.VK_F), stroke(KeyEvent.VK_F, SHIFT_DOWN_MASK))));
        keys.add(new Hotkey(NEXT_CAMERA, "Tab", "Next camera", List.of(key(KeyEvent.VK_TAB))));
        keys.add(new Hotkey(PREVIOUS_CAMERA, "Shift+Tab", "Previous camera",
                List.of(stroke(KeyEvent.VK_TAB, SHIFT_DOWN_MASK))));
        keys.add(new Hotkey(PREVIOUS_FRAME, "Left", "Previous frame", List.of(key(KeyEvent.VK_LEFT))));
        keys.add(new Hotkey(NEXT_FRAME, "Right", "Next frame", List.of(key(KeyEvent.VK_RIGHT))));
        keys.add(new Hotkey(SCROLL_UP, "Up", "Scroll the views up", List.of(key(KeyEvent.VK_UP))));
        keys.add(new Hotkey(SCROLL_DOWN, "Down", "Scroll the views down", List.of(key(KeyEvent.VK_DOWN))));
        keys.add(new Hotkey(NEXT_UNLABELLED, "U", "Jump to the next unlabelled frame (review mode: the next"
                + " frame to review)", List.of(key(KeyEvent.VK_U))));
        keys.add(new Hotkey(MY_CLIPS, "Ctrl+M", "Walk only your clips / all clips (when clips are assigned to you)",
                List.of(stroke(KeyEvent.VK_M, CTRL_DOWN_MASK))));
        keys.add(new Hotkey(SAVE, "S / Ctrl+S", "Save the labels",
                List.of(key(KeyEvent.VK_S), stroke(KeyEvent.VK_S, SHIFT_DOWN_MASK), stroke(KeyEvent.VK_S, CTRL_DOWN_MASK))));
        keys.add(new Hotkey(UNDO, "Ctrl+Z", "Undo", List.of(stroke(KeyEvent.VK_Z, CTRL_DOWN_MASK))));
        keys.add(new Hotkey(REDO, "Ctrl+Shift+Z / Ctrl+Y", "Redo",
                List.of(stroke(KeyEvent.VK_Z, CTRL_DOWN_MASK | SHIFT_DOWN_MASK), stroke(KeyEvent.VK_Y, CTRL_DOWN_MASK))));
        keys.add(new Hotkey(LABEL_CLIP, "Ctrl+L", "Label the clip's unlabelled frames like the active camera"
                + " (again: overwrite)", List.of(stroke(KeyEvent.VK_L, CTRL_DOWN_MASK))));
        keys.add(new Hotkey(LABEL_FRAMES, "Ctrl+Shift+L", "Label a range of frames…",
                List.of(stroke(KeyEvent.VK_L, CTRL_DOWN_MASK | SHIFT_DOWN_MASK))));
        keys.add(new Hotkey(CONFIRM, "Enter", "Confirm the overwrite preview", List.of(key(KeyEvent.VK_ENTER))));
        keys.add(new Hotkey(CANCEL, "Esc", "Cancel the preview or selection; close help or newest notice",
                List.of(key(KeyEvent.VK_ESCAPE))));
        keys.add(new Hotkey(REAPPLY, "Ctrl+Enter", "Re-apply the oldest conflicted edit",
                List.of(stroke(KeyEvent.VK_ENTER, CTRL_DOWN_MASK))));
        keys.add(new Hotkey(DROP, "Ctrl+Backspace", "Drop the oldest conflicted edit (the server's labels stay)",
                List.of(stroke(KeyEvent.VK_BACK_SPACE, CTRL_DOWN_MASK))));
        keys.add(new Hotkey(ACCEPT, "A", "Review mode: accept the frame as labelled, then the next frame to review",
                List.of(key(KeyEvent.VK_A))));
        keys.add(new Hotkey(REVIEW_FILTER, "Ctrl+R", "Review mode: which frames to review (annotator, tag, not yet"
                + " reviewed)", List.of(stroke(KeyEvent.VK_R, CTRL_DOWN_MASK))));
        keys.add(new Hotkey(ZOOM_IN, "+", "Zoom in", List.of(key(KeyEvent.VK_EQUALS),
                stroke(KeyEvent.VK_EQUALS, SHIFT_DOWN_MASK), key(KeyEvent.VK_PLUS), key(KeyEvent.VK_ADD))));
        keys.add(new Hotkey(ZOOM_OUT, "-", "Zoom out", List.of(key(KeyEvent.VK_MINUS), key(KeyEvent.VK_SUBTRACT))));
        keys.add(new Hotkey(FIT, "Ctrl+0", "Fit the images to the window (100% = the image's own pixels)",
                List.of(stroke(KeyEvent.VK_0, CTRL_DOWN_MASK), stroke(KeyEvent.VK_NUMPAD0, CTRL_DOWN_MASK))));
        keys.add(new Hotkey(STRIP, "V", "Active camera large, the others as a strip / all alike",
                List.of(key(KeyEvent.VK_V))));
        keys.add(new Hotkey(REFRESH, "R", "Request the active camera's image again", List.of(key(KeyEvent.VK_R))));
        keys.add(new Hotkey(SETTINGS, "Ctrl+,", "Settings", List.of(stroke(KeyEvent.VK_COMMA, CTRL_DOWN_MASK))));
        keys.add(new Hotkey(STATISTICS, "Ctrl+I", "Team statistics: who tagged how much, progress, frames per hour",
                List.of(stroke(KeyEvent.VK_I, CTRL_DOWN_MASK))));
        // '?' as a typed character, so it works on every keyboard layout without firing twice.
        keys.add(new Hotkey(HELP, "F1 / ?", "Show this help", List.of(key(KeyEvent.VK_F1), KeyStroke.getKeyStroke('?'))));
        return List.copyOf(keys);
    }

    /**
     * The table as the help overlay shows it: tag keys folded into one row per bank instead of
     * one per tag. Each entry is {keys, description}.
     */
    static List<String[]> forHelp(int tagCount) {
        List<String[]> rows = new ArrayList<>();
        int firstBank = Math.min(tagCount, TAGS_PER_BANK);
        rows.add(new String[] {"1 \u2026 " + tagKeyName(firstBank - 1),
            "Choose tag 1\u2013" + firstBank + " on the active camera, then on to the next"});
        rows.add(new String[] {"Shift+digit", "The same tag on every camera of the frame"});
        if (tagCount > TAGS_PER_BANK) {
            int last = Math.min(tagCount, TAGS_PER_BANK * BANKS);
            rows.add(new String[] {"Alt+1 \u2026 " + tagKeyName(last - 1),
                "Choose tag 11\u2013" + last + " (Alt+Shift for the whole frame)"});
        }
        if (tagCount > TAGS_PER_BANK * BANKS) {
            rows.add(new String[] {"(mouse)", "Tags past 20 have no key: click their button"});
        }
        rows.add(new String[] {"Timeline click", "Go to that frame and camera"});
        rows.add(new String[] {"Timeline drag", "Select frames and cameras; a digit or N tags them all"});
        for (Hotkey hotkey : forTags(tagCount)) {
            if (!hotkey.action().startsWith("tag.") && !hotkey.action().startsWith("frameTag.")) {
                rows.add(new String[] {hotkey.keys(), hotkey.description()});
            }
        }
        // Bound by the window itself, not the session: switching datasets ends this session.
        rows.add(new String[] {"Ctrl+O", "Choose another dataset (servers with several)"});
        return rows;
    }

    private static KeyStroke key(int code) {
        return stroke(code, 0);
    }

    private static KeyStroke stroke(int code, int modifiers) {
        return KeyStroke.getKeyStroke(code, modifiers);
    }
}
