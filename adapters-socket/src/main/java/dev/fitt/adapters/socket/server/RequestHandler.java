package dev.fitt.adapters.socket.server;

import dev.fitt.adapters.socket.ServedUseCases;
import dev.fitt.adapters.socket.protocol.ClipInfoReply;
import dev.fitt.adapters.socket.protocol.ClipInfoRequest;
import dev.fitt.adapters.socket.protocol.Reply;
import dev.fitt.adapters.socket.protocol.Request;
import dev.fitt.adapters.socket.protocol.TeamReply;
import dev.fitt.adapters.socket.protocol.TeamRequest;
import dev.fitt.adapters.socket.protocol.Utf8;
import dev.fitt.adapters.socket.protocol.VersionedReply;
import dev.fitt.adapters.socket.protocol.VersionedRequest;
import dev.fitt.adapters.socket.protocol.Wire;
import dev.fitt.domain.Clip;
import dev.fitt.domain.Editor;
import dev.fitt.domain.LabelStats;
import dev.fitt.domain.TagChange;
import dev.fitt.domain.TagValue;
import dev.fitt.ports.ChangeConflictException;
import dev.fitt.ports.ChangeRejectedException;
import dev.fitt.ports.ImageUnavailableException;
import dev.fitt.ports.SaveFailedException;
import dev.fitt.server.port.out.ImageFile;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Maps a decoded request onto the use cases and their outcome onto a reply. Every failure becomes
 * an honest error reply, so a client is never left waiting. Thread-safe: shared by all connections.
 * Hello, subscribe and identify are a connection's own state: {@link ExtensionSession} answers
 * those; the team requests are {@link TeamHandler}'s.
 */
final class RequestHandler {
    private static final Logger LOG = LoggerFactory.getLogger(RequestHandler.class);
    /** Extension messages have room for more than v1's 254 bytes, but a reason needs no more. */
    private static final int MAX_EXTENSION_MESSAGE_BYTES = 1024;

    private final ServedUseCases useCases;
    private final TeamHandler team;

    /** The reason the last save request was refused, null after one succeeded. */
    private final AtomicReference<String> lastSaveRefusal = new AtomicReference<>();

    RequestHandler(ServedUseCases useCases) {
        this.useCases = Objects.requireNonNull(useCases, "useCases");
        this.team = new TeamHandler(useCases);
    }

    /**
     * {@code editor} names the connection (its origin, so its own changes are not pushed back to
     * it) and the annotator its changes are recorded as.
     */
    Reply handle(Request request, Editor editor) {
        try {
            return answer(request, editor);
        } catch (RuntimeException e) {
            LOG.error("{} request failed unexpectedly", Wire.commandName(request.command()), e);
            return failure(request, "internal server error: " + e);
        }
    }

    private Reply answer(Request request, Editor editor) {
        if (request instanceof Request.Image image) {
            return image(image.index());
        }
        if (request instanceof Request.Change change) {
            return change(change, editor);
        }
        if (request instanceof VersionedRequest.VersionedChange change) {
            return versionedChange(change, editor);
        }
        if (request instanceof TeamRequest team) {
            return this.team.handle(team, editor);
        }
        if (request instanceof VersionedRequest.VersionedLabels labels) {
            return versionedLabels(labels.id());
        }
        if (request instanceof ClipInfoRequest.Stats stats) {
            return stats(stats.id());
        }
        if (request instanceof ClipInfoRequest.CameraNames names) {
            return new ClipInfoReply.CameraNames(names.id(), useCases.cameraNames().cameraNames());
        }
        if (request instanceof ClipInfoRequest.ClipIds ids) {
            return new ClipInfoReply.ClipIds(ids.id(), useCases.clipIds().clipIds());
        }
        if (request instanceof Request.Hello || request instanceof VersionedRequest.Subscribe) {
            throw new IllegalStateException("the connection answers " + request + " itself");
        }
        if (request instanceof Request.TagList) {
            return new Reply.TagList(useCases.tags().tagSet().aliases());
        }
        if (request instanceof Request.Save) {
            return save();
        }
        if (request instanceof Request.ClipList) {
            return clipList();
        }
        return Reply.LabelsFromSnapshot.of(useCases.tags().tagSet().columns(), useCases.labels().labels());
    }

    private Reply image(long index) {
        if (index > Integer.MAX_VALUE) {
            return new Reply.ImageError(index, "image index " + index + " is out of range");
        }
        Optional<ImageFile> file = useCases.images().imageFile((int) index);
        if (file.isPresent()) {
            return new Reply.ImageFile(index, file.get().path(), () -> imageBytes(index));
        }
        return imageBytes(index);
    }

    private Reply imageBytes(long index) {
        try {
            return new Reply.Image(index, useCases.images().image((int) index).bytes());
        } catch (ImageUnavailableException e) {
            return new Reply.ImageError(index, reason(e));
        }
    }

