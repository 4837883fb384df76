package dev.fitt.adapters.swing;

import dev.fitt.domain.Frame;
import dev.fitt.domain.TagChange;
import dev.fitt.domain.TagValue;
import dev.fitt.client.port.in.ConnectionState;
import dev.fitt.client.port.in.LabellingClient;
import dev.fitt.client.port.out.ClientPreferences;
import dev.fitt.client.port.out.ClientPreferencesPort;
import java.awt.event.ActionEvent;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import javax.swing.AbstractAction;
import javax.swing.Action;
import javax.swing.ActionMap;
import javax.swing.Box;
import javax.swing.InputMap;
import javax.swing.JComponent;
import javax.swing.JScrollBar;
import javax.swing.SwingUtilities;
import javax.swing.Timer;

/**
 * Drives the window for one open session, on the event thread only: every hotkey and button is
 * an {@link Action} calling a use case; the session's events schedule one coalesced repaint.
 * Blocking work (images, settings file) goes to background executors.
 */
final class ClientController implements ViewActions {
    private static final int FLASH_MILLIS = 1200;
    /** More clips than this and the slider marks only some of their starts, so the numbers stay legible. */
    private static final int MARKED_CLIPS = 40;
    /** From this many cameras the grid's pictures get small: the active one large, the others as a strip. */
    private static final int STRIP_FROM = 5;

    private final ClientWindow window;
    private final LabellingClient client;
    private final ClientPreferencesPort preferencesPort;
    private final boolean local;
    private final HelpOverlay help;
    private final ExecutorService background;
    private final ExecutorService loader;
    private final DecodedImages images;
    private final List<Hotkey> hotkeys;
    private final Map<String, Action> actions = new HashMap<>();
    private final List<CameraView> views = new ArrayList<>();
    private ClientPreferences preferences;
    private ViewOrder order;
    private Zoom zoom = Zoom.fitted();
    /** The annotator's choice of strip or grid (V); until then, a strip from {@link #STRIP_FROM} cameras on. */
    private Boolean stripChosen;
    private boolean renderQueued;
    /** The frame changed: prefetch its neighbours once it has been painted (see {@link #frameChanged}). */
    private boolean prefetchAfterPaint;
    /** Frame and camera last scrolled into view: Up/Down scrolling must survive later repaints. */
    private long scrolledTo = -1;
    private boolean frozen;
    /** Edits a v1 server could not be sent (undo to unlabelled); they stay on this computer. */
    private int keptLocal;
    private LoadAllJob loadAll;
    /** The clip the header last showed; -1 before the first render. */
    private int shownClip = -1;

    ClientController(ClientWindow window, LabellingClient client, ClientPreferences preferences,
            ClientPreferencesPort preferencesPort, ExecutorService background, ExecutorService loader,
            DecodedImages.Factory imagesFactory, boolean local) {
        this.window = window;
        this.local = local;
        this.client = client;
        this.preferences = preferences;
        this.preferencesPort = preferencesPort;
        this.background = background;
        this.loader = loader;
        this.images = imagesFactory.create(client.images(), index -> scheduleRender());
        this.hotkeys = HotkeyTable.forTags(client.tags().size());
        this.order = ViewOrder.natural(client.currentFrame().cameras());
        this.help = new HelpOverlay(client.tags().size());
        window.frame.setGlassPane(help);
        defineActions();
        bindKeys();
        buildToolbar();
        window.slider.setMinimum(0);
        window.slider.setMaximum(Math.max(0, client.frameCount() - 1));
        markClips();
        window.slider.addChangeListener(e -> {
            if (!frozen && window.slider.getValue() != client.frameNumber()) {
                client.goToFrame(window.slider.getValue());
            }
        });
        window.timeline.tagNames(client.tags().aliases());
        window.timeline.onInput(new ClipTimeline.Listener() {
            @Override
            public void jump(int frame, int camera) {
                run(() -> {
                    client.goToFrame(frame);
                    client.selectCamera(camera);
                });
                window.views.requestFocusInWindow();
            }

            @Override
            public void selected(java.util.Optional<ClipTimeline.Selection> selection) {
                selection.ifPresent(s -> note(selectionWords(s) + " selected: a digit or N tags "
                        + (s.frames() == 1 ? "it" : "them") + ", Shift+digit every camera, Esc clears"));
                window.views.requestFocusInWindow();
            }
        });
        client.addListener(new EdtListener(this));
        frameChanged(client.frameNumber());
        connectionChanged(client.connectionState(), client.pendingEdits());
    }

