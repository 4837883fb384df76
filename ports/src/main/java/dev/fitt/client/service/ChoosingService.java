package dev.fitt.client.service;

import dev.fitt.domain.Frame;
import dev.fitt.domain.TagChange;
import dev.fitt.domain.TagValue;
import dev.fitt.domain.labelling.SelectionRule;
import dev.fitt.domain.labelling.TagRuns;
import dev.fitt.client.port.in.ChooseTagsUseCase;
import java.util.List;

/**
 * The annotator's choices on the current frame, by the selection rule; in single selection the
 * session then moves on by itself (the per-camera flow).
 */
final class ChoosingService implements ChooseTagsUseCase {
    private final SessionState state;
    private final LocalEdits edits;
    private final NavigationService navigation;

    ChoosingService(SessionState state, LocalEdits edits, NavigationService navigation) {
        this.state = state;
        this.edits = edits;
        this.navigation = navigation;
    }

    @Override
    public void chooseTag(int tag) {
        state.checkTag(tag);
        int index = state.cursor.activeIndex();
        List<TagValue> values = state.labels.withTable(table -> table.values(index));
        edits.edit(List.of(TagChange.ofRow(index, state.rule.choose(values, tag))));
        nextImage();
    }

    /** In single selection the whole frame is then decided, so the session moves on. */
    @Override
    public void chooseTagForFrame(int tag) {
        state.checkTag(tag);
        Frame frame = state.cursor.frame();
        int active = state.cursor.activeIndex();
        edits.edit(state.labels.withTable(table -> {
            boolean on = state.rule.turnsOn(table.values(active), tag);
            TagRuns runs = new TagRuns();
            for (int index = frame.first(); index <= frame.last(); index++) {
                runs.add(index, state.rule.set(table.values(index), tag, on));
            }
            return runs.build();
        }));
        if (state.rule.advancesAfterChoice(1)) {
            navigation.nextFrame();
        }
    }

    @Override
    public void markImageNone() {
        edits.edit(List.of(TagChange.ofRow(state.cursor.activeIndex(), SelectionRule.none(state.tags.size()))));
        nextImage();
    }

    @Override
    public void markFrameNone() {
        Frame frame = state.cursor.frame();
        edits.edit(List.of(new TagChange(frame.first(), frame.last(), SelectionRule.none(state.tags.size()))));
        navigation.nextFrame();
    }

    /**
     * After a single-selection choice on camera k the next camera is active; after the last, the
     * next frame (on its first camera). So a frame of n cameras takes n keys, none of them Tab.
     */
    private void nextImage() {
        if (!state.perCameraFlow()) {
            return;
        }
        if (state.cursor.camera() < state.cursor.frame().cameras() - 1) {
            navigation.nextCamera();
        } else {
            navigation.nextFrame();
        }
    }
}
