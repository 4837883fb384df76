package dev.fitt.client.port.in;

import dev.fitt.domain.TagValue;
import java.util.List;

/** Gives many frames the same tag values in one undoable edit (one change per clip or range). */
public interface MassLabelUseCase {
    /** Every image of the current frame's clip gets {@code values} (one value per tag). */
    void labelClip(List<TagValue> values);

    /** Every image of frames {@code fromFrame..toFrame} inclusive gets {@code values}. */
    void labelFrames(int fromFrame, int toFrame, List<TagValue> values);

    /**
     * The images of cameras {@code firstCamera..lastCamera} (0-based, inclusive; a frame with
     * fewer cameras gives those it has) of frames {@code fromFrame..toFrame} get {@code values},
     * in one undoable edit: what the clip timeline's selection and a digit do.
     */
    void labelCameras(int fromFrame, int toFrame, int firstCamera, int lastCamera, List<TagValue> values);

    /**
     * Only the images of frames {@code fromFrame..toFrame} that are not yet labelled get
     * {@code values}, in one undoable edit; returns how many images that was (0: no edit).
     */
    int fillFrames(int fromFrame, int toFrame, List<TagValue> values);

    /** How many frames of {@code fromFrame..toFrame} hold labels that {@code values} would replace. */
    int framesOverwritten(int fromFrame, int toFrame, List<TagValue> values);
}
