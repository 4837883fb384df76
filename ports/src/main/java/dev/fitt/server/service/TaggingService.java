package dev.fitt.server.service;

import dev.fitt.domain.AppliedChange;
import dev.fitt.domain.ChangeKind;
import dev.fitt.domain.Editor;
import dev.fitt.domain.TagChange;
import dev.fitt.ports.ChangeConflictException;
import dev.fitt.ports.ChangeRejectedException;
import dev.fitt.server.port.in.ReviewFramesUseCase;
import dev.fitt.server.port.in.TagAsAnnotatorUseCase;
import dev.fitt.server.port.in.TagFramesAsUseCase;
import dev.fitt.server.port.in.TagFramesUseCase;
import dev.fitt.server.port.in.TagIfCurrentUseCase;
import dev.fitt.server.port.in.WatchChangesUseCase;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * The one place every edit goes through, so concurrent edits from many connections never
 * interleave within a row. Every change is durable before {@link #tag} returns (in the journal on
 * disk, or committed to the store several servers share, as the core's {@link CoreJournal} chose):
 * an acknowledged change survives a crash.
 */
public final class TaggingService implements TagFramesUseCase, TagFramesAsUseCase, TagIfCurrentUseCase,
        TagAsAnnotatorUseCase, ReviewFramesUseCase, WatchChangesUseCase {
    /** Origin of changes made through protocol v1 and other anonymous callers. */
    public static final String ANONYMOUS = "anonymous";
    /** Origin of changes another server committed to a shared store. */
    public static final String OTHER_SERVER = "another server";

    private final ServerState state;
    /** How a change is made durable and applied: chosen where the core was wired. */
    private final ChangePath path;
    private final ChangeWatchers watchers;

    TaggingService(ServerState state, ChangePath path, ChangeWatchers watchers) {
        this.state = Objects.requireNonNull(state, "state");
        this.path = Objects.requireNonNull(path, "path");
        this.watchers = Objects.requireNonNull(watchers, "watchers");
    }

    @Override
    public void tag(TagChange change) throws ChangeRejectedException {
        tag(change, ANONYMOUS);
    }

    /** Last writer wins (protocol v1); returns the change's version. */
    @Override
    public long tag(TagChange change, String origin) throws ChangeRejectedException {
        return tag(change, Editor.anonymous(origin));
    }

    @Override
    public long tag(TagChange change, Editor editor) throws ChangeRejectedException {
        rejectIfInvalid(change);
        return path.tag(change, editor);
    }

    @Override
    public long tagIfCurrent(TagChange change, long basis, String origin)
            throws ChangeRejectedException, ChangeConflictException {
        return tagIfCurrent(change, basis, Editor.anonymous(origin));
    }

    @Override
    public long tagIfCurrent(TagChange change, long basis, Editor editor)
            throws ChangeRejectedException, ChangeConflictException {
        rejectIfInvalid(change);
        return path.tagIfCurrent(change, basis, editor, ChangeKind.LABEL);
    }

    @Override
    public long correct(TagChange change, long basis, Editor reviewer)
            throws ChangeRejectedException, ChangeConflictException {
        rejectIfInvalid(change);
        return path.tagIfCurrent(change, basis, reviewer, ChangeKind.CORRECTION);
    }

    @Override
    public long accept(int first, int last, long basis, Editor reviewer)
            throws ChangeRejectedException, ChangeConflictException {
        if (first < 0 || last < first || last >= state.dataset.size()) {
            throw new ChangeRejectedException("rows " + first + ".." + last + " are outside 0.."
                    + (state.dataset.size() - 1));
        }
        return path.accept(first, last, basis, reviewer);
    }

    private void rejectIfInvalid(TagChange change) throws ChangeRejectedException {
        String problem = state.validate(change);
        if (problem != null) {
            throw new ChangeRejectedException(problem);
        }
    }

    @Override
    public AutoCloseable watch(Consumer<AppliedChange> listener) {
        return watchers.add(listener);
    }
}