    private Reply change(Request.Change change, Editor editor) {
        try {
            useCases.tagAs().tag(toTagChange(change), editor);
            return new Reply.Done(Wire.CHANGE);
        } catch (ChangeRejectedException e) {
            return Reply.Refused.because(Wire.CHANGE, reason(e));
        }
    }

    private Reply versionedChange(VersionedRequest.VersionedChange change, Editor editor) {
        try {
            long version = useCases.tagAs().tagIfCurrent(
                    toTagChange(change.first(), change.last(), change.values()), change.basis(), editor);
            return new VersionedReply.ChangeOutcome(change.id(), Wire.OK, version, "");
        } catch (ChangeConflictException e) {
            return new VersionedReply.ChangeOutcome(change.id(), Wire.CONFLICT, Math.max(0, e.currentVersion()),
                    extensionReason(e));
        } catch (ChangeRejectedException e) {
            return new VersionedReply.ChangeOutcome(change.id(), Wire.ERROR, 0, extensionReason(e));
        }
    }

    private Reply versionedLabels(long id) {
        return new VersionedReply.VersionedLabelsFromSnapshot(id, useCases.versionedLabels().versionedLabels());
    }

    private Reply stats(long id) {
        LabelStats stats = useCases.stats().stats();
        return new ClipInfoReply.Stats(id, stats.rows(), stats.labelledRows(), longs(stats.trueCounts()),
                longs(stats.labelledRowsPerClip()));
    }

    private static List<Long> longs(List<Integer> counts) {
        return counts.stream().map(Integer::longValue).toList();
    }

    private static TagChange toTagChange(Request.Change change) throws ChangeRejectedException {
        List<TagValue> values = new ArrayList<>(change.values().size());
        for (Boolean value : change.values()) {
            values.add(TagValue.of(value));
        }
        return toTagChange(change.first(), change.last(), values);
    }

    static TagChange toTagChange(long first, long last, List<TagValue> values) throws ChangeRejectedException {
        if (last > Integer.MAX_VALUE) {
            throw new ChangeRejectedException("change of rows " + first + ".." + last
                    + ": field last is beyond any row index");
        }
        try {
            return new TagChange((int) first, (int) last, values);
        } catch (IllegalArgumentException e) {
            throw new ChangeRejectedException("change of rows " + first + ".." + last + ": " + e.getMessage(), e);
        }
    }

    private Reply save() {
        try {
            useCases.save().save();
            lastSaveRefusal.set(null);
            return new Reply.Done(Wire.SAVE);
        } catch (SaveFailedException e) {
            String reason = reason(e);
            // The original client asks after every edit: while saves fail for one reason (the core
            // logs the failure where it happens), each key press would add the same line.
            if (reason.equals(lastSaveRefusal.getAndSet(reason))) {
                LOG.debug("save requested by a client failed again: {}", reason);
            } else {
                LOG.warn("save requested by a client failed: {} (repeats are logged at DEBUG)", reason);
            }
            return Reply.Refused.because(Wire.SAVE, reason);
        }
    }

    private Reply clipList() {
        List<Clip> clips = useCases.clips().clips();
        List<Reply.ClipEntry> entries = new ArrayList<>(clips.size());
        for (Clip clip : clips) {
            entries.add(new Reply.ClipEntry(clip.begin(), clip.end(), clip.cameras()));
        }
        return new Reply.ClipList(entries);
    }

    private static String reason(Exception e) {
        return e.getMessage() != null ? e.getMessage() : e.getClass().getSimpleName();
    }

    static String extensionReason(Exception e) {
        return extensionText(reason(e));
    }

    static String extensionText(String message) {
        return Utf8.truncate(message, MAX_EXTENSION_MESSAGE_BYTES);
    }

    static Reply failure(Request request, String message) {
        if (request instanceof VersionedRequest.VersionedChange change) {
            return new VersionedReply.ChangeOutcome(change.id(), Wire.ERROR, 0, extensionText(message));
        }
        if (request instanceof TeamRequest.Review review) {
            return new TeamReply.ReviewOutcome(review.id(), Wire.ERROR, 0, extensionText(message));
        }
        if (request instanceof Request.Identified identified) {
            return new Reply.ExtensionError(request.command(), identified.id(), extensionText(message));
        }
        if (request instanceof Request.Hello) {
            return new Reply.HelloReply(Wire.ERROR, 0, 0, extensionText(message));
        }
        if (request instanceof Request.Image image) {
            return new Reply.ImageError(image.index(), message);
        }
        if (request instanceof Request.Change || request instanceof Request.Save) {
            return Reply.Refused.because(request.command(), message);
        }
        return Reply.Refused.bare(request.command());
    }
}
