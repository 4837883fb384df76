package dev.fitt.adapters.swing;

import dev.fitt.domain.labelling.Progress;
import dev.fitt.client.port.in.ConnectionState;
import java.awt.BorderLayout;
import java.awt.Dimension;
import java.awt.Font;
import java.util.Locale;
import javax.swing.BorderFactory;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JSeparator;
import javax.swing.SwingConstants;

/**
 * Always visible at the bottom: progress of dataset and clip, connection, unsent edits. Its parts
 * wrap onto more lines in a narrow window instead of being cut off.
 */
final class StatusBar extends JPanel {
    private final JLabel annotator = new JLabel();
    private final JSeparator afterAnnotator = separator();
    /** Review mode: the filter and how many frames match, or the loading progress. */
    private final JLabel review = new JLabel();
    private final JSeparator afterReview = separator();
    private final JLabel dataset = new JLabel();
    private final JLabel clip = new JLabel();
    private final JLabel connection = new JLabel();
    private final JLabel pending = new JLabel();
    private final JLabel message = new JLabel();
    /** The dataset being labelled, for a server with several; null: the server's only one. */
    private String datasetName;
    private final JLabel hint = new JLabel("1\u20139,0 tag \u00b7 Tab camera \u00b7 F frame: no tag \u00b7 \u2190 \u2192 frame"
            + " \u00b7 Ctrl+Z undo \u00b7 F1 all keys");

    StatusBar() {
        super(new BorderLayout());
        JPanel left = new JPanel(new WrapLayout(TagChip.scaled(12), TagChip.scaled(5)));
        left.setOpaque(false);
        hint.setEnabled(false);
        add(left, BorderLayout.CENTER);
        connection.setFont(connection.getFont().deriveFont(Font.BOLD));
        annotator.setVisible(false);
        afterAnnotator.setVisible(false);
        left.add(annotator);
        left.add(afterAnnotator);
        review.setFont(review.getFont().deriveFont(Font.BOLD));
        review.setVisible(false);
        afterReview.setVisible(false);
        left.add(review);
        left.add(afterReview);
        left.add(connection);
        left.add(separator());
        left.add(pending);
        left.add(separator());
        left.add(dataset);
        left.add(separator());
        left.add(clip);
        left.add(separator());
        left.add(message);
        left.add(hint);
    }

    /** Re-reads the theme's colours when FlatLaf switches between light and dark. */
    @Override
    public void updateUI() {
        super.updateUI();
        setBorder(BorderFactory.createMatteBorder(1, 0, 0, 0, Palette.current().viewBorder()));
    }

    private static JSeparator separator() {
        JSeparator separator = new JSeparator(SwingConstants.VERTICAL);
        separator.setPreferredSize(new Dimension(1, TagChip.scaled(16)));
        return separator;
    }

    /** Whose changes these are, as the server records them; nothing shown without a name. */
    void annotator(String name) {
        annotator.setText("Annotator: " + name);
        annotator.setToolTipText("Your changes are recorded as " + name + " (client_setting.json, \"annotator\")");
        annotator.setVisible(!name.isEmpty());
        afterAnnotator.setVisible(!name.isEmpty());
    }

    /** The annotator's name as shown, for tests. */
    String annotatorText() {
        return annotator.isVisible() ? annotator.getText() : "";
    }

    /** Review mode's line ("Review: by Ana · 12 frames to review"); empty: not reviewing, hidden. */
    void review(String text) {
        if (!text.equals(review.getText())) {
            review.setText(text);
            review.setToolTipText(text.isEmpty() ? null : "Ctrl+R: filter · A: accept and on · U: next to"
                    + " review · editing tags corrects the frame");
        }
        review.setVisible(!text.isEmpty());
        afterReview.setVisible(!text.isEmpty());
    }

    /** The review line as shown, for tests. */
    String reviewText() {
        return review.isVisible() ? review.getText() : "";
    }

    void datasetName(String name) {
        datasetName = name;
    }

    void progress(Progress ofDataset, Progress ofClip) {
        progress(ofDataset, ofClip, 0);
    }

    /** {@code myClips} more than 0: the first count is of the annotator's assigned clips (that many), not the dataset's. */
    void progress(Progress counted, Progress ofClip, int myClips) {
        String name = myClips > 0 ? "Your " + myClips + (myClips == 1 ? " clip: " : " clips: ")
                : datasetName == null ? "Dataset: " : "Dataset " + datasetName + ": ";
        dataset.setText(name + String.format(Locale.ROOT, "%,d / %,d", counted.labelled(), counted.total())
                + " frames labelled" + percent(counted));
        clip.setText("Clip: " + ofClip.labelled() + " / " + ofClip.total() + percent(ofClip));
    }

    private static String percent(Progress p) {
        return p.total() == 0 ? "" : " (" + (int) Math.floor(100.0 * p.labelled() / p.total()) + "%)";
    }

    void connection(ConnectionState state) {
        Palette palette = Palette.current();
        switch (state) {
            case CONNECTED -> {
                connection.setText("\u25cf Connected");
                connection.setForeground(palette.connected());
            }
            case DISCONNECTED -> {
                connection.setText("\u25cf Disconnected");
                connection.setForeground(palette.error());
            }
            default -> {
                connection.setText("\u25cb Closed");
                connection.setForeground(palette.unsetText());
            }
        }
    }

    /** {@code keptLocal}: edits the server could not take (v1 and "unlabelled"); never called sent. */
    void pending(int edits, int keptLocal) {
        String waiting = edits == 0 ? (keptLocal == 0 ? "All edits sent" : "Other edits sent")
                : edits + (edits == 1 ? " edit" : " edits") + " not yet sent";
        pending.setText(keptLocal == 0 ? waiting
                : waiting + " \u00b7 " + keptLocal + (keptLocal == 1 ? " undo" : " undos") + " on this computer only");
    }

    /** A short note on the last thing that happened (saved, undone, ...). */
    void message(String text) {
        message.setText(text);
    }

    /** The progress count as shown, for tests. */
    String progressText() {
        return dataset.getText();
    }

    /** The last note, for tests. */
    String messageText() {
        return message.getText();
    }
}
