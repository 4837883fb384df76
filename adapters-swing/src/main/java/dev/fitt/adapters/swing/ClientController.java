package dev.fitt.adapters.swing;

import dev.fitt.domain.TagChange;
import dev.fitt.client.port.in.ConnectionState;
import dev.fitt.client.port.in.LabellingSession;
import dev.fitt.client.port.out.ClientPreferences;
import dev.fitt.client.port.out.ClientPreferencesPort;
import dev.fitt.client.port.out.ServerAdminPort;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import javax.swing.SwingUtilities;

/**
 * The window for one open session, on the event thread only: builds its parts, routes the
 * session's events (see {@link EdtListener}) to what shows them, and coalesces repaints. Each
 * part has its own class: {@link KeyBindings} (every hotkey and button an {@link javax.swing.Action}),
 * {@link FrameRenderer} (drawing), {@link LabelCommands}, {@link MassLabelling} and
 * {@link ViewCommands} (what commands do), {@link SettingsSaver} and {@link LoadAll}. Blocking work
 * (images, settings file) goes to background executors.
 */
final class ClientController implements Repaint, ViewActions {
    private final ClientWindow window;
    private final LabellingSession session;
    private final boolean local;
    private final Feedback feedback;
    private final CommandRunner runner;
    private final ConflictWords words;
    private final FrameRenderer renderer;
    private final LabelCommands labels;
    private final ViewCommands view;
    private final LoadAll loadAll;
    private final KeyBindings keys;
    private final StatisticsPanel statistics;
    private final ReviewCommands review;
    private boolean renderQueued;

    ClientController(ClientWindow window, LabellingSession session, ClientPreferences preferences,
            ClientPreferencesPort preferencesPort, ExecutorService background, ExecutorService loader,
            DecodedImages.Factory imagesFactory, boolean local, Optional<ServerAdminPort> admin) {
        this.window = window;
        this.local = local;
        this.session = session;
        this.feedback = new Feedback(window, session);
        this.runner = new CommandRunner(feedback);
        this.words = new ConflictWords(session);
        DecodedImages images = imagesFactory.create(session.images(), index -> scheduleRender());
        HelpOverlay help = new HelpOverlay(session.state().tags().size());
        window.frame.setGlassPane(help);
        ViewSettings settings = new ViewSettings(session.navigation().currentFrame().cameras());
        this.review = new ReviewCommands(window, session, feedback, this);
        review.start(preferences.reviewer(), preferences.annotator());
        this.renderer = new FrameRenderer(window, session, images, settings, this);
        this.labels = new LabelCommands(window, session, runner, feedback);
        this.view = new ViewCommands(window, session, settings, renderer, images, help, runner, feedback, this);
        this.loadAll = new LoadAll(window, session, images, loader, feedback, this);
        this.statistics = new StatisticsPanel(window.frame, session.statistics());
        this.keys = new KeyBindings(window, session, runner, new KeyBindings.Commands(labels,
                new MassLabelling(window, session, runner, feedback), view,
                new SettingsSaver(window, preferences, preferencesPort, admin, background, feedback, this), loadAll,
                review, statistics));
        view.showZoom();
        window.slider.addChangeListener(e -> labels.goToWalkPosition(window.slider.getValue()));
        window.timeline.onInput(new ClipTimeline.Listener() {
            @Override
            public void jump(int frame, int camera) {
                labels.jump(frame, camera);
            }

            @Override
            public void selected(java.util.Optional<ClipTimeline.Selection> selection) {
                labels.selected(selection);
            }
        });
        session.events().addListener(new EdtListener(this));
        frameChanged(session.navigation().frameNumber());
        connectionChanged(session.state().connectionState(), session.state().pendingEdits());
    }

    // --- repaint ------------------------------------------------------------------------------

    @Override
    public void scheduleRender() {
        if (!renderQueued) {
            renderQueued = true;
            SwingUtilities.invokeLater(() -> {
                renderQueued = false;
                renderNow();
            });
        }
    }

    @Override
    public void renderNow() {
        review.settle();
        renderer.render();
        window.status.review(review.line());
        keys.refresh(loadAll.running());
    }

    // --- session events (EDT) -----------------------------------------------------------------

    void frameChanged(int frameNumber) {
        renderer.frameChanged(frameNumber);
        scheduleRender();
    }

    /** The banner is drawn by the render, from the same count as the status bar. */
    void connectionChanged(ConnectionState state, int pending) {
        scheduleRender();
    }

    void rejected(TagChange change, String message) {
        window.notices.rejected(change, message, session.state().frameOfImage(change.first()));
        scheduleRender();
    }

    void conflicted(TagChange change, String message) {
        window.notices.conflict(change, words.describe(change), c -> runner.run(() -> session.conflicts().reapply(c)),
                c -> runner.run(() -> session.conflicts().drop(c)));
        scheduleRender();
    }

    /** Another annotator changed rows: say which, reword open conflicts, flash what is on screen. */
    void changedByOthers(int first, int last) {
        feedback.note("Another annotator changed image" + (first == last ? " #" + (first + 1)
                : "s #" + (first + 1) + "\u2013#" + (last + 1)));
        window.notices.describeConflicts(words::describe);
        renderer.flashChangedByOthers(first, last);
        scheduleRender();
    }

    void reviewLoading(int done, int total) {
        review.loading(done, total);
    }

    void reviewRefused(int first, int last, String message) {
        review.refused(first, last, message);
    }

    /** Other clips assigned, or the toggle between yours and all: slider, note and counts change. */
    void myClipsChanged() {
        scheduleRender();
    }

    void saved() {
        feedback.note(local ? "Saved" : "Saved on the server");
    }

    void saveFailed(String message) {
        feedback.problem((local ? "Save failed: " : "Save failed on the server: ") + message);
    }

    /** A v1 server cannot store "unlabelled": the edit stays in this window only. */
    void keptLocal(TagChange change) {
        renderer.keptLocal();
        window.notices.problem("Undo of " + Notices.rows(change) + " is on this computer only: this server (protocol"
                + " v1) cannot store \"unlabelled\", so it keeps the previous labels there",
                session.state().frameOfImage(change.first()));
        scheduleRender();
    }

    /** Closing: ignore further input, stop background loading. */
    void freeze() {
        runner.freeze();
        loadAll.stop();
        keys.disableAll();
        statistics.dispose();
        feedback.note("Sending the last edits and saving\u2026");
    }

    // --- the camera views' buttons ------------------------------------------------------------

    @Override
    public void chooseTag(int camera, int tag) {
        labels.chooseTag(camera, tag);
    }

    @Override
    public void markNone(int camera) {
        labels.markNone(camera);
    }

    @Override
    public void activate(int camera) {
        labels.activate(camera);
    }

    @Override
    public void moveEarlier(int camera) {
        view.moveEarlier(camera);
    }

    @Override
    public void moveLater(int camera) {
        view.moveLater(camera);
    }

    @Override
    public void refresh(int camera) {
        view.refresh(camera);
    }
}
