package dev.fitt.adapters.swing;

import dev.fitt.domain.AssignedClips;
import dev.fitt.domain.Frame;
import dev.fitt.domain.RowProvenance;
import dev.fitt.domain.TagValue;
import dev.fitt.client.port.in.ConnectionState;
import dev.fitt.client.port.in.LabellingSession;
import java.awt.Color;
import java.util.ArrayList;
import java.util.Hashtable;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import javax.swing.JComponent;
import javax.swing.JLabel;
import javax.swing.SwingUtilities;
import javax.swing.Timer;

/**
 * Draws the session's state into the window: the frame and clip header, the slider, the clip
 * timeline, one {@link CameraView} per camera, progress and connection. A render reads the
 * session once, so the parts never disagree. EDT only.
 */
final class FrameRenderer {
    private static final int FLASH_MILLIS = 1200;
    /** More clips than this and the slider marks only some of their starts, so the numbers stay legible. */
    private static final int MARKED_CLIPS = 40;
    /** Longer clip ids are shortened in the header (the tooltip has them whole). */
    private static final int LONGEST_CLIP_ID = 32;

    private final ClientWindow window;
    private final LabellingSession session;
    private final DecodedImages images;
    private final ViewSettings settings;
    private final ViewActions buttons;
    private final List<CameraView> views = new ArrayList<>();
    /** The frame changed: prefetch its neighbours once it has been painted (see {@link #frameChanged}). */
    private boolean prefetchAfterPaint;
    /** Frame and camera last scrolled into view: Up/Down scrolling must survive later repaints. */
    private long scrolledTo = -1;
    /** Edits a v1 server could not be sent (undo to unlabelled); they stay on this computer. */
    private int keptLocal;
    /** The clip the header last showed; -1 before the first render. */
    private int shownClip = -1;
    /** The assignments and choice the slider's range was made for; null before the first render. */
    private AssignedClips walkFor;
    private boolean walkingMine;
    /** The slider's width when its clip numbers were last chosen. */
    private int markedWidth = -1;

    FrameRenderer(ClientWindow window, LabellingSession session, DecodedImages images, ViewSettings settings,
            ViewActions buttons) {
        this.window = window;
        this.session = session;
        this.images = images;
        this.settings = settings;
        this.buttons = buttons;
        window.slider.setMinimum(0);
        window.timeline.tagNames(session.state().tags().aliases());
        window.slider.addComponentListener(new java.awt.event.ComponentAdapter() {
            @Override
            public void componentResized(java.awt.event.ComponentEvent e) {
                if (walkFor != null && window.slider.getWidth() != markedWidth) {
                    markClips();
                }
            }
        });
    }

    /**
     * The new frame's own pictures are requested by the render; decoding its neighbours waits
     * until it has been painted, so on two cores it does not compete with painting the frame the
     * annotator is waiting for.
     */
    void frameChanged(int frameNumber) {
        window.notices.frameShown(frameNumber);
        prefetchAfterPaint = true;
    }

    /** One more edit stays on this computer; the status bar counts them. */
    void keptLocal() {
        keptLocal++;
    }

