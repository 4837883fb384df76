package dev.fitt.adapters.swing;

import dev.fitt.domain.TagSet;
import dev.fitt.domain.labelling.ReviewFilter;
import java.awt.BorderLayout;
import java.awt.FlowLayout;
import java.awt.GridBagConstraints;
import java.awt.GridBagLayout;
import java.awt.Insets;
import java.awt.Window;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.swing.BorderFactory;
import javax.swing.JButton;
import javax.swing.JCheckBox;
import javax.swing.JComboBox;
import javax.swing.JDialog;
import javax.swing.JLabel;
import javax.swing.JPanel;

/**
 * "Review filter" (Ctrl+R): which of the frames others labelled a reviewer steps through, by
 * annotator, by a tag chosen on some camera, and only those not yet reviewed. Enter applies.
 */
final class ReviewFilterDialog {
    static final String TITLE = "Review filter";
    private static final String ANYONE = "anyone but me";
    private static final String ANY_TAG = "any tag";

    final JDialog dialog;
    final JComboBox<String> annotator;
    final JComboBox<String> tag;
    final JCheckBox notYetReviewed = new JCheckBox("Only frames not yet reviewed");
    final JButton apply = new JButton("Apply");
    private ReviewFilter result;

    ReviewFilterDialog(Window owner, TagSet tags, List<String> annotators, ReviewFilter current) {
        dialog = new JDialog(owner, TITLE, JDialog.ModalityType.APPLICATION_MODAL);
        List<String> names = new ArrayList<>(List.of(ANYONE));
        names.addAll(annotators);
        if (!current.annotator().isEmpty() && !names.contains(current.annotator())) {
            names.add(current.annotator());
        }
        annotator = new JComboBox<>(names.toArray(String[]::new));
        annotator.setSelectedItem(current.annotator().isEmpty() ? ANYONE : current.annotator());
        List<String> tagNames = new ArrayList<>(List.of(ANY_TAG));
        for (int t = 0; t < tags.size(); t++) {
            tagNames.add((t + 1) + "  " + tags.get(t).alias());
        }
        tag = new JComboBox<>(tagNames.toArray(String[]::new));
        tag.setSelectedIndex(current.tag() + 1);
        notYetReviewed.setSelected(current.notYetReviewed());
        annotator.setName("reviewAnnotator");
        tag.setName("reviewTag");
        notYetReviewed.setName("reviewNotYetReviewed");
        apply.setName("reviewApply");

        JPanel form = new JPanel(new GridBagLayout());
        GridBagConstraints c = new GridBagConstraints();
        c.insets = new Insets(4, 4, 4, 4);
        c.anchor = GridBagConstraints.WEST;
        c.gridy = 0;
        form.add(new JLabel("Labelled by"), c);
        form.add(annotator, c);
        c.gridy = 1;
        form.add(new JLabel("With the tag"), c);
        form.add(tag, c);
        c.gridy = 2;
        c.gridx = 1;
        form.add(notYetReviewed, c);

        JButton cancel = new JButton("Cancel");
        apply.addActionListener(e -> accept());
        cancel.addActionListener(e -> dialog.dispose());
        JPanel buttons = new JPanel(new FlowLayout(FlowLayout.RIGHT));
        buttons.add(cancel);
        buttons.add(apply);
        JLabel note = new JLabel("Frames you labelled yourself are never shown for review.");
        note.putClientProperty("FlatLaf.styleClass", "small");
        JPanel content = new JPanel(new BorderLayout(8, 8));
        content.setBorder(BorderFactory.createEmptyBorder(12, 12, 8, 12));
        content.add(form, BorderLayout.CENTER);
        JPanel bottom = new JPanel(new BorderLayout());
        bottom.add(note, BorderLayout.NORTH);
        bottom.add(buttons, BorderLayout.SOUTH);
        content.add(bottom, BorderLayout.SOUTH);
        DialogFinish.finish(dialog, owner, content, apply);
    }

    private void accept() {
        String name = (String) annotator.getSelectedItem();
        result = new ReviewFilter(name == null || name.equals(ANYONE) ? "" : name, tag.getSelectedIndex() - 1,
                notYetReviewed.isSelected());
        dialog.dispose();
    }

    /** Blocks (modal) until applied or cancelled; empty when cancelled. */
    Optional<ReviewFilter> ask() {
        dialog.setVisible(true);
        return Optional.ofNullable(result);
    }
}
