package dev.fitt.client.port.in;

import dev.fitt.domain.Clip;
import dev.fitt.domain.LabelsSnapshot;
import dev.fitt.domain.TagSet;
import dev.fitt.domain.TagValue;
import dev.fitt.domain.labelling.Progress;
import java.util.List;
import java.util.Optional;

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

    /** The current frame's clip: its position (from 0) in the dataset's clips. */
    int clipNumber();

    int clipCount();

    /**
     * The {@code clip_id} of clip {@code clipNumber} as the server told it, or empty when the server
     * does not say (a v1 server) or the id is blank.
     */
    Optional<String> clipId(int clipNumber);

    /** The frame number (from 0) of the first frame of clip {@code clipNumber}. */
    int firstFrameOfClip(int clipNumber);

    /** The frame number (from 0) holding image {@code displayIndex}. */
    int frameOfImage(int displayIndex);

    /** Where image {@code displayIndex} is, in the window's words: "camera name, frame N" (N from 1). */
    String imagePlace(int displayIndex);

    /**
     * The values the server holds for image {@code displayIndex}, as far as this client has heard
     * (with a v1 server, which tells nothing, the local ones): what someone else chose there.
     */
    List<TagValue> serverValuesAt(int displayIndex);

    /**
     * Who chose {@link #serverValuesAt} for image {@code displayIndex}, when the server named them
     * in its live changes; empty when unknown.
     */
    String serverAuthorAt(int displayIndex);

    Clip currentClip();

    /** Labelled frames of the whole dataset. */
    Progress datasetProgress();

    /** Labelled frames of the current clip. */
    Progress clipProgress();

    boolean isFrameLabelled(int frameNumber);

    /** Edits and saves not yet confirmed by the server. */
    int pendingEdits();

    ConnectionState connectionState();

    /** A copy of the session's labels in display order (to compare with the server's). */
    LabelsSnapshot labels();
}
