package dev.fitt.client.service;

import dev.fitt.domain.TagSet;
import dev.fitt.domain.TagValue;
import dev.fitt.domain.VersionedLabels;
import dev.fitt.domain.labelling.AutosaveCounter;
import dev.fitt.domain.AssignedClips;
import dev.fitt.domain.labelling.CameraTitles;
import dev.fitt.domain.labelling.ClipWalk;
import dev.fitt.domain.labelling.EditHistory;
import dev.fitt.domain.labelling.FrameCursor;
import dev.fitt.domain.labelling.FrameList;
import dev.fitt.domain.labelling.ImageCache;
import dev.fitt.domain.labelling.ClientLabelTable;
import dev.fitt.domain.labelling.SelectionRule;
import dev.fitt.ports.ImageContent;
import dev.fitt.client.port.out.TaggingServerPort;
import dev.fitt.client.port.out.TeamWorkPort;
import dev.fitt.client.port.out.DatasetView;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ThreadFactory;

/**
 * What the client core's services share for one session: the frames and the cursor on them, the
 * labels (under {@link LockedLabelTable}'s lock, since the sender and the change receiver write them
 * too), the undo history, the queue to the server and the listeners. Confined to the UI thread
 * like the services, except where a field says otherwise.
 */
final class SessionState {
    final TaggingServerPort server;
    final TagSet tags;
    final FrameList frames;
    final CameraTitles cameraTitles;
    /** Each clip's id as the server told it; empty when it does not say (v1). */
    final List<String> clipIds;
    final LockedLabelTable labels;
    /** Last writer wins (v1) or {@link VersionedSync}; the rule for the server's news. */
    final ServerSync sync;
    final FrameCursor cursor;
    final SelectionRule rule;
    final EditHistory history;
    final AutosaveCounter autosave;
    /** Any thread. */
    final SessionEvents events;
    /** Any thread. */
    final EditQueue queue;
    /** Any thread. */
    final ImageLoader images;
    final ChangeReceiver received;
    final AutoCloseable subscription;
    /** Any thread. The clips assigned to this annotator, as the server last told. */
    final AssignmentFetch assignments;
    /** The annotator asked to walk every clip although some are assigned (Ctrl+M). */
    boolean showAllClips;
    private ClipWalk walk;
    private AssignedClips walkFor;
    private boolean walkShowsAll;
    private boolean closed;

    /** {@code versioned} null: a v1 server, last writer wins. */
    SessionState(TaggingServerPort server, DatasetView view, VersionedLabels versioned, CameraTitles cameraTitles,
            List<String> clipIds, ChangeReceiver received, AutoCloseable subscription, SessionSettings settings,
            Sleeper sleeper, TeamWorkPort team, ThreadFactory threads) {
        this.server = Objects.requireNonNull(server, "server");
        this.cameraTitles = Objects.requireNonNull(cameraTitles, "cameraTitles");
        this.clipIds = List.copyOf(clipIds);
        this.received = received;
        this.subscription = subscription;
        this.events = new SessionEvents();
        this.tags = view.tags();
        this.frames = new FrameList(view.clips());
        this.labels = new LockedLabelTable(new ClientLabelTable(frames,
                versioned == null ? view.labels() : versioned.labels()));
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
        this.assignments = new AssignmentFetch(team, frames.clipCount(), events, threads);
    }

    /**
     * The frames the annotator walks: the assigned clips unless they asked for all or none are
     * assigned; made again only when the assignments or the choice changed.
     */
    ClipWalk walk() {
        AssignedClips now = assignments.latest();
        if (walk == null || now != walkFor || showAllClips != walkShowsAll) {
            walk = showAllClips || now.clips().isEmpty() ? ClipWalk.all(frames) : ClipWalk.of(frames, now.clips());
            walkFor = now;
            walkShowsAll = showAllClips;
        }
        return walk;
    }

    /** Single selection decides an image with one key, so the session moves on by itself. */
    boolean perCameraFlow() {
        return rule.advancesAfterChoice(1);
    }

    /** True the first time only: the session is closed from now on. */
    boolean close() {
        if (closed) {
            return false;
        }
        closed = true;
        return true;
    }

    void checkOpen() {
        if (closed) {
            throw new IllegalStateException("the labelling session is closed");
        }
    }

    void checkTag(int tag) {
        if (tag < 0 || tag >= tags.size()) {
            throw new IllegalArgumentException("tag number " + tag + " is outside 0.." + (tags.size() - 1));
        }
    }

    void checkValues(List<TagValue> values) {
        Objects.requireNonNull(values, "values");
        if (values.size() != tags.size()) {
            throw new IllegalArgumentException(values.size() + " tag values given but the dataset has "
                    + tags.size() + " tags (" + String.join(", ", tags.aliases()) + ")");
        }
    }

    void checkFrames(int fromFrame, int toFrame) {
        if (fromFrame < 0 || toFrame < fromFrame || toFrame >= frames.size()) {
            throw new IllegalArgumentException("frames " + fromFrame + ".." + toFrame
                    + " are not a range within 0.." + (frames.size() - 1));
        }
    }
}
