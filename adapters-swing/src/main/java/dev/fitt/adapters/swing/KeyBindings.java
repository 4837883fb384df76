package dev.fitt.adapters.swing;

import dev.fitt.client.port.in.LabellingSession;
import java.awt.event.ActionEvent;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.swing.AbstractAction;
import javax.swing.Action;
import javax.swing.ActionMap;
import javax.swing.Box;
import javax.swing.InputMap;
import javax.swing.JComponent;

/**
 * Every hotkey and toolbar button as a Swing {@link Action}: the {@link HotkeyTable}'s strokes go
 * into the root pane's InputMap (when in the focused window), the actions into its ActionMap, so
 * keys work wherever the focus is. An action only calls a command, through the
 * {@link CommandRunner}; what the command does lives in the command classes. EDT only.
 */
final class KeyBindings {
    static final String LOAD_ALL = "loadAll";

    /** The command classes the actions call. */
    record Commands(LabelCommands labels, MassLabelling mass, ViewCommands view, SettingsSaver settings,
            LoadAll loadAll, ReviewCommands review,
            StatisticsPanel statistics) {
    }

    private final ClientWindow window;
    private final LabellingSession session;
    private final CommandRunner runner;
    private final List<Hotkey> hotkeys;
    private final Map<String, Action> actions = new HashMap<>();

    KeyBindings(ClientWindow window, LabellingSession session, CommandRunner runner, Commands commands) {
        this.window = window;
        this.session = session;
        this.runner = runner;
        this.hotkeys = HotkeyTable.forTags(session.state().tags().size());
        defineActions(commands);
        bindKeys();
        buildToolbar(commands);
    }

    /** What depends on the session's state: undo and redo, the load-all button's text. */
    void refresh(boolean loading) {
        actions.get(HotkeyTable.UNDO).setEnabled(!runner.frozen() && session.history().canUndo());
        actions.get(HotkeyTable.REDO).setEnabled(!runner.frozen() && session.history().canRedo());
        actions.get(LOAD_ALL).putValue(Action.NAME, loading ? "Stop loading" : "Load all images");
    }

    /** Closing: every key and button off. */
    void disableAll() {
        actions.values().forEach(action -> action.setEnabled(false));
    }

    private void defineActions(Commands commands) {
        LabelCommands labels = commands.labels();
        ViewCommands view = commands.view();
        for (int tag = 0; tag < session.state().tags().size(); tag++) {
            int t = tag;
            define(HotkeyTable.chooseTag(tag), null, () -> labels.chooseTag(t));
            define(HotkeyTable.chooseTagForFrame(tag), null, () -> labels.chooseTagForFrame(t));
        }
        define(HotkeyTable.NONE, "None", labels::markImageNone);
        define(HotkeyTable.FRAME_NONE, "Frame: no tag", labels::markFrameNone);
        define(HotkeyTable.NEXT_CAMERA, null, view::nextCamera);
        define(HotkeyTable.PREVIOUS_CAMERA, null, view::previousCamera);
        define(HotkeyTable.PREVIOUS_FRAME, "\u25c0 Previous", session.navigation()::previousFrame);
        define(HotkeyTable.NEXT_FRAME, "Next \u25b6", session.navigation()::nextFrame);
        define(HotkeyTable.SCROLL_UP, null, () -> view.scroll(-1));
        define(HotkeyTable.SCROLL_DOWN, null, () -> view.scroll(1));
        ReviewCommands review = commands.review();
        define(HotkeyTable.NEXT_UNLABELLED, review.reviewing() ? "Next to review" : "Next unlabelled",
                () -> {
                    if (review.reviewing()) {
                        review.next();
                    } else {
                        labels.nextUnlabelled();
                    }
                });
        define(HotkeyTable.ACCEPT, "Accept ✓", review::accept);
        define(HotkeyTable.REVIEW_FILTER, "Review filter…", review::chooseFilter);
        define(HotkeyTable.MY_CLIPS, null, labels::toggleMyClips);
        define(HotkeyTable.SAVE, "Save", labels::save);
        define(HotkeyTable.UNDO, "Undo", labels::undo);
        define(HotkeyTable.REDO, "Redo", labels::redo);
        define(HotkeyTable.LABEL_CLIP, "Label clip", commands.mass()::labelClip);
        define(HotkeyTable.LABEL_FRAMES, "Label frames\u2026", commands.mass()::labelFrames);
        define(HotkeyTable.ZOOM_IN, "+", view::zoomIn);
        define(HotkeyTable.ZOOM_OUT, "\u2212", view::zoomOut);
        define(HotkeyTable.FIT, "Fit", view::fit);
        define(HotkeyTable.STRIP, "Strip", view::toggleStrip);
        define(HotkeyTable.REFRESH, "\u21bb Refresh image", () -> view.refresh(session.navigation().activeCamera()));
        define(HotkeyTable.SETTINGS, "Settings", commands.settings()::open);
        define(HotkeyTable.HELP, "Help", view::toggleHelp);
        define(HotkeyTable.STATISTICS, "Statistics", commands.statistics()::toggle);
        define(LOAD_ALL, "Load all images", commands.loadAll()::toggle);
        define(HotkeyTable.CONFIRM, null, view::confirm);
        define(HotkeyTable.CANCEL, null, view::cancel);
        define(HotkeyTable.REAPPLY, null, labels::reapplyConflict);
        define(HotkeyTable.DROP, null, labels::dropConflict);
    }

