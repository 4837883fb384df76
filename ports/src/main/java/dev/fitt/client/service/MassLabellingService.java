package dev.fitt.client.service;

import dev.fitt.domain.Clip;
import dev.fitt.domain.Frame;
import dev.fitt.domain.TagChange;
import dev.fitt.domain.TagValue;
import dev.fitt.domain.labelling.TagRuns;
import dev.fitt.client.port.in.MassLabelUseCase;
import java.util.List;

/** Many frames given the same tag values in one undoable edit: a clip, a range, a timeline selection. */
final class MassLabellingService implements MassLabelUseCase {
    private final SessionState state;
    private final LocalEdits edits;

    MassLabellingService(SessionState state, LocalEdits edits) {
        this.state = state;
        this.edits = edits;
    }

    @Override
    public void labelClip(List<TagValue> values) {
        state.checkValues(values);
        Clip clip = state.frames.clip(state.cursor.clipNumber());
        edits.edit(List.of(new TagChange(clip.begin(), clip.end() - 1, values)));
    }

    @Override
    public void labelFrames(int fromFrame, int toFrame, List<TagValue> values) {
        state.checkValues(values);
        state.checkFrames(fromFrame, toFrame);
        // Frames are contiguous in display order, so any frame range is one row range.
        edits.edit(List.of(new TagChange(state.frames.frame(fromFrame).first(), state.frames.frame(toFrame).last(),
                values)));
    }

    @Override
    public void labelCameras(int fromFrame, int toFrame, int firstCamera, int lastCamera, List<TagValue> values) {
        state.checkValues(values);
        state.checkFrames(fromFrame, toFrame);
        if (firstCamera < 0 || lastCamera < firstCamera) {
            throw new IllegalArgumentException("cameras " + firstCamera + ".." + lastCamera + " are not a range");
        }
        TagRuns runs = new TagRuns();
        for (int number = fromFrame; number <= toFrame; number++) {
            Frame frame = state.frames.frame(number);
            for (int camera = firstCamera; camera <= Math.min(lastCamera, frame.cameras() - 1); camera++) {
                runs.add(frame.index(camera), values);
            }
        }
        List<TagChange> changes = runs.build();
        if (!changes.isEmpty()) {
            edits.edit(changes);
        }
    }

    @Override
    public int fillFrames(int fromFrame, int toFrame, List<TagValue> values) {
        state.checkValues(values);
        state.checkFrames(fromFrame, toFrame);
        List<TagChange> fills = state.labels.withTable(table -> {
            TagRuns runs = new TagRuns();
            int last = state.frames.frame(toFrame).last();
            for (int index = state.frames.frame(fromFrame).first(); index <= last; index++) {
                if (!table.isImageLabelled(index)) {
                    runs.add(index, values);
                }
            }
            return runs.build();
        });
        if (fills.isEmpty()) {
            return 0;
        }
        edits.edit(fills);
        return fills.stream().mapToInt(TagChange::rowCount).sum();
    }

    @Override
    public int framesOverwritten(int fromFrame, int toFrame, List<TagValue> values) {
        state.checkValues(values);
        state.checkFrames(fromFrame, toFrame);
        return state.labels.withTable(table -> {
            int count = 0;
            for (int number = fromFrame; number <= toFrame; number++) {
                Frame frame = state.frames.frame(number);
                for (int index = frame.first(); index <= frame.last(); index++) {
                    if (table.isImageLabelled(index) && !table.values(index).equals(values)) {
                        count++;
                        break;
                    }
                }
            }
            return count;
        });
    }
}
