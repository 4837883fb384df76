package dev.fitt.ports.in.client;

import dev.fitt.domain.Clip;
import dev.fitt.domain.TagSet;
import dev.fitt.domain.TagValue;
import dev.fitt.domain.labelling.Progress;
import java.util.List;

/** What the UI renders; every read is cheap enough for each repaint. */
public interface LabellingStateQuery {
    TagSet tags();

    /** The tag values of camera {@code camera} of the current frame, in tag order. */
    List<TagValue> imageValues(int camera);

    /** The tag values of any image by display index. */
    List<TagValue> valuesAt(int displayIndex);

    /**
     * The name of camera {@code camera} of the current frame as the server gave it (its modality),
     * or "Camera N" (1-based) when the server names no cameras or this clip's is empty.
     */
    String cameraName(int camera);

    Clip currentClip();

    /** Labelled frames of the whole dataset. */
    Progress datasetProgress();

    /** Labelled frames of the current clip. */
    Progress clipProgress();

    boolean isFrameLabelled(int frameNumber);

    /** Edits and saves not yet confirmed by the server. */
    int pendingEdits();

    ConnectionState connectionState();
}