    private void define(String name, String text, Runnable body) {
        String keys = hotkeys.stream().filter(h -> h.action().equals(name)).map(Hotkey::keys).findFirst().orElse("");
        String description = hotkeys.stream().filter(h -> h.action().equals(name)).map(Hotkey::description)
                .findFirst().orElse(text);
        Action action = new AbstractAction(text) {
            @Override
            public void actionPerformed(ActionEvent e) {
                runner.run(body);
            }
        };
        action.putValue(Action.SHORT_DESCRIPTION, keys.isEmpty() ? description : description + "  (" + keys + ")");
        actions.put(name, action);
    }

    private void bindKeys() {
        JComponent root = window.frame.getRootPane();
        InputMap input = root.getInputMap(JComponent.WHEN_IN_FOCUSED_WINDOW);
        ActionMap map = root.getActionMap();
        for (Hotkey hotkey : hotkeys) {
            hotkey.strokes().forEach(stroke -> input.put(stroke, hotkey.action()));
            map.put(hotkey.action(), actions.get(hotkey.action()));
        }
    }

    private void buildToolbar(Commands commands) {
        for (String name : List.of(HotkeyTable.PREVIOUS_FRAME, HotkeyTable.NEXT_FRAME, HotkeyTable.NEXT_UNLABELLED)) {
            window.toolButton(actions.get(name));
        }
        window.toolbar.addSeparator();
        for (String name : List.of(HotkeyTable.SAVE, HotkeyTable.UNDO, HotkeyTable.REDO)) {
            window.toolButton(actions.get(name));
        }
        window.toolbar.addSeparator();
        if (commands.review().reviewing()) {
            window.toolButton(actions.get(HotkeyTable.ACCEPT));
            window.toolButton(actions.get(HotkeyTable.REVIEW_FILTER));
            window.toolbar.addSeparator();
        }
        window.toolButton(actions.get(HotkeyTable.LABEL_CLIP));
        window.toolButton(actions.get(HotkeyTable.LABEL_FRAMES));
        window.toolbar.addSeparator();
        window.toolButton(actions.get(HotkeyTable.ZOOM_OUT));
        window.toolbar.add(window.zoomLabel);
        window.toolButton(actions.get(HotkeyTable.ZOOM_IN));
        window.toolButton(actions.get(HotkeyTable.REFRESH));
        window.toolbar.addSeparator();
        window.toolButton(actions.get(LOAD_ALL));
        window.toolbar.add(window.loadProgress);
        window.toolbar.add(Box.createHorizontalGlue());
        window.toolButton(actions.get(HotkeyTable.SETTINGS));
        window.toolButton(actions.get(HotkeyTable.HELP));
    }
}