    void render() {
        Frame frame = session.navigation().currentFrame();
        int number = session.navigation().frameNumber();
        int count = session.navigation().frameCount();
        boolean labelled = session.state().isFrameLabelled(number);
        syncWalk(number);
        // Walking your clips, the status bar counts their frames: the header says its count is the
        // dataset's, so the two totals do not look like they disagree.
        window.frameLabel.setText(String.format(Locale.ROOT, "Frame %,d / %,d", number + 1, count)
                + (walkingMine ? " of the dataset" : "") + (labelled ? "  \u2713" : ""));
        window.frameLabel.setToolTipText(walkingMine ? String.format(Locale.ROOT, "Frame %,d of all %,d frames of the"
                + " dataset; the status bar counts the frames of your clips", number + 1, count) : null);
        var clip = session.state().currentClip();
        int clipNumber = session.state().clipNumber();
        Optional<String> clipId = session.state().clipId(clipNumber);
        window.clipLabel.setText("Clip " + (clipNumber + 1) + " / " + session.state().clipCount() + " \u00b7 frame "
                + (number - session.state().firstFrameOfClip(clipNumber) + 1) + " / " + clip.frameCount() + " \u00b7 "
                + clipId.map(id -> "clip " + shortened(id) + " \u00b7 ").orElse("")
                + clip.cameras() + (clip.cameras() == 1 ? " camera" : " cameras"));
        window.clipLabel.setToolTipText(clipId.map(id -> "clip " + id + ", ").orElse("") + "images #"
                + (clip.begin() + 1) + "\u2013#" + clip.end());
        if (clipNumber != shownClip) {
            if (shownClip >= 0) {
                flashClip();
            }
            shownClip = clipNumber;
        }
        List<String> names = new ArrayList<>();
        for (int camera = 0; camera < frame.cameras(); camera++) {
            names.add(session.state().cameraName(camera));
        }
        window.timeline.show(new ClipTimeline.Content(clip, session.state().firstFrameOfClip(clipNumber), names,
                session.state()::valuesAt, number, session.navigation().activeCamera()));
        ViewOrder order = settings.order(frame.cameras());
        syncViewCount(frame.cameras());
        // Who did what: asked of the server in the background; "…" until it answers.
        Optional<List<RowProvenance>> who = session.provenance().offered()
                ? session.provenance().ofFrame(number) : Optional.empty();
        int active = session.navigation().activeCamera();
        window.views.arrange(settings.zoom(), settings.strip(frame.cameras()), active);
        for (int position = 0; position < views.size(); position++) {
            int camera = order.cameraAt(position);
            int index = frame.index(camera);
            views.get(position).show(new CameraView.Content(camera, session.state().cameraName(camera), index,
                    session.state().imageValues(camera), images.state(index), camera == active, settings.zoom(),
                    position == 0, position == views.size() - 1));
            if (!session.provenance().offered()) {
                views.get(position).provenance(null, null, false);
            } else if (who.isEmpty()) {
                views.get(position).provenance("\u2026", "Asking the server who labelled this image", false);
            } else {
                RowProvenance row = who.get().get(camera);
                boolean imageLabelled = session.state().imageValues(camera).stream().anyMatch(TagValue::isSet);
                views.get(position).provenance(ProvenanceWords.of(row, imageLabelled),
                        ProvenanceWords.tooltip(row, imageLabelled),
                        ProvenanceWords.corrected(row));
            }
        }
        if (walkingMine) {
            window.status.progress(session.myClips().walkProgress(), session.state().clipProgress(),
                    walkFor.clips().size());
        } else {
            window.status.progress(session.state().datasetProgress(), session.state().clipProgress());
        }
        // One reading of state and count for banner and status bar, so they never disagree.
        ConnectionState state = session.state().connectionState();
        int pending = session.state().pendingEdits();
        window.status.connection(state);
        window.status.pending(pending, keptLocal);
        if (state == ConnectionState.DISCONNECTED) {
            window.notices.disconnected(pending);
        } else {
            window.notices.connected();
        }
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

    /** A long clip id keeps its start and end, so the header still fits beside the slider. */
    private static String shortened(String id) {
        if (id.length() <= LONGEST_CLIP_ID) {
            return id;
        }
        int half = (LONGEST_CLIP_ID - 1) / 2;
        return id.substring(0, half) + "\u2026" + id.substring(id.length() - half);
    }

    /** Flashes the views (and frame counter) showing rows another annotator just changed. */
    void flashChangedByOthers(int first, int last) {
        Frame frame = session.navigation().currentFrame();
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
    }

    /** The percentage the active camera's picture is shown at, so zooming steps from there. */
    int shownPercent() {
        int active = session.navigation().activeCamera();
        return views.stream().filter(v -> v.camera() == active).findFirst().map(CameraView::shownPercent).orElse(100);
    }

    private void prefetch() {
        images.prefetch(session.images().prefetchIndices(session.navigation().frameNumber()));
    }

    /** The views' picture size changed (zoom, resize): scale what is kept and coming for the new size. */
    private void paintBoxChanged(PaintBox box) {
        if (images.paintInto(box)) {
            SwingUtilities.invokeLater(this::prefetch);
        }
    }

    /** Entering another clip stands out for a moment, so a new scene is not labelled like the last. */
    private void flashClip() {
        Palette palette = Palette.current();
        window.clipLabel.setOpaque(true);
        window.clipLabel.setBackground(palette.accent());
        window.clipLabel.setForeground(Color.WHITE);
        Timer timer = new Timer(FLASH_MILLIS, e -> {
            window.clipLabel.setOpaque(false);
            window.clipLabel.setForeground(null);
            window.clipLabel.repaint();
        });
        timer.setRepeats(false);
        timer.start();
    }

    /**
     * The slider covers the walked frames (your clips', or every clip's) without gaps; its range is
     * made again when the assignments or the choice change. Set in one step with the value, so the
     * slider never reports a move the annotator did not make. The note says which clips are walked
     * and warns on a frame that is not yours (not shown in review mode).
     */
    private void syncWalk(int number) {
        AssignedClips assigned = session.myClips().assigned();
        boolean walking = session.myClips().walkingMyClips();
        int position = session.myClips().walkPosition(number);
        if (assigned != walkFor || walking != walkingMine) {
            walkFor = assigned;
            walkingMine = walking;
            window.slider.getModel().setRangeProperties(position, 0, 0, Math.max(0, session.myClips().walkSize() - 1),
                    false);
            markClips();
        } else if (window.slider.getValue() != position) {
            window.slider.setValue(position);
        }
        boolean outside = session.myClips().isOutsideMyClips(number);
        // A reviewer reviews everyone's clips: which are assigned to them says nothing.
        String note = session.review().reviewing() ? ""
                : MyClipsWords.note(assigned, walking, outside, session.state().clipCount());
        window.myClipsNote.setText(note);
        window.myClipsNote.setVisible(!note.isEmpty());
        Palette palette = Palette.current();
        window.myClipsNote.setOpaque(outside);
        window.myClipsNote.setBackground(palette.warningBanner());
        window.myClipsNote.setForeground(outside ? palette.warningText() : palette.unsetText());
    }

    /** The slider shows where each walked clip starts (its number under the first frame). */
    private void markClips() {
        List<Integer> clips = session.myClips().walkClips();
        if (clips.size() < 2) {
            window.slider.setPaintLabels(false);
            return;
        }
        // No more numbers than the slider's width holds apart (a small window gives it little).
        markedWidth = window.slider.getWidth();
        JLabel widest = mark(clips.get(clips.size() - 1));
        int room = markedWidth <= 0 ? MARKED_CLIPS
                : Math.max(2, markedWidth / (widest.getPreferredSize().width + TagChip.scaled(8)));
        int marked = Math.min(MARKED_CLIPS, room);
        int every = (clips.size() + marked - 1) / marked;
        Hashtable<Integer, JComponent> marks = new Hashtable<>();
        for (int i = 0; i < clips.size(); i += every) {
            int clip = clips.get(i);
            JLabel mark = mark(clip);
            marks.put(session.myClips().walkPosition(session.state().firstFrameOfClip(clip)), mark);
        }
        window.slider.setLabelTable(marks);
        window.slider.setPaintLabels(true);
    }

    private static JLabel mark(int clip) {
        JLabel mark = new JLabel(String.valueOf(clip + 1));
        mark.setFont(mark.getFont().deriveFont(mark.getFont().getSize2D() - 2f));
        return mark;
    }

    private void syncViewCount(int cameras) {
        boolean changed = views.size() != cameras;
        while (views.size() < cameras) {
            CameraView view = new CameraView(session.state().tags(), buttons);
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

    private void scrollToActive(int active) {
        for (CameraView view : views) {
            if (view.camera() == active && view.isShowing()) {
                window.views.scrollRectToVisible(view.getBounds());
            }
        }
    }
}
