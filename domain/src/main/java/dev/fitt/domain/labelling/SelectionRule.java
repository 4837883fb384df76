package dev.fitt.domain.labelling;

import dev.fitt.domain.TagValue;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * What choosing a tag does to an image's tag values (client setting {@code multiple_selection}).
 *
 * <p>Both rules give every tag a value once an image gets its first choice: tags not chosen
 * become false, so {@link TagValue#UNSET} only ever means "never touched by an annotator".
 */
public sealed interface SelectionRule permits SingleSelection, MultipleSelection {

    static SelectionRule of(boolean multipleSelection) {
        return multipleSelection ? new MultipleSelection() : new SingleSelection();
    }

    /** Every tag false: "none of these tags" for an image. */
    static List<TagValue> none(int tagCount) {
        if (tagCount < 1) {
            throw new IllegalArgumentException("an image has at least one tag, got " + tagCount);
        }
        return Collections.nCopies(tagCount, TagValue.FALSE);
    }

    /** Whether choosing {@code tag} on an image holding {@code current} turns it on (true) or off. */
    boolean turnsOn(List<TagValue> current, int tag);

    /** The values an image holding {@code current} gets when {@code tag} is set to {@code on}. */
    List<TagValue> set(List<TagValue> current, int tag, boolean on);

    /** Whether the client moves to the next frame after a choice in a frame of that many cameras. */
    boolean advancesAfterChoice(int cameras);

    /** Choosing {@code tag} on one image. */
    default List<TagValue> choose(List<TagValue> current, int tag) {
        return set(current, tag, turnsOn(current, tag));
    }

    /** {@code current} with every unset tag made false and {@code tag} set to {@code on}. */
    static List<TagValue> withTag(List<TagValue> current, int tag, boolean on) {
        if (tag < 0 || tag >= current.size()) {
            throw new IndexOutOfBoundsException("tag " + tag + " of " + current.size());
        }
        List<TagValue> out = new ArrayList<>(current.size());
        for (TagValue value : current) {
            out.add(value.isSet() ? value : TagValue.FALSE);
        }
        out.set(tag, TagValue.of(on));
        return List.copyOf(out);
    }
}