    // --- actions and keys ---------------------------------------------------------------------

    private void defineActions() {
        int tagCount = client.tags().size();
        for (int tag = 0; tag < tagCount; tag++) {
            int t = tag;
            define(HotkeyTable.chooseTag(tag), null, () -> {
                if (!labelSelection(only(t), false)) {
                    client.chooseTag(t);
                }
            });
            define(HotkeyTable.chooseTagForFrame(tag), null, () -> {
                if (!labelSelection(only(t), true)) {
                    client.chooseTagForFrame(t);
                }
            });
        }
        define(HotkeyTable.NONE, "None", () -> {
            if (!labelSelection(only(-1), false)) {
                client.markImageNone();
            }
        });
        define(HotkeyTable.FRAME_NONE, "Frame: no tag", client::markFrameNone);
        define(HotkeyTable.NEXT_CAMERA, null, () -> client.selectCamera(order.after(client.activeCamera())));
        define(HotkeyTable.PREVIOUS_CAMERA, null, () -> client.selectCamera(order.before(client.activeCamera())));
        define(HotkeyTable.PREVIOUS_FRAME, "\u25c0 Previous", client::previousFrame);
        define(HotkeyTable.NEXT_FRAME, "Next \u25b6", client::nextFrame);
        define(HotkeyTable.SCROLL_UP, null, () -> scroll(-1));
        define(HotkeyTable.SCROLL_DOWN, null, () -> scroll(1));
        define(HotkeyTable.NEXT_UNLABELLED, "Next unlabelled", this::nextUnlabelled);
        define(HotkeyTable.SAVE, "Save", this::save);
        define(HotkeyTable.UNDO, "Undo", () -> note(client.undo() ? "Undone" : "Nothing to undo"));
        define(HotkeyTable.REDO, "Redo", () -> note(client.redo() ? "Redone" : "Nothing to redo"));
        define(HotkeyTable.LABEL_CLIP, "Label clip", this::labelClip);
        define(HotkeyTable.LABEL_FRAMES, "Label frames\u2026", this::labelFrames);
        define(HotkeyTable.ZOOM_IN, "+", () -> zoom(zoom.in(shownPercent())));
        define(HotkeyTable.ZOOM_OUT, "\u2212", () -> zoom(zoom.out(shownPercent())));
        define(HotkeyTable.FIT, "Fit", () -> zoom(Zoom.fitted()));
        define(HotkeyTable.STRIP, "Strip", this::toggleStrip);
        define(HotkeyTable.REFRESH, "\u21bb Refresh image", () -> refresh(client.activeCamera()));
        define(HotkeyTable.SETTINGS, "Settings", this::settings);
        define(HotkeyTable.HELP, "Help", () -> help.setVisible(!help.isVisible()));
        define("loadAll", "Load all images", this::toggleLoadAll);
        define(HotkeyTable.CONFIRM, null, () -> window.notices.answer(true));
        define(HotkeyTable.CANCEL, null, () -> {
            if (window.notices.answer(false)) {
                return;
            }
            if (window.timeline.selection().isPresent()) {
                window.timeline.clearSelection();
                return;
            }
            if (help.isVisible()) {
                help.setVisible(false);
            } else {
                window.notices.closeNewest();
            }
        });
        define(HotkeyTable.REAPPLY, null, () -> {
            if (!window.notices.reapplyOldest()) {
                note("No conflict to re-apply");
            }
        });
        define(HotkeyTable.DROP, null, () -> {
            if (!window.notices.dropOldest()) {
                note("No conflict to drop");
            }
        });
    }

