package dev.fitt.client.service;

import dev.fitt.domain.Clip;
import dev.fitt.domain.Frame;
import dev.fitt.domain.LabelsSnapshot;
import dev.fitt.domain.TagChange;
import dev.fitt.domain.TagSet;
import dev.fitt.domain.TagValue;
import dev.fitt.domain.VersionedLabels;
import dev.fitt.domain.labelling.AutosaveCounter;
import dev.fitt.domain.labelling.CameraTitles;
import dev.fitt.domain.labelling.EditHistory;
import dev.fitt.domain.labelling.FrameCursor;
import dev.fitt.domain.labelling.FrameList;
import dev.fitt.domain.labelling.ImageCache;
import dev.fitt.domain.labelling.LabelBook;
import dev.fitt.domain.labelling.LabelEdit;
import dev.fitt.domain.labelling.Progress;
import dev.fitt.domain.labelling.SelectionRule;
import dev.fitt.domain.labelling.TagRuns;
import dev.fitt.ports.ServerUnreachableException;
import dev.fitt.client.port.in.ConnectionState;
import dev.fitt.client.port.in.LabellingClient;
import dev.fitt.client.port.in.LoadImagesUseCase;
import dev.fitt.client.port.in.SessionListener;
import dev.fitt.ports.DatasetView;
import dev.fitt.ports.ImageContent;
import dev.fitt.client.port.out.ServerCapabilities;
import dev.fitt.client.port.out.TaggingServerPort;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.OptionalInt;
import java.util.concurrent.ThreadFactory;

/**
 * One annotator's labelling session: navigation, choices, undo and autosave over a local copy of
 * the labels, with every edit applied at once and sent to the server in the background.
 *
 * <p>Confined to one thread (the UI's): only {@link #pendingEdits()}, {@link #connectionState()}
 * and {@link #images()} may be used from others. The session owns the server port and closes it
 * in {@link #close(Duration)}.
 *
 * <p>With a v1 server the last edit to reach it wins; after a reconnect nothing is fetched again,
 * so local edits are never overwritten, and labels others make show after reopening. Either way
 * the session notices a lost or silent server while the annotator does nothing (the edit queue's
 * heartbeat), so {@link #connectionState()} tells the truth; with a versioned server it then
 * reloads the labels and versions before sending anything else. When the
 * server offers versioned edits and live changes, others' changes show as they happen
 * ({@link SessionListener#labelsChangedByOthers}), edits are checked against what the annotator
 * had seen and conflicts wait for a decision ({@link #reapply}, {@link #drop}); the rule that
 * makes every client converge is {@link VersionedSync}'s. The labels are then also written by
 * background threads, under the lock of {@link SharedLabels}.
 */
public final class LabellingSession implements LabellingClient {
    private static final System.Logger LOG = System.getLogger(LabellingSession.class.getName());

    private final TaggingServerPort server;
    private final TagSet tags;
    private final FrameList frames;
    private final CameraTitles cameraTitles;
    private final SharedLabels labels;
    private final ServerSync sync;
    private final FrameCursor cursor;
    private final SelectionRule rule;
    private final EditHistory history;
    private final AutosaveCounter autosave;
    private final SessionEvents events = new SessionEvents();
    private final EditQueue queue;
    private final ImageLoader images;
    private final ChangeReceiver received;
    private final AutoCloseable subscription;
    private boolean closed;

    /** {@code versioned} null: a v1 server, last writer wins. */
    private LabellingSession(TaggingServerPort server, DatasetView view, VersionedLabels versioned,
            CameraTitles cameraTitles, ChangeReceiver received, AutoCloseable subscription, SessionSettings settings,
            Sleeper sleeper) {
        this.server = Objects.requireNonNull(server, "server");
        this.cameraTitles = Objects.requireNonNull(cameraTitles, "cameraTitles");
        this.received = received;
        this.subscription = subscription;
        this.tags = view.tags();
        this.frames = new FrameList(view.clips());
        this.labels = new SharedLabels(new LabelBook(frames, versioned == null ? view.labels() : versioned.labels()));
        this.cursor = new FrameCursor(frames);
        this.rule = SelectionRule.of(settings.multipleSelection());
        this.history = new EditHistory(settings.historyCapacity());
        this.autosave = new AutosaveCounter(settings.autosave());
        if (versioned == null) {
            this.sync = new LastWriterWins(labels);
            this.queue = new EditQueue(server, settings.backoff(), sleeper, events, null, settings.heartbeat());
        } else {
            VersionedSync live = new VersionedSync(labels, versioned, events);
            this.sync = live;
            this.queue = new EditQueue(server, settings.backoff(), sleeper, events, live, settings.heartbeat());
        }
        this.images = new ImageLoader(server, frames, settings.prefetch(),
                new ImageCache<>(settings.imageCacheBytes(), ImageContent::size));
    }

