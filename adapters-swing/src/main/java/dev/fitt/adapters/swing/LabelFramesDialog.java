package dev.fitt.adapters.swing;

import dev.fitt.domain.TagSet;
import dev.fitt.domain.TagValue;
import java.awt.BorderLayout;
import java.awt.FlowLayout;
import java.awt.GridLayout;
import java.awt.Window;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.swing.BorderFactory;
import javax.swing.JButton;
import javax.swing.JCheckBox;
import javax.swing.JDialog;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JSpinner;
import javax.swing.SpinnerNumberModel;

/**
 * "Label frames…": one tag vector for a range of frames (numbers as shown, from 1), by default
 * the current clip. Checked tags become True, the others False; only unlabelled frames unless
 * "overwrite" is checked; one undoable edit. One Enter confirms, also from an edited number.
 */
final class LabelFramesDialog {
    /** The range (0-based, inclusive) and the values to give it. */
    record Request(int fromFrame, int toFrame, List<TagValue> values, boolean overwrite) {
    }

    private final JDialog dialog;
    private final JSpinner from;
    private final JSpinner to;
    private final List<JCheckBox> boxes = new ArrayList<>();
    private final JCheckBox overwrite = new JCheckBox("Overwrite frames already labelled (after a preview)");
    private Request result;

    LabelFramesDialog(Window owner, TagSet tags, int frameCount, int firstFrame, int lastFrame,
            List<TagValue> initial) {
        dialog = new JDialog(owner, "Label frames", JDialog.ModalityType.APPLICATION_MODAL);
        from = new JSpinner(new SpinnerNumberModel(firstFrame + 1, 1, frameCount, 1));
        to = new JSpinner(new SpinnerNumberModel(lastFrame + 1, 1, frameCount, 1));
        for (JSpinner spinner : List.of(from, to)) {
            // Enter in an edited number commits it and would need a second Enter for the button.
            ((JSpinner.DefaultEditor) spinner.getEditor()).getTextField().addActionListener(e -> accept());
        }
        JPanel range = new JPanel(new FlowLayout(FlowLayout.LEFT));
        range.add(new JLabel("From frame"));
        range.add(from);
        range.add(new JLabel("to frame"));
        range.add(to);
        range.add(new JLabel("of " + frameCount));
        JPanel tagPanel = new JPanel(new GridLayout(0, 2, 8, 4));
        tagPanel.setBorder(BorderFactory.createTitledBorder("Tags (checked = True, unchecked = False)"));
        for (int t = 0; t < tags.size(); t++) {
            JCheckBox box = new JCheckBox((t + 1) + "  " + tags.get(t).alias(), initial.get(t) == TagValue.TRUE);
            boxes.add(box);
            tagPanel.add(box);
        }
        JButton apply = new JButton("Label frames");
        JButton cancel = new JButton("Cancel");
        apply.addActionListener(e -> accept());
        cancel.addActionListener(e -> dialog.dispose());
        JPanel buttons = new JPanel(new FlowLayout(FlowLayout.RIGHT));
        buttons.add(cancel);
        buttons.add(apply);
        JPanel content = new JPanel(new BorderLayout(8, 8));
        content.setBorder(BorderFactory.createEmptyBorder(12, 12, 8, 12));
        content.add(range, BorderLayout.NORTH);
        content.add(tagPanel, BorderLayout.CENTER);
        JPanel bottom = new JPanel(new BorderLayout());
        bottom.add(overwrite, BorderLayout.NORTH);
        bottom.add(buttons, BorderLayout.SOUTH);
        content.add(bottom, BorderLayout.SOUTH);
        DialogFinish.finish(dialog, owner, content, apply);
    }

    private void accept() {
        int first = (Integer) from.getValue() - 1;
        int last = (Integer) to.getValue() - 1;
        result = new Request(Math.min(first, last), Math.max(first, last),
                boxes.stream().map(b -> TagValue.of(b.isSelected())).toList(), overwrite.isSelected());
        dialog.dispose();
    }

    Optional<Request> ask() {
        dialog.setVisible(true);
        return Optional.ofNullable(result);
    }
}
