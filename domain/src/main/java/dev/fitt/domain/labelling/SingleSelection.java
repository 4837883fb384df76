package dev.fitt.domain.labelling;

import dev.fitt.domain.TagValue;
import java.util.List;

/**
 * One tag per image: choosing a tag makes it the only true one. With one camera per frame the
 * annotator has nothing left to decide, so the client moves on (as the original client does).
 */
public record SingleSelection() implements SelectionRule {
    @Override
    public boolean turnsOn(List<TagValue> current, int tag) {
        return true;
    }

    @Override
    public List<TagValue> set(List<TagValue> current, int tag, boolean on) {
        return SelectionRule.withTag(SelectionRule.none(current.size()), tag, on);
    }

    @Override
    public boolean advancesAfterChoice(int cameras) {
        return cameras == 1;
    }
}