    /** Fetches the dataset (blocking: call off the UI thread) and starts sending. */
    public static LabellingSession open(TaggingServerPort server, SessionSettings settings)
            throws ServerUnreachableException {
        return open(server, settings, Sleeper.system(), LabellingSession::daemonThread);
    }

    /**
     * As {@link #open(TaggingServerPort, SessionSettings)} with the waiting and threads chosen
     * ({@code threads} makes the edit sender and, for a live server, the change receiver).
     */
    public static LabellingSession open(TaggingServerPort server, SessionSettings settings, Sleeper sleeper,
            ThreadFactory threads) throws ServerUnreachableException {
        ServerCapabilities offered = server.capabilities();
        boolean live = offered.versionedEdits() && offered.liveChanges();
        ChangeReceiver received = new ChangeReceiver();
        // Subscribe before loading, so no change falls between the loaded labels and the first
        // push; pushes the loaded labels already hold are then ignored by their version.
        AutoCloseable subscription = live ? server.watchChanges(received) : () -> { };
        LabellingSession session;
        try {
            DatasetView view = server.fetchDataset();
            session = new LabellingSession(server, view, live ? server.fetchVersionedLabels() : null,
                    cameraTitles(server, offered, view), received, subscription, settings, sleeper);
        } catch (ServerUnreachableException | RuntimeException e) {
            closeQuietly(subscription);
            throw e;
        }
        session.queue.start(threads);
        if (session.sync instanceof VersionedSync versioned) {
            received.start(threads, versioned::received);
        }
        return session;
    }

    /** Names come once, at open: a dataset's clips and cameras never change while it is served. */
    private static CameraTitles cameraTitles(TaggingServerPort server, ServerCapabilities offered, DatasetView view)
            throws ServerUnreachableException {
        if (!offered.cameraNames()) {
            return CameraTitles.unnamed(view.clips());
        }
        CameraTitles titles = new CameraTitles(view.clips(), server.fetchCameraNames());
        if (!titles.named() && !view.clips().isEmpty()) {
            LOG.log(System.Logger.Level.WARNING, "the server's camera names do not fit its {0} clips: views are"
                    + " numbered instead", view.clips().size());
        }
        return titles;
    }

    private static void closeQuietly(AutoCloseable subscription) {
        try {
            subscription.close();
        } catch (Exception e) {
            LOG.log(System.Logger.Level.WARNING, "could not end the subscription to others' changes", e);
        }
    }

    private static Thread daemonThread(Runnable body) {
        Thread thread = new Thread(body, "fitt-session-worker");
        thread.setDaemon(true);
        return thread;
    }

    @Override
    public void addListener(SessionListener listener) {
        events.add(Objects.requireNonNull(listener, "listener"));
    }

    @Override
    public void removeListener(SessionListener listener) {
        events.remove(listener);
    }

    // --- navigation -------------------------------------------------------------------------

    @Override
    public int frameCount() {
        return frames.size();
    }

    @Override
    public int frameNumber() {
        return cursor.frameNumber();
    }

    @Override
    public Frame currentFrame() {
        return cursor.frame();
    }

    @Override
    public boolean nextFrame() {
        return frameMoved(cursor.next());
    }

    @Override
    public boolean previousFrame() {
        return frameMoved(cursor.previous());
    }

    @Override
    public void goToFrame(int frameNumber) {
        frameMoved(cursor.goTo(frameNumber));
    }

    @Override
    public boolean goToNextUnlabelledFrame() {
        OptionalInt next = labels.withBook(book -> book.nextUnlabelledFrame(cursor.frameNumber()));
        next.ifPresent(this::goToFrame);
        return next.isPresent();
    }

    @Override
    public int activeCamera() {
        return cursor.camera();
    }

    @Override
    public void nextCamera() {
        cursor.nextCamera();
        moved(true);
    }

    @Override
    public void previousCamera() {
        cursor.previousCamera();
        moved(true);
    }

    @Override
    public void selectCamera(int camera) {
        cursor.selectCamera(camera);
        moved(true);
    }

