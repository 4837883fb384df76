package dev.fitt.adapters.swing;

import dev.fitt.domain.TagSet;
import dev.fitt.domain.TagValue;
import java.awt.GridLayout;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntConsumer;
import javax.swing.JPanel;

/**
 * The chips under a camera's picture: one per tag plus "none", in as many even columns as the
 * view's width allows (at least two), so they take fewer rows from the picture.
 */
final class TagChipGrid extends JPanel {
    private final List<TagChip> chips = new ArrayList<>();
    private final TagChip none;
    private final GridLayout chipLayout;

    /** {@code chooseTag} gets the tag number of a chip pressed, {@code markNone} runs for "none". */
    TagChipGrid(TagSet tags, IntConsumer chooseTag, Runnable markNone) {
        this(tags, chooseTag, markNone, new GridLayout(0, 2, TagChip.scaled(6), TagChip.scaled(6)));
    }

    private TagChipGrid(TagSet tags, IntConsumer chooseTag, Runnable markNone, GridLayout layout) {
        super(layout);
        this.chipLayout = layout;
        setOpaque(false);
        for (int tag = 0; tag < tags.size(); tag++) {
            TagChip chip = new TagChip(HotkeyTable.tagKeyName(tag), tags.get(tag).alias());
            int t = tag;
            chip.addActionListener(e -> chooseTag.accept(t));
            chips.add(chip);
            add(chip);
        }
        none = new TagChip("N", "none of these");
        none.setToolTipText("This camera shows none of the tags: all False (N)");
        none.addActionListener(e -> markNone.run());
        add(none);
    }

    /** Each chip shows its tag's value; "none" its own state. */
    void show(List<TagValue> values) {
        for (int tag = 0; tag < chips.size(); tag++) {
            chips.get(tag).show(values.get(tag));
        }
        none.show(noneState(values));
    }

    /** Sets the columns for {@code inner} pixels of width. */
    void fitColumns(int inner) {
        int columns = columns(inner);
        if (chipLayout.getColumns() != columns) {
            chipLayout.setColumns(columns);
        }
    }

    /** The grid's height at {@code inner} pixels of width. */
    int heightAt(int inner) {
        int columns = columns(inner);
        int rows = (chips.size() + 1 + columns - 1) / columns;
        return rows * chipHeight() + (rows - 1) * chipLayout.getVgap();
    }


    /**
     * The view widths ({@code chrome} plus the chips) up to {@code widest} at which the chips gain
     * a column, from the narrowest (two columns) on.
     */
    List<Integer> breakpoints(int chrome, int widest) {
        List<Integer> widths = new ArrayList<>();
        for (int columns = 2; columns <= chips.size() + 1; columns++) {
            int width = chrome + columns * chipWidth() + (columns - 1) * chipLayout.getHgap();
            if (width > widest && columns > 2) {
                break;
            }
            widths.add(Math.min(width, widest));
        }
        return widths;
    }

    /** As many chip columns as fit in {@code inner} pixels, at least two. */
    private int columns(int inner) {
        int count = chips.size() + 1;
        int fit = (inner + chipLayout.getHgap()) / (chipWidth() + chipLayout.getHgap());
        int columns = Math.max(2, Math.min(count, fit));
        // Rows as even as the count allows: 7 chips in 4 + 3, not 6 + 1.
        int rows = (count + columns - 1) / columns;
        return (count + rows - 1) / rows;
    }

    private int chipWidth() {
        int width = none.getPreferredSize().width;
        for (TagChip chip : chips) {
            width = Math.max(width, chip.getPreferredSize().width);
        }
        return width;
    }

    private int chipHeight() {
        return none.getPreferredSize().height;
    }

    /** "none" looks chosen when every tag is False, unset while anything is unset. */
    private static TagValue noneState(List<TagValue> values) {
        if (values.stream().anyMatch(v -> !v.isSet())) {
            return TagValue.UNSET;
        }
        return values.stream().allMatch(v -> v == TagValue.FALSE) ? TagValue.TRUE : TagValue.FALSE;
    }
}
