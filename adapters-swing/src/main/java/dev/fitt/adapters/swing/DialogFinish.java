package dev.fitt.adapters.swing;

import java.awt.Component;
import javax.swing.JButton;
import javax.swing.JComponent;
import javax.swing.JDialog;
import javax.swing.JPanel;
import javax.swing.KeyStroke;

/**
 * The last steps every small form dialog takes alike, so they behave alike: Enter presses the
 * default button, Esc closes, and the dialog opens sized to its content over its owner.
 */
final class DialogFinish {
    private DialogFinish() {
    }

    static void finish(JDialog dialog, Component owner, JPanel content, JButton defaultButton) {
        dialog.setContentPane(content);
        dialog.getRootPane().setDefaultButton(defaultButton);
        dialog.getRootPane().registerKeyboardAction(e -> dialog.dispose(), KeyStroke.getKeyStroke("ESCAPE"),
                JComponent.WHEN_IN_FOCUSED_WINDOW);
        dialog.pack();
        dialog.setLocationRelativeTo(owner);
    }
}