    /**
     * In single selection a frame is tagged camera by camera from the first (see
     * {@link #chooseTag}), so every new frame starts there; in multiple selection the active
     * camera stays, so an annotator watching one camera keeps watching it.
     */
    private boolean frameMoved(boolean changed) {
        if (changed && perCameraFlow()) {
            cursor.selectCamera(0);
        }
        return moved(changed);
    }

    /** Single selection decides an image with one key, so the session moves on by itself. */
    private boolean perCameraFlow() {
        return rule.advancesAfterChoice(1);
    }

    private boolean moved(boolean changed) {
        if (changed) {
            events.frameChanged(cursor.frameNumber(), cursor.frame(), cursor.camera());
        }
        return changed;
    }

    // --- choices ----------------------------------------------------------------------------

    @Override
    public void chooseTag(int tag) {
        checkTag(tag);
        int index = cursor.activeIndex();
        edit(List.of(TagChange.ofRow(index, rule.choose(valuesAt(index), tag))));
        nextImage();
    }

    /** In single selection the whole frame is then decided, so the session moves on. */
    @Override
    public void chooseTagForFrame(int tag) {
        checkTag(tag);
        Frame frame = cursor.frame();
        int active = cursor.activeIndex();
        edit(labels.withBook(book -> {
            boolean on = rule.turnsOn(book.values(active), tag);
            TagRuns runs = new TagRuns();
            for (int index = frame.first(); index <= frame.last(); index++) {
                runs.add(index, rule.set(book.values(index), tag, on));
            }
            return runs.build();
        }));
        advanceIf(rule.advancesAfterChoice(1));
    }

    @Override
    public void markImageNone() {
        edit(List.of(TagChange.ofRow(cursor.activeIndex(), SelectionRule.none(tags.size()))));
        nextImage();
    }

    @Override
    public void markFrameNone() {
        Frame frame = cursor.frame();
        edit(List.of(new TagChange(frame.first(), frame.last(), SelectionRule.none(tags.size()))));
        nextFrame();
    }

    // --- mass labelling ---------------------------------------------------------------------

    @Override
    public void labelClip(List<TagValue> values) {
        checkValues(values);
        Clip clip = currentClip();
        edit(List.of(new TagChange(clip.begin(), clip.end() - 1, values)));
    }

    @Override
    public void labelFrames(int fromFrame, int toFrame, List<TagValue> values) {
        checkValues(values);
        if (fromFrame < 0 || toFrame < fromFrame || toFrame >= frames.size()) {
            throw new IllegalArgumentException("frames " + fromFrame + ".." + toFrame
                    + " are not a range within 0.." + (frames.size() - 1));
        }
        // Frames are contiguous in display order, so any frame range is one row range.
        edit(List.of(new TagChange(frames.frame(fromFrame).first(), frames.frame(toFrame).last(), values)));
    }

    @Override
    public void labelCameras(int fromFrame, int toFrame, int firstCamera, int lastCamera, List<TagValue> values) {
        checkValues(values);
        checkFrames(fromFrame, toFrame);
        if (firstCamera < 0 || lastCamera < firstCamera) {
            throw new IllegalArgumentException("cameras " + firstCamera + ".." + lastCamera + " are not a range");
        }
        TagRuns runs = new TagRuns();
        for (int number = fromFrame; number <= toFrame; number++) {
            Frame frame = frames.frame(number);
            for (int camera = firstCamera; camera <= Math.min(lastCamera, frame.cameras() - 1); camera++) {
                runs.add(frame.index(camera), values);
            }
        }
        List<TagChange> changes = runs.build();
        if (!changes.isEmpty()) {
            edit(changes);
        }
    }

    @Override
    public int fillFrames(int fromFrame, int toFrame, List<TagValue> values) {
        checkValues(values);
        checkFrames(fromFrame, toFrame);
        List<TagChange> fills = labels.withBook(book -> {
            TagRuns runs = new TagRuns();
            for (int index = frames.frame(fromFrame).first(); index <= frames.frame(toFrame).last(); index++) {
                if (!book.isImageLabelled(index)) {
                    runs.add(index, values);
                }
            }
            return runs.build();
        });
        if (fills.isEmpty()) {
            return 0;
        }
        edit(fills);
        return fills.stream().mapToInt(TagChange::rowCount).sum();
    }

