package dev.fitt.application.client;

import dev.fitt.domain.Clip;
import dev.fitt.domain.Frame;
import dev.fitt.domain.LabelsSnapshot;
import dev.fitt.domain.TagChange;
import dev.fitt.domain.TagSet;
import dev.fitt.domain.TagValue;
import dev.fitt.domain.labelling.AutosaveCounter;
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
import dev.fitt.ports.in.client.ConnectionState;
import dev.fitt.ports.in.client.LabellingClient;
import dev.fitt.ports.in.client.LoadImagesUseCase;
import dev.fitt.ports.in.client.SessionListener;
import dev.fitt.ports.out.DatasetView;
import dev.fitt.ports.out.ImageContent;
import dev.fitt.ports.out.TaggingServerPort;
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
 * and {@link #images()} may be used from others. After a reconnect nothing is fetched again, so
 * local edits are never overwritten; labels other clients make meanwhile show after reopening.
 * The session owns the server port and closes it in {@link #close(Duration)}.
 */
public final class LabellingSession implements LabellingClient {
    private final TaggingServerPort server;
    private final TagSet tags;
    private final FrameList frames;
    private final LabelBook book;
    private final FrameCursor cursor;
    private final SelectionRule rule;
    private final EditHistory history;
    private final AutosaveCounter autosave;
    private final SessionEvents events = new SessionEvents();
    private final EditQueue queue;
    private final ImageLoader images;
    private boolean closed;

    LabellingSession(TaggingServerPort server, DatasetView view, SessionSettings settings, Sleeper sleeper) {
        this.server = Objects.requireNonNull(server, "server");
        this.tags = view.tags();
        this.frames = new FrameList(view.clips());
        this.book = new LabelBook(frames, view.labels());
        this.cursor = new FrameCursor(frames);
        this.rule = SelectionRule.of(settings.multipleSelection());
        this.history = new EditHistory(settings.historyCapacity());
        this.autosave = new AutosaveCounter(settings.autosave());
        this.queue = new EditQueue(server, settings.backoff(), sleeper, events);
        this.images = new ImageLoader(server, frames, settings.prefetch(),
                new ImageCache<>(settings.imageCacheBytes(), ImageContent::size));
    }

    /** Fetches the dataset (blocking: call off the UI thread) and starts sending. */
    public static LabellingSession open(TaggingServerPort server, SessionSettings settings)
            throws ServerUnreachableException {
        return open(server, settings, Sleeper.system(), LabellingSession::senderThread);
    }

    /** As {@link #open(TaggingServerPort, SessionSettings)} with the waiting and threads chosen. */
    public static LabellingSession open(TaggingServerPort server, SessionSettings settings, Sleeper sleeper,
            ThreadFactory threads) throws ServerUnreachableException {
        LabellingSession session = new LabellingSession(server, server.fetchDataset(), settings, sleeper);
        session.queue.start(threads);
        return session;
    }

    private static Thread senderThread(Runnable body) {
        Thread thread = new Thread(body, "fitt-edit-sender");
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
        return moved(cursor.next());
    }

    @Override
    public boolean previousFrame() {
        return moved(cursor.previous());
    }

    @Override
    public void goToFrame(int frameNumber) {
        moved(cursor.goTo(frameNumber));
    }

    @Override
    public boolean goToNextUnlabelledFrame() {
        OptionalInt next = book.nextUnlabelledFrame(cursor.frameNumber());
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
        edit(List.of(TagChange.ofRow(index, rule.choose(book.values(index), tag))));
        advanceIf(rule.advancesAfterChoice(cursor.frame().cameras()));
    }

    /** In single selection the whole frame is then decided, so the session moves on. */
    @Override
    public void chooseTagForFrame(int tag) {
        checkTag(tag);
        boolean on = rule.turnsOn(book.values(cursor.activeIndex()), tag);
        Frame frame = cursor.frame();
        TagRuns runs = new TagRuns();
        for (int index = frame.first(); index <= frame.last(); index++) {
            runs.add(index, rule.set(book.values(index), tag, on));
        }
        edit(runs.build());
        advanceIf(rule.advancesAfterChoice(1));
    }

    @Override
    public void markImageNone() {
        edit(List.of(TagChange.ofRow(cursor.activeIndex(), SelectionRule.none(tags.size()))));
        advanceIf(rule.advancesAfterChoice(cursor.frame().cameras()));
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
        send(changes);
        goToFrame(edit.frame());
        return edit;
    }

    // --- state ------------------------------------------------------------------------------

    @Override
    public TagSet tags() {
        return tags;
    }

    @Override
    public List<TagValue> imageValues(int camera) {
        return book.values(cursor.frame().index(camera));
    }

    @Override
    public List<TagValue> valuesAt(int displayIndex) {
        return book.values(displayIndex);
    }

    @Override
    public Clip currentClip() {
        return frames.clip(cursor.clipNumber());
    }

    @Override
    public Progress datasetProgress() {
        return book.datasetProgress();
    }

    @Override
    public Progress clipProgress() {
        return book.clipProgress(cursor.clipNumber());
    }

    @Override
    public boolean isFrameLabelled(int frameNumber) {
        return book.isFrameLabelled(frameNumber);
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
        return book.snapshot();
    }

    // --- saving and closing -----------------------------------------------------------------

    @Override
    public void requestSave() {
        checkOpen();
        autosave.saveRequested();
        queue.enqueueSave();
    }

    /**
     * Waits at most {@code maxWait} until the server has answered every queued edit and save;
     * true when nothing is pending. For a "wait until sent" action, and for tests.
     */
    public boolean awaitDelivery(Duration maxWait) throws InterruptedException {
        return queue.flush(maxWait);
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
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            delivered = false;
        } finally {
            server.close();
        }
        return delivered;
    }

    // --- helpers ----------------------------------------------------------------------------

    private void edit(List<TagChange> changes) {
        checkOpen();
        history.record(LabelEdit.capture(cursor.frameNumber(), changes, book));
        send(changes);
    }

    /** Applies locally, queues for the server, and counts towards autosave. */
    private void send(List<TagChange> changes) {
        for (TagChange change : changes) {
            book.apply(change);
            queue.enqueue(change);
            events.labelsChanged(change.first(), change.last());
        }
        if (autosave.countEdit()) {
            queue.enqueueSave();
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
