package dev.fitt.adapters.socket;

import dev.fitt.domain.Clip;
import dev.fitt.domain.TagChange;
import dev.fitt.domain.TagValue;
import dev.fitt.ports.ChangeRejectedException;
import dev.fitt.ports.ImageUnavailableException;
import dev.fitt.ports.SaveFailedException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Maps a decoded request onto the use cases and their outcome onto a reply. Every failure becomes
 * an honest error reply, so a client is never left waiting. Thread-safe: shared by all connections.
 */
final class RequestHandler {
    private static final Logger LOG = LoggerFactory.getLogger(RequestHandler.class);

    private final ServedUseCases useCases;

    RequestHandler(ServedUseCases useCases) {
        this.useCases = Objects.requireNonNull(useCases, "useCases");
    }

    Reply handle(Request request) {
        try {
            return answer(request);
        } catch (RuntimeException e) {
            LOG.error("{} request failed unexpectedly", Wire.commandName(request.command()), e);
            return failure(request, "internal server error: " + e);
        }
    }

    private Reply answer(Request request) {
        if (request instanceof Request.Image image) {
            return image(image.index());
        }
        if (request instanceof Request.Change change) {
            return change(change);
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
        return new Reply.Labels(LabelsCsvWriter.write(useCases.tags().tagSet().columns(), useCases.labels().labels()));
    }

    private Reply image(long index) {
        if (index > Integer.MAX_VALUE) {
            return new Reply.ImageError(index, "image index " + index + " is out of range");
        }
        try {
            return new Reply.Image(index, useCases.images().image((int) index).bytes());
        } catch (ImageUnavailableException e) {
            return new Reply.ImageError(index, reason(e));
        }
    }

    private Reply change(Request.Change change) {
        try {
            useCases.tagFrames().tag(toTagChange(change));
            return new Reply.Done(Wire.CHANGE);
        } catch (ChangeRejectedException e) {
            return Reply.Refused.because(Wire.CHANGE, reason(e));
        }
    }

    private static TagChange toTagChange(Request.Change change) throws ChangeRejectedException {
        if (change.last() > Integer.MAX_VALUE) {
            throw new ChangeRejectedException("change of rows " + change.first() + ".." + change.last()
                    + ": field last is beyond any row index");
        }
        List<TagValue> values = new ArrayList<>(change.values().size());
        for (Boolean value : change.values()) {
            values.add(TagValue.of(value));
        }
        try {
            return new TagChange((int) change.first(), (int) change.last(), values);
        } catch (IllegalArgumentException e) {
            throw new ChangeRejectedException("change of rows " + change.first() + ".." + change.last() + ": "
                    + e.getMessage(), e);
        }
    }

    private Reply save() {
        try {
            useCases.save().save();
            return new Reply.Done(Wire.SAVE);
        } catch (SaveFailedException e) {
            LOG.warn("save requested by a client failed: {}", reason(e));
            return Reply.Refused.because(Wire.SAVE, reason(e));
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

    private static Reply failure(Request request, String message) {
        if (request instanceof Request.Image image) {
            return new Reply.ImageError(image.index(), message);
        }
        if (request instanceof Request.Change || request instanceof Request.Save) {
            return Reply.Refused.because(request.command(), message);
        }
        return Reply.Refused.bare(request.command());
    }
}