    @Override
    public int framesOverwritten(int fromFrame, int toFrame, List<TagValue> values) {
        checkValues(values);
        checkFrames(fromFrame, toFrame);
        return labels.withBook(book -> {
            int count = 0;
            for (int number = fromFrame; number <= toFrame; number++) {
                Frame frame = frames.frame(number);
                for (int index = frame.first(); index <= frame.last(); index++) {
                    if (book.isImageLabelled(index) && !book.values(index).equals(values)) {
                        count++;
                        break;
                    }
                }
            }
            return count;
        });
    }

    private void checkFrames(int fromFrame, int toFrame) {
        if (fromFrame < 0 || toFrame < fromFrame || toFrame >= frames.size()) {
            throw new IllegalArgumentException("frames " + fromFrame + ".." + toFrame
                    + " are not a range within 0.." + (frames.size() - 1));
        }
    }

    // --- undo / redo ------------------------------------------------------------------------

    @Override
    public boolean undo() {
        return history.undo().map(edit -> replay(edit, edit.revert())).isPresent();
    }

    @Override
    public boolean redo() {
        return history.redo().map(edit -> replay(edit, edit.apply())).isPresent();
    }

    @Override
    public boolean canUndo() {
        return history.canUndo();
    }

    @Override
    public boolean canRedo() {
        return history.canRedo();
    }

    private LabelEdit replay(LabelEdit edit, List<TagChange> changes) {
        checkOpen();
        send(changes, labels.withBook(book -> applyLocal(changes)));
        goToFrame(edit.frame());
        // One image's edit: its camera becomes active again, so the next digit re-tags it.
        if (changes.size() == 1 && changes.get(0).rowCount() == 1) {
            Frame frame = cursor.frame();
            int index = changes.get(0).first();
            if (index >= frame.first() && index <= frame.last()) {
                selectCamera(index - frame.first());
            }
        }
        return edit;
    }

    // --- conflicts --------------------------------------------------------------------------

    /**
     * Sends a conflicted edit again, based on the versions known now, and shows its values again;
     * it lands after everything sent before. {@code change} is one from
     * {@link SessionListener#editConflicted}; anything else is an IllegalArgumentException.
     */
    @Override
    public void reapply(TagChange change) {
        checkOpen();
        queue.enqueue(sync.reapply(change));
    }

    /**
     * Gives a conflicted edit up: at once it leaves {@link #conflicts()}; its rows keep the local
     * values until the server's, fetched after everything queued before, replace them (fired as
     * {@link SessionListener#labelsChangedByOthers}).
     */
    @Override
    public void drop(TagChange change) {
        checkOpen();
        queue.enqueue(sync.drop(change));
    }

    @Override
    public List<TagChange> conflicts() {
        return sync.conflicts();
    }

    // --- state ------------------------------------------------------------------------------

    @Override
    public TagSet tags() {
        return tags;
    }

    @Override
    public List<TagValue> imageValues(int camera) {
        return valuesAt(cursor.frame().index(camera));
    }

    @Override
    public List<TagValue> valuesAt(int displayIndex) {
        return labels.withBook(book -> book.values(displayIndex));
    }

    @Override
    public String cameraName(int camera) {
        return cameraTitles.title(cursor.clipNumber(), camera);
    }

    @Override
    public int clipNumber() {
        return cursor.clipNumber();
    }

    @Override
    public int clipCount() {
        return frames.clipCount();
    }

    @Override
    public int firstFrameOfClip(int clipNumber) {
        if (clipNumber < 0 || clipNumber >= frames.clipCount()) {
            throw new IndexOutOfBoundsException("clip " + clipNumber + " is outside 0.." + (frames.clipCount() - 1));
        }
        return frames.firstFrameOf(clipNumber);
    }

    @Override
    public int frameOfImage(int displayIndex) {
        return frames.frameOf(displayIndex);
    }

    @Override
    public String imagePlace(int displayIndex) {
        int frame = frames.frameOf(displayIndex);
        int clipNumber = frames.clipNumberOf(frame);
        Clip clip = frames.clip(clipNumber);
        return cameraTitles.title(clipNumber, (displayIndex - clip.begin()) % clip.cameras()) + ", frame " + (frame + 1);
    }

    @Override
    public List<TagValue> serverValuesAt(int displayIndex) {
        if (displayIndex < 0 || displayIndex >= frames.rowCount()) {
            throw new IndexOutOfBoundsException("image " + displayIndex + " is outside 0.." + (frames.rowCount() - 1));
        }
        return sync.serverValues(displayIndex);
    }

