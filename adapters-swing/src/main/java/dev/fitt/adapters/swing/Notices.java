package dev.fitt.adapters.swing;

import dev.fitt.domain.TagChange;
import java.awt.BorderLayout;
import java.awt.Color;
import java.awt.Font;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;
import javax.swing.BorderFactory;
import javax.swing.BoxLayout;
import javax.swing.JButton;
import javax.swing.JComponent;
import javax.swing.JLabel;
import javax.swing.JPanel;

/**
 * The strip above the views for things the annotator must not miss: the "connection lost"
 * banner, edits the server refused as conflicts (with Re-apply / Drop), rejected edits and
 * failed saves, and the one-line question before a mass edit overwrites labels (Enter / Esc).
 * Each notice except the banner stays until dismissed. Everything wraps, so no button is cut off
 * in a narrow window, and conflicts are also decided by keys (oldest first).
 */
final class Notices extends JPanel {
    private final JPanel banner = new JPanel(new WrapLayout(TagChip.scaled(10), TagChip.scaled(6)));
    private final JLabel bannerText = new JLabel();
    private final List<Conflict> conflicts = new ArrayList<>();
    /** Notices a click or Esc closes, oldest first. */
    private final List<Closable> closables = new ArrayList<>();
    private JPanel question;
    private Runnable onYes;

    private record Conflict(TagChange change, JPanel notice, JLabel text, JButton reapply, JButton drop) {
    }

    /** {@code frame}: the frame it is about (it closes when another is shown), or -1. */
    private record Closable(JPanel notice, int frame) {
    }

    Notices() {
        setLayout(new BoxLayout(this, BoxLayout.Y_AXIS));
        setOpaque(false);
        bannerText.setFont(bannerText.getFont().deriveFont(Font.BOLD));
        banner.add(bannerText);
        banner.setVisible(false);
        // Every strip left-aligned: BoxLayout offsets strips of mixed alignments against each other.
        banner.setAlignmentX(LEFT_ALIGNMENT);
        add(banner);
    }

    void disconnected(int queued) {
        Palette palette = Palette.current();
        banner.setBackground(palette.dangerBanner());
        bannerText.setForeground(Color.WHITE);
        bannerText.setText("\u26a0 Connection lost \u2014 retrying\u2026 " + queued + (queued == 1 ? " edit" : " edits")
                + " queued, nothing is lost");
        if (!banner.isVisible()) {
            banner.setVisible(true);
            revalidate();
        }
    }

    void connected() {
        if (banner.isVisible()) {
            banner.setVisible(false);
            revalidate();
        }
    }

    /**
     * An edit the server did not apply because someone else changed those rows first;
     * {@code description} says it in plain words. It stays until decided, whatever frame is shown.
     */
    void conflict(TagChange change, String description, Consumer<TagChange> reapply, Consumer<TagChange> drop) {
        JPanel notice = notice("Conflict \u2014 " + description);
        if (reapply != null) {
            Conflict conflict = new Conflict(change, notice, (JLabel) notice.getComponent(0),
                    button("Re-apply (Ctrl+Enter)", () -> reapply.accept(change), notice),
                    button("Drop (Ctrl+Backspace)", () -> drop.accept(change), notice));
            notice.add(conflict.reapply());
            notice.add(conflict.drop());
            conflicts.add(conflict);
        } else {
            notice.add(button("Dismiss", () -> { }, notice));
        }
        show(notice);
    }

    /** Says each open conflict anew, e.g. once what someone else chose there is known. */
    void describeConflicts(Function<TagChange, String> describe) {
        for (Conflict conflict : conflicts) {
            conflict.text().setText("\u26a0 Conflict \u2014 " + describe.apply(conflict.change()));
        }
    }

    /** Closes the notices about frames other than {@code frame}. */
    void frameShown(int frame) {
        for (Closable closable : List.copyOf(closables)) {
            if (closable.frame() >= 0 && closable.frame() != frame) {
                close(closable.notice());
            }
        }
    }

    /** Closes the newest notice that needs no decision (Esc); false when there is none. */
    boolean closeNewest() {
        if (closables.isEmpty()) {
            return false;
        }
        close(closables.get(closables.size() - 1).notice());
        return true;
    }

    private void close(JPanel notice) {
        closables.removeIf(c -> c.notice() == notice);
        remove(notice);
        revalidate();
        repaint();
    }

    /** Re-applies the oldest conflict still shown; false when there is none. */
    boolean reapplyOldest() {
        return oldest(true);
    }

    /** Drops the oldest conflict still shown; false when there is none. */
    boolean dropOldest() {
        return oldest(false);
    }

    private boolean oldest(boolean reapply) {
        conflicts.removeIf(c -> c.notice().getParent() != this);
        if (conflicts.isEmpty()) {
            return false;
        }
        Conflict conflict = conflicts.remove(0);
        (reapply ? conflict.reapply() : conflict.drop()).doClick(0);
        return true;
    }

    /** A one-line question; Enter ({@link #answer(boolean)} true) runs {@code yes}, Esc forgets it. */
    void ask(String text, Runnable yes) {
        answer(false);
        question = notice(text + " \u2014 Enter / Esc");
        onYes = yes;
        question.add(button("Overwrite (Enter)", () -> answer(true), question));
        question.add(button("Cancel (Esc)", () -> answer(false), question));
        show(question);
    }

    /** Answers the open question; false when none is open. */
    boolean answer(boolean yes) {
        if (question == null) {
            return false;
        }
        Runnable action = onYes;
        remove(question);
        question = null;
        onYes = null;
        revalidate();
        repaint();
        if (yes) {
            action.run();
        }
        return true;
    }

    /** {@code frame}: the frame the edit was on, or -1. */
    void rejected(TagChange change, String message, int frame) {
        closable(notice("Server rejected the edit of " + rows(change) + ": " + message
                + " \u2014 the labels there are back to the server's"), frame);
    }

    void rejected(TagChange change, String message) {
        rejected(change, message, -1);
    }

    /** {@code frame}: the frame the problem is about (the notice closes when another is shown), or -1. */
    void problem(String message, int frame) {
        closable(notice(message), frame);
    }

    void problem(String message) {
        problem(message, -1);
    }

    private void closable(JPanel notice, int frame) {
        notice.add(button("Dismiss (Esc)", () -> { }, notice));
        closables.add(new Closable(notice, frame));
        show(notice);
    }

    static String rows(TagChange change) {
        return change.first() == change.last() ? "image #" + (change.first() + 1)
                : "images #" + (change.first() + 1) + "\u2013#" + (change.last() + 1);
    }

    private JPanel notice(String text) {
        Palette palette = Palette.current();
        JPanel panel = new JPanel(new WrapLayout(TagChip.scaled(10), TagChip.scaled(4)));
        panel.setBackground(palette.warningBanner());
        panel.setBorder(BorderFactory.createMatteBorder(0, 0, 1, 0, palette.viewBorder()));
        JLabel label = new JLabel("\u26a0 " + text);
        label.setForeground(palette.warningText());
        panel.add(label);
        return panel;
    }

    private JButton button(String text, Runnable action, JComponent notice) {
        JButton button = new JButton(text);
        button.setFocusable(false);
        button.addActionListener(e -> {
            closables.removeIf(c -> c.notice() == notice);
            remove(notice);
            action.run();
            revalidate();
            repaint();
        });
        return button;
    }

    private void show(JPanel notice) {
        notice.setAlignmentX(LEFT_ALIGNMENT);
        add(notice);
        revalidate();
        repaint();
    }
}
