package dev.fitt.ports.in.client;

import dev.fitt.domain.TagValue;
import java.util.List;

/** Gives many frames the same tag values in one undoable edit (one change per clip or range). */
public interface MassLabelUseCase {
    /** Every image of the current frame's clip gets {@code values} (one value per tag). */
    void labelClip(List<TagValue> values);

    /** Every image of frames {@code fromFrame..toFrame} inclusive gets {@code values}. */
    void labelFrames(int fromFrame, int toFrame, List<TagValue> values);
}
