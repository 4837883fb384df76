package dev.fitt.domain.labelling;

import dev.fitt.domain.TagValue;
import java.util.List;

/**
 * Any number of tags per image: choosing a tag toggles it (unset or false becomes true, true
 * becomes false) and leaves the other choices alone. The client never moves on by itself, since
 * the annotator may want to add another tag.
 */
public record MultipleSelection() implements SelectionRule {
    @Override
    public boolean turnsOn(List<TagValue> current, int tag) {
        return current.get(tag) != TagValue.TRUE;
    }

    @Override
    public List<TagValue> set(List<TagValue> current, int tag, boolean on) {
        return SelectionRule.withTag(current, tag, on);
    }

    @Override
    public boolean advancesAfterChoice(int cameras) {
        return false;
    }
}