    private void define(String name, String text, Runnable body) {
        String keys = hotkeys.stream().filter(h -> h.action().equals(name)).map(Hotkey::keys).findFirst().orElse("");
        String description = hotkeys.stream().filter(h -> h.action().equals(name)).map(Hotkey::description)
                .findFirst().orElse(text);
        Action action = new AbstractAction(text) {
            @Override
            public void actionPerformed(ActionEvent e) {
                run(body);
            }
        };
        action.putValue(Action.SHORT_DESCRIPTION, keys.isEmpty() ? description : description + "  (" + keys + ")");
        actions.put(name, action);
    }

    /** Runs a user command; a refusal by the core becomes a status message instead of a stack trace. */
    private void run(Runnable body) {
        if (frozen) {
            return;
        }
        try {
            body.run();
        } catch (IllegalArgumentException | IllegalStateException e) {
            problemHere(e.getMessage());
        }
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

    private void buildToolbar() {
        for (String name : List.of(HotkeyTable.PREVIOUS_FRAME, HotkeyTable.NEXT_FRAME, HotkeyTable.NEXT_UNLABELLED)) {
            window.toolButton(actions.get(name));
        }
        window.toolbar.addSeparator();
        for (String name : List.of(HotkeyTable.SAVE, HotkeyTable.UNDO, HotkeyTable.REDO)) {
            window.toolButton(actions.get(name));
        }
        window.toolbar.addSeparator();
        window.toolButton(actions.get(HotkeyTable.LABEL_CLIP));
        window.toolButton(actions.get(HotkeyTable.LABEL_FRAMES));
        window.toolbar.addSeparator();
        window.toolButton(actions.get(HotkeyTable.ZOOM_OUT));
        window.toolbar.add(window.zoomLabel);
        window.toolButton(actions.get(HotkeyTable.ZOOM_IN));
        window.toolButton(actions.get(HotkeyTable.REFRESH));
        window.toolbar.addSeparator();
        window.toolButton(actions.get("loadAll"));
        window.toolbar.add(window.loadProgress);
        window.toolbar.add(Box.createHorizontalGlue());
        window.toolButton(actions.get(HotkeyTable.SETTINGS));
        window.toolButton(actions.get(HotkeyTable.HELP));
        window.zoomLabel.setText(zoom.label());
    }

    /** One tag True and the rest False; {@code tag} -1: all False ("none of these"). */
    private List<TagValue> only(int tag) {
        List<TagValue> values = new ArrayList<>();
        for (int t = 0; t < client.tags().size(); t++) {
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
        int cameras = client.currentClip().cameras();
        client.labelCameras(s.fromFrame(), s.toFrame(), everyCamera ? 0 : s.firstCamera(),
                everyCamera ? cameras - 1 : s.lastCamera(), values);
        window.timeline.clearSelection();
        note("Tagged " + selectionWords(everyCamera ? new ClipTimeline.Selection(s.fromFrame(), s.toFrame(), 0,
                cameras - 1) : s) + " (Ctrl+Z undoes)");
        return true;
    }

    private String selectionWords(ClipTimeline.Selection s) {
        String frames = s.frames() == 1 ? "frame " + (s.fromFrame() + 1)
                : "frames " + (s.fromFrame() + 1) + "\u2013" + (s.toFrame() + 1);
        String cameras = s.firstCamera() == s.lastCamera() ? client.cameraName(s.firstCamera())
                : s.lastCamera() - s.firstCamera() + 1 + " cameras";
        return frames + ", " + cameras;
    }

    // --- session events (EDT) -----------------------------------------------------------------

    /**
     * The new frame's own pictures are requested by the render; decoding its neighbours waits
     * until it has been painted, so on two cores it does not compete with painting the frame the
     * annotator is waiting for.
     */
    void frameChanged(int frameNumber) {
        window.notices.frameShown(frameNumber);
        prefetchAfterPaint = true;
        scheduleRender();
    }

    private void prefetch() {
        images.prefetch(client.images().prefetchIndices(client.frameNumber()));
    }

    /** The views' picture size changed (zoom, resize): scale what is kept and coming for the new size. */
    private void paintBoxChanged(PaintBox box) {
        if (images.paintInto(box)) {
            SwingUtilities.invokeLater(this::prefetch);
        }
    }

    /** The banner is drawn by the render, from the same count as the status bar. */
    void connectionChanged(ConnectionState state, int pending) {
        scheduleRender();
    }

    void rejected(TagChange change, String message) {
        window.notices.rejected(change, message, client.frameOfImage(change.first()));
        scheduleRender();
    }

    void conflicted(TagChange change, String message) {
        window.notices.conflict(change, describe(change), c -> run(() -> client.reapply(c)),
                c -> run(() -> client.drop(c)));
        scheduleRender();
    }

    /** A conflict in plain words: "front, frame 4: someone chose Foggy, you chose Night Time". */
    private String describe(TagChange change) {
        List<TagValue> theirs = client.serverValuesAt(change.first());
        String mine = "you chose " + tagWords(change.values());
        if (change.first() == change.last()) {
            return client.imagePlace(change.first()) + ": " + (theirs.equals(change.values())
                    ? "someone else changed it first" : "someone chose " + tagWords(theirs)) + ", " + mine;
        }
        return client.imagePlace(change.first()) + " \u2026 " + client.imagePlace(change.last()) + " ("
                + change.rowCount() + " images): someone else changed them first, " + mine;
    }

    private String tagWords(List<TagValue> values) {
        List<String> chosen = new ArrayList<>();
        for (int tag = 0; tag < values.size(); tag++) {
            if (values.get(tag) == TagValue.TRUE) {
                chosen.add(client.tags().get(tag).alias());
            }
        }
        if (!chosen.isEmpty()) {
            return String.join(" + ", chosen);
        }
        return values.stream().allMatch(TagValue::isSet) ? "no tag" : "nothing (unlabelled)";
    }

    /** Flashes the views (and frame counter) showing rows another annotator just changed. */
    void changedByOthers(int first, int last) {
        Frame frame = client.currentFrame();
        note("Another annotator changed image" + (first == last ? " #" + (first + 1)
                : "s #" + (first + 1) + "\u2013#" + (last + 1)));
        window.notices.describeConflicts(this::describe);
        if (last < frame.first() || first > frame.last()) {
            return;
        }
        List<CameraView> touched = new ArrayList<>();
        for (CameraView view : views) {
            int index = frame.index(view.camera());
            if (index >= first && index <= last) {
                view.flash(true);
                touched.add(view);
            }
        }
        window.frameLabel.setForeground(Palette.current().othersHighlight());
        Timer timer = new Timer(FLASH_MILLIS, e -> {
            touched.forEach(view -> view.flash(false));
            window.frameLabel.setForeground(null);
        });
        timer.setRepeats(false);
        timer.start();
        scheduleRender();
    }

    void saved() {
        note(local ? "Saved" : "Saved on the server");
    }

    void saveFailed(String message) {
        problem((local ? "Save failed: " : "Save failed on the server: ") + message);
    }

    /** A v1 server cannot store "unlabelled": the edit stays in this window only. */
    void keptLocal(TagChange change) {
        keptLocal++;
        window.notices.problem("Undo of " + Notices.rows(change) + " is on this computer only: this server (protocol"
                + " v1) cannot store \"unlabelled\", so it keeps the previous labels there",
                client.frameOfImage(change.first()));
        scheduleRender();
    }

    void note(String text) {
        window.status.message(text);
    }

    void problem(String text) {
        window.notices.problem(text);
    }

    /** A problem with what the annotator just did on this frame: it closes when another frame shows. */
    private void problemHere(String text) {
        window.notices.problem(text, client.frameNumber());
    }

    // --- rendering ----------------------------------------------------------------------------

    /** Many events per key press (labels, pending, frame) end in one repaint. */
    void scheduleRender() {
        if (!renderQueued) {
            renderQueued = true;
            SwingUtilities.invokeLater(() -> {
                renderQueued = false;
                render();
            });
        }
    }

    private void render() {
        Frame frame = client.currentFrame();
        int number = client.frameNumber();
        int count = client.frameCount();
        boolean labelled = client.isFrameLabelled(number);
        window.frameLabel.setText("Frame " + (number + 1) + " / " + count + (labelled ? "  \u2713" : ""));
        if (window.slider.getValue() != number) {
            window.slider.setValue(number);
        }
        var clip = client.currentClip();
        int clipNumber = client.clipNumber();
        window.clipLabel.setText("Clip " + (clipNumber + 1) + " / " + client.clipCount() + " \u00b7 frame "
                + (number - client.firstFrameOfClip(clipNumber) + 1) + " / " + clip.frameCount() + " \u00b7 "
                + clip.cameras() + (clip.cameras() == 1 ? " camera" : " cameras"));
        window.clipLabel.setToolTipText("images #" + (clip.begin() + 1) + "\u2013#" + clip.end());
        if (clipNumber != shownClip) {
            if (shownClip >= 0) {
                flashClip();
            }
            shownClip = clipNumber;
        }
        List<String> names = new ArrayList<>();
        for (int camera = 0; camera < frame.cameras(); camera++) {
            names.add(client.cameraName(camera));
        }
        window.timeline.show(new ClipTimeline.Content(clip, client.firstFrameOfClip(clipNumber), names,
                client::valuesAt, number, client.activeCamera()));
        if (order.size() != frame.cameras()) {
            order = ViewOrder.natural(frame.cameras());
        }
        syncViewCount(frame.cameras());
        int active = client.activeCamera();
        window.views.arrange(zoom, strip(frame.cameras()), active);
        for (int position = 0; position < views.size(); position++) {
            int camera = order.cameraAt(position);
            int index = frame.index(camera);
            views.get(position).show(new CameraView.Content(camera, client.cameraName(camera), index,
                    client.imageValues(camera), images.state(index), camera == active, zoom, position == 0,
                    position == views.size() - 1));
        }
        window.status.progress(client.datasetProgress(), client.clipProgress());
        // One reading of state and count for banner and status bar, so they never disagree.
        ConnectionState state = client.connectionState();
        int pending = client.pendingEdits();
        window.status.connection(state);
        window.status.pending(pending, keptLocal);
        if (state == ConnectionState.DISCONNECTED) {
            window.notices.disconnected(pending);
        } else {
            window.notices.connected();
        }
        actions.get(HotkeyTable.UNDO).setEnabled(!frozen && client.canUndo());
        actions.get(HotkeyTable.REDO).setEnabled(!frozen && client.canRedo());
        long position = (long) number * 1_000_000 + active;
        if (position != scrolledTo) {
            scrolledTo = position;
            scrollToActive(active);
        }
        if (prefetchAfterPaint) {
            prefetchAfterPaint = false;
            // Posted after the repaint this render caused, so it runs once the frame is painted.
            SwingUtilities.invokeLater(this::prefetch);
        }
    }

    /** Entering another clip stands out for a moment, so a new scene is not labelled like the last. */
    private void flashClip() {
        Palette palette = Palette.current();
        window.clipLabel.setOpaque(true);
        window.clipLabel.setBackground(palette.accent());
        window.clipLabel.setForeground(java.awt.Color.WHITE);
        Timer timer = new Timer(FLASH_MILLIS, e -> {
            window.clipLabel.setOpaque(false);
            window.clipLabel.setForeground(null);
            window.clipLabel.repaint();
        });
        timer.setRepeats(false);
        timer.start();
    }

    /** The slider shows where each clip starts (its number under the first frame). */
    private void markClips() {
        int clips = client.clipCount();
        if (clips < 2) {
            return;
        }
        int every = (clips + MARKED_CLIPS - 1) / MARKED_CLIPS;
        java.util.Hashtable<Integer, javax.swing.JComponent> marks = new java.util.Hashtable<>();
        for (int clip = 0; clip < clips; clip += every) {
            javax.swing.JLabel mark = new javax.swing.JLabel(String.valueOf(clip + 1));
            mark.setFont(mark.getFont().deriveFont(mark.getFont().getSize2D() - 2f));
            marks.put(client.firstFrameOfClip(clip), mark);
        }
        window.slider.setLabelTable(marks);
        window.slider.setPaintLabels(true);
    }

    private void syncViewCount(int cameras) {
        boolean changed = views.size() != cameras;
        while (views.size() < cameras) {
            CameraView view = new CameraView(client.tags(), this);
            view.onPaintBoxChanged(this::paintBoxChanged);
            views.add(view);
            window.views.add(view);
        }
        while (views.size() > cameras) {
            window.views.remove(views.remove(views.size() - 1));
        }
        if (changed) {
            window.views.revalidate();
            window.views.repaint();
        }
    }

    private boolean strip(int cameras) {
        return stripChosen != null ? stripChosen : cameras >= STRIP_FROM;
    }

    /** The percentage the active camera's picture is shown at, so zooming steps from there. */
    private int shownPercent() {
        int active = client.activeCamera();
        return views.stream().filter(v -> v.camera() == active).findFirst().map(CameraView::shownPercent).orElse(100);
    }

    private void scrollToActive(int active) {
        for (CameraView view : views) {
            if (view.camera() == active && view.isShowing()) {
                window.views.scrollRectToVisible(view.getBounds());
            }
        }
    }

    // --- commands -----------------------------------------------------------------------------

    private void scroll(int direction) {
        JScrollBar bar = window.scroll.getVerticalScrollBar();
        bar.setValue(bar.getValue() + direction * TagChip.scaled(120));
    }

    private void nextUnlabelled() {
        if (!client.goToNextUnlabelledFrame()) {
            note("Every frame is labelled \u2014 well done");
        }
    }

    private void save() {
        client.requestSave();
        note("Saving\u2026");
    }

    /**
     * Fills the clip's unlabelled frames; once none is left, a second Ctrl+L offers to overwrite
     * the labelled ones, after a one-line preview.
     */
    private void labelClip() {
        List<TagValue> values = client.imageValues(client.activeCamera());
        if (values.stream().anyMatch(v -> !v.isSet())) {
            problemHere("Label clip: the active image has unset tags; choose its tags first, then press Ctrl+L");
            return;
        }
        int first = clipFirstFrame();
        label(first, first + client.currentClip().frameCount() - 1, values, false);
    }

    private int clipFirstFrame() {
        return client.firstFrameOfClip(client.clipNumber());
    }

    private void label(int first, int last, List<TagValue> values, boolean overwrite) {
        String range = "frames " + (first + 1) + "\u2013" + (last + 1);
        int overwritten = client.framesOverwritten(first, last, values);
        if (!overwrite) {
            int filled = client.fillFrames(first, last, values);
            if (filled > 0) {
                note("Labelled " + filled + " unlabelled " + (filled == 1 ? "image" : "images") + " of " + range
                        + (overwritten == 0 ? "" : "; " + frames(overwritten) + " kept (Ctrl+L again overwrites)")
                        + " (Ctrl+Z undoes)");
                return;
            }
        }
        if (overwritten == 0) {
            if (overwrite) {
                client.labelFrames(first, last, values);
            }
            note("Every frame of " + range + " already has these tags");
            return;
        }
        window.notices.ask("Label " + range + " like camera " + (client.activeCamera() + 1) + ": overwrites "
                + frames(overwritten) + "?", () -> run(() -> {
                    client.labelFrames(first, last, values);
                    note("Labelled " + range + ", overwriting " + frames(overwritten) + " (Ctrl+Z undoes)");
                }));
    }

    private static String frames(int labelled) {
        return labelled + (labelled == 1 ? " labelled frame" : " labelled frames");
    }

    private void labelFrames() {
        int first = clipFirstFrame();
        new LabelFramesDialog(window.frame, client.tags(), client.frameCount(), first,
                first + client.currentClip().frameCount() - 1, client.imageValues(client.activeCamera())).ask()
                .ifPresent(request -> label(request.fromFrame(), request.toFrame(), request.values(),
                        request.overwrite()));
    }

    /** Strip or grid; either way fitted to the window. */
    private void toggleStrip() {
        stripChosen = !strip(client.currentFrame().cameras());
        note(stripChosen ? "The active camera large, the others as a strip (V for all alike)"
                : "Every camera alike (V for the active one large)");
        zoom(Zoom.fitted());
    }

    private void zoom(Zoom next) {
        zoom = next;
        window.zoomLabel.setText(zoom.label());
        render();
        window.views.revalidate();
    }

    private void settings() {
        new SettingsDialog(window.frame, preferences, preferencesPort.location()).ask().ifPresent(chosen -> {
            if (chosen.theme() != preferences.theme()) {
                Themes.apply(chosen.theme());
            }
            preferences = chosen;
            background.execute(() -> {
                try {
                    preferencesPort.save(chosen);
                    SwingUtilities.invokeLater(() -> note("Settings saved to " + preferencesPort.location()));
                } catch (IOException | RuntimeException e) {
                    SwingUtilities.invokeLater(() -> problem("Could not write the settings file "
                            + preferencesPort.location() + ": " + e.getMessage()));
                }
            });
            render();
        });
    }

    private void toggleLoadAll() {
        if (loadAll != null) {
            loadAll.stop();
            return;
        }
        window.loadProgress.setVisible(true);
        window.loadProgress.setMaximum(client.frameCount());
        window.loadProgress.setValue(0);
        actions.get("loadAll").putValue(Action.NAME, "Stop loading");
        loadAll = new LoadAllJob(client.images()::prefetchIndices, images, client.frameCount(),
                client.frameNumber(), new LoadAllJob.Listener() {
                    @Override
                    public void progress(int framesDone, int frameCount) {
                        SwingUtilities.invokeLater(() -> {
                            window.loadProgress.setValue(framesDone);
                            window.loadProgress.setString(framesDone + " / " + frameCount + " frames");
                        });
                    }

                    @Override
                    public void finished(LoadAllJob.End end, int framesDone) {
                        SwingUtilities.invokeLater(() -> loadAllFinished(end, framesDone));
                    }
                });
        loader.execute(loadAll);
    }

    private void loadAllFinished(LoadAllJob.End end, int framesDone) {
        loadAll = null;
        actions.get("loadAll").putValue(Action.NAME, "Load all images");
        window.loadProgress.setVisible(false);
        note(switch (end) {
            case DONE -> "All " + framesDone + " frames loaded";
            case MEMORY_FULL -> "Loaded " + framesDone + " frames; stopped at the image memory budget of "
                    + images.budget() / (1024 * 1024) + " MB";
            case STOPPED -> "Loading stopped after " + framesDone + " frames";
        });
        scheduleRender();
    }

    /** Closing: ignore further input, stop background loading. */
    void freeze() {
        frozen = true;
        if (loadAll != null) {
            loadAll.stop();
        }
        actions.values().forEach(action -> action.setEnabled(false));
        note("Sending the last edits and saving\u2026");
    }

    // --- view buttons -------------------------------------------------------------------------

    @Override
    public void chooseTag(int camera, int tag) {
        run(() -> {
            client.selectCamera(camera);
            client.chooseTag(tag);
        });
    }

    @Override
    public void markNone(int camera) {
        run(() -> {
            client.selectCamera(camera);
            client.markImageNone();
        });
    }

    @Override
    public void activate(int camera) {
        run(() -> client.selectCamera(camera));
        window.views.requestFocusInWindow();
    }

    @Override
    public void moveEarlier(int camera) {
        order = order.moveEarlier(camera);
        reorder();
    }

    @Override
    public void moveLater(int camera) {
        order = order.moveLater(camera);
        reorder();
    }

    @Override
    public void refresh(int camera) {
        run(() -> {
            images.refresh(client.currentFrame().index(camera));
            note("Requesting image again\u2026");
            scheduleRender();
        });
    }

    private void reorder() {
        render();
        window.views.revalidate();
        window.views.repaint();
    }
}