    @Override
    public Clip currentClip() {
        return frames.clip(cursor.clipNumber());
    }

    @Override
    public Progress datasetProgress() {
        return labels.withBook(LabelBook::datasetProgress);
    }

    @Override
    public Progress clipProgress() {
        int clip = cursor.clipNumber();
        return labels.withBook(book -> book.clipProgress(clip));
    }

    @Override
    public boolean isFrameLabelled(int frameNumber) {
        return labels.withBook(book -> book.isFrameLabelled(frameNumber));
    }

    @Override
    public int pendingEdits() {
        return queue.pending();
    }

    @Override
    public ConnectionState connectionState() {
        return queue.state();
    }

    @Override
    public LoadImagesUseCase images() {
        return images;
    }

    /** A copy of the client's labels in display order (to compare with the server's). */
    public LabelsSnapshot labels() {
        return labels.withBook(LabelBook::snapshot);
    }

    // --- saving and closing -----------------------------------------------------------------

    @Override
    public void requestSave() {
        checkOpen();
        autosave.saveRequested();
        queue.enqueueSave();
    }

    /**
     * Waits at most {@code maxWait} until the server has answered every queued edit and save, and
     * every change of others received so far is applied; true when nothing is pending. For a
     * "wait until sent" action, and for tests.
     */
    public boolean awaitDelivery(Duration maxWait) throws InterruptedException {
        long deadline = System.nanoTime() + maxWait.toNanos();
        return queue.flush(maxWait) && received.awaitIdle(Duration.ofNanos(deadline - System.nanoTime()));
    }

    @Override
    public boolean close(Duration maxWait) {
        if (closed) {
            return true;
        }
        closed = true;
        boolean delivered;
        try {
            queue.enqueueSave();
            delivered = queue.flush(maxWait) && queue.lastSaveSucceeded();
            queue.stop(Duration.ofSeconds(1));
            received.stop(Duration.ofSeconds(1));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            delivered = false;
        } finally {
            closeQuietly(subscription);
            server.close();
        }
        return delivered;
    }

    // --- helpers ----------------------------------------------------------------------------

    private void edit(List<TagChange> changes) {
        checkOpen();
        int frame = cursor.frameNumber();
        // Captured for undo and applied in one step, so no change by someone else slips between.
        List<Outgoing> items = labels.withBook(book -> {
            history.record(LabelEdit.capture(frame, changes, book));
            return applyLocal(changes);
        });
        send(changes, items);
    }

    /** Applies locally; returns what to send. The caller holds the labels' lock (it is reentrant). */
    private List<Outgoing> applyLocal(List<TagChange> changes) {
        return changes.stream().map(sync::applyLocal).toList();
    }

    /** Queues for the server what {@link #applyLocal} gave, tells the UI, and counts towards autosave. */
    private void send(List<TagChange> changes, List<Outgoing> items) {
        for (int i = 0; i < changes.size(); i++) {
            TagChange change = changes.get(i);
            if (items.get(i) instanceof Outgoing.KeptLocal) {
                events.editKeptLocal(change);
            } else {
                queue.enqueue(items.get(i));
            }
            events.labelsChanged(change.first(), change.last());
        }
        if (autosave.countEdit()) {
            queue.enqueueSave();
        }
    }

    /**
     * After a single-selection choice on camera k the next camera is active; after the last, the
     * next frame (on its first camera). So a frame of n cameras takes n keys, none of them Tab.
     */
    private void nextImage() {
        if (!perCameraFlow()) {
            return;
        }
        if (cursor.camera() < cursor.frame().cameras() - 1) {
            cursor.nextCamera();
            moved(true);
        } else {
            nextFrame();
        }
    }

    private void advanceIf(boolean advance) {
        if (advance) {
            nextFrame();
        }
    }

    private void checkTag(int tag) {
        if (tag < 0 || tag >= tags.size()) {
            throw new IllegalArgumentException("tag number " + tag + " is outside 0.." + (tags.size() - 1));
        }
    }

    private void checkValues(List<TagValue> values) {
        Objects.requireNonNull(values, "values");
        if (values.size() != tags.size()) {
            throw new IllegalArgumentException(values.size() + " tag values given but the dataset has "
                    + tags.size() + " tags (" + String.join(", ", tags.aliases()) + ")");
        }
    }

    private void checkOpen() {
        if (closed) {
            throw new IllegalStateException("the labelling session is closed");
        }
    }
}
