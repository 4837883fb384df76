package dev.fitt.adapters.swing;

import java.awt.BorderLayout;
import java.awt.Window;
import java.util.Optional;
import javax.swing.BorderFactory;
import javax.swing.JButton;
import javax.swing.JDialog;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JTextField;
import javax.swing.WindowConstants;

/**
 * Asked once, at the first start without a name: who is annotating. The server records every
 * change under this name (provenance, statistics, others' conflict messages). Cancel starts
 * without a name (the server then knows the client by its address) and asks again next time.
 */
final class AnnotatorNameDialog {
    static final int MAX_NAME = 100;

    private final JDialog dialog;
    private final JTextField name = new JTextField(20);
    private final JLabel error = new JLabel(" ");
    private String result;

    AnnotatorNameDialog(Window owner) {
        dialog = new JDialog(owner, "fitt \u2014 who is annotating?", JDialog.ModalityType.APPLICATION_MODAL);
        dialog.setDefaultCloseOperation(WindowConstants.DISPOSE_ON_CLOSE);
        JPanel content = new JPanel(new BorderLayout(0, TagChip.scaled(8)));
        content.setBorder(BorderFactory.createEmptyBorder(12, 14, 12, 14));
        content.add(new JLabel("<html>Your name, as your team lead will see it beside every frame you tag."
                + "<br>It is kept in client_setting.json (\"annotator\").</html>"), BorderLayout.NORTH);
        content.add(name, BorderLayout.CENTER);
        JPanel buttons = new JPanel();
        JButton ok = new JButton("OK");
        JButton later = new JButton("Not now");
        buttons.add(ok);
        buttons.add(later);
        JPanel south = new JPanel(new BorderLayout());
        error.setForeground(Palette.current().error());
        south.add(error, BorderLayout.NORTH);
        south.add(buttons, BorderLayout.SOUTH);
        content.add(south, BorderLayout.SOUTH);
        dialog.setContentPane(content);
        dialog.getRootPane().setDefaultButton(ok);
        ok.addActionListener(e -> accept());
        name.addActionListener(e -> accept());
        later.addActionListener(e -> dialog.dispose());
        dialog.pack();
        dialog.setLocationRelativeTo(owner);
    }

    /** Shows the dialog until the user gives a name or declines; EDT only. */
    Optional<String> ask() {
        dialog.setVisible(true);
        return Optional.ofNullable(result);
    }

    private void accept() {
        String given = name.getText().strip();
        if (given.isEmpty() || given.length() > MAX_NAME) {
            error.setText("A name needs 1 to " + MAX_NAME + " characters.");
            dialog.pack();
            return;
        }
        result = given;
        dialog.dispose();
    }

    /** The dialog window, for tests that drive it. */
    JDialog window() {
        return dialog;
    }

    JTextField field() {
        return name;
    }
}
