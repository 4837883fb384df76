package dev.fitt.adapters.swing;

import java.util.List;
import java.util.Objects;
import javax.swing.KeyStroke;

/**
 * One hotkey: the action it triggers (a key of the window's ActionMap), how the help overlay and
 * buttons name the keys, what it does, and every key stroke bound to it.
 */
record Hotkey(String action, String keys, String description, List<KeyStroke> strokes) {
    Hotkey {
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(keys, "keys");
        Objects.requireNonNull(description, "description");
        strokes = List.copyOf(strokes);
        if (strokes.isEmpty()) {
            throw new IllegalArgumentException("hotkey " + action + " needs at least one key stroke");
        }
    }
}
