package dev.fitt.adapters.swing;

import dev.fitt.client.port.out.ClientPreferences.Theme;
import dev.fitt.client.port.out.ClientPreferences;
import java.awt.BorderLayout;
import java.awt.Component;
import java.awt.FlowLayout;
import java.awt.GridBagConstraints;
import java.awt.GridBagLayout;
import java.awt.Insets;
import java.awt.Window;
import java.util.Optional;
import javax.swing.BorderFactory;
import javax.swing.DefaultListCellRenderer;
import javax.swing.JButton;
import javax.swing.JCheckBox;
import javax.swing.JComboBox;
import javax.swing.JComponent;
import javax.swing.JDialog;
import javax.swing.JLabel;
import javax.swing.JList;
import javax.swing.JPanel;
import javax.swing.JSpinner;
import javax.swing.JTabbedPane;
import javax.swing.JTextField;
import javax.swing.KeyStroke;
import javax.swing.SpinnerNumberModel;

/**
 * Edits client_setting.json. A separate modal window, so keys typed into its fields never reach
 * the main window's hotkeys. Returns the new preferences; the caller writes them off the event
 * thread. The theme applies at once; the annotator's name (checked as at first start), server
 * address, selection mode and autosave on next start.
 */
final class SettingsDialog {
    private final JDialog dialog;
    private final JTextField host = new JTextField(18);
    private final JSpinner port = new JSpinner(new SpinnerNumberModel(1, 1, 65_535, 1));
    private final JCheckBox multiple = new JCheckBox("Allow several tags per image (multiple selection)");
    private final JSpinner autosave = new JSpinner(new SpinnerNumberModel(0, 0, 1_000_000, 1));
    private final JComboBox<Theme> theme = new JComboBox<>(Theme.values());
    private final JTextField name = new JTextField(18);
    private final JLabel error = new JLabel(" ");
    private ClientPreferences result;
    /** The name the dialog opened with: empty may stay empty, a name given once may not be cleared. */
    private final String annotator;
    private final boolean reviewer;

    SettingsDialog(Window owner, ClientPreferences current, String location) {
        this(owner, current, location, Optional.empty());
    }

    /** With a "Server" tab when {@code server} is present (the annotator has the admin token). */
    SettingsDialog(Window owner, ClientPreferences current, String location, Optional<ServerSettingsTab> server) {
        this.annotator = current.annotator();
        this.reviewer = current.reviewer();
        dialog = new JDialog(owner, "Settings", JDialog.ModalityType.APPLICATION_MODAL);
        host.setText(current.host());
        name.setText(current.annotator());
        port.setValue(current.port());
        port.setEditor(new JSpinner.NumberEditor(port, "#"));
        multiple.setSelected(current.multipleSelection());
        autosave.setValue(current.autosave());
        theme.setSelectedItem(current.theme());
        theme.setRenderer(new DefaultListCellRenderer() {
            @Override
            public Component getListCellRendererComponent(JList<?> list, Object value,
                    int index, boolean selected, boolean focused) {
                String name = value == Theme.DARK ? "Dark" : "Light";
                return super.getListCellRendererComponent(list, name, index, selected, focused);
            }
        });
        error.setForeground(Palette.current().error());

        JPanel form = new JPanel(new GridBagLayout());
        form.setBorder(BorderFactory.createEmptyBorder(16, 16, 8, 16));
        int row = 0;
        row = addRow(form, row, "Your name (annotator)", name);
        row = addRow(form, row, "Server host", host);
        row = addRow(form, row, "Server port", port);
        row = addRow(form, row, "Selection", multiple);
        row = addRow(form, row, "Autosave every N edits (0 = on save / close only)", autosave);
        row = addRow(form, row, "Theme", theme);
        row = addRow(form, row, "", new JLabel("<html><small>Saved to " + location + ".<br>The theme applies now;"
                + " your name, server, selection and autosave at the next start.</small></html>"));
        addRow(form, row, "", error);

        JButton save = new JButton("Save");
        JButton cancel = new JButton("Cancel");
        save.addActionListener(e -> accept());
        cancel.addActionListener(e -> dialog.dispose());
        JPanel buttons = new JPanel(new FlowLayout(FlowLayout.RIGHT));
        buttons.add(cancel);
        buttons.add(save);
        dialog.getRootPane().setDefaultButton(save);
        dialog.getRootPane().registerKeyboardAction(e -> dialog.dispose(), KeyStroke.getKeyStroke("ESCAPE"),
                JComponent.WHEN_IN_FOCUSED_WINDOW);
        if (server.isPresent()) {
            JTabbedPane tabs = new JTabbedPane();
            tabs.addTab("Client", form);
            tabs.addTab("Server", server.get().panel());
            dialog.add(tabs, BorderLayout.CENTER);
        } else {
            dialog.add(form, BorderLayout.CENTER);
        }
        dialog.add(buttons, BorderLayout.SOUTH);
        dialog.pack();
        dialog.setLocationRelativeTo(owner);
    }

    private static int addRow(JPanel form, int row, String label, JComponent field) {
        GridBagConstraints c = new GridBagConstraints();
        c.gridy = row;
        c.insets = new Insets(4, 4, 4, 4);
        c.anchor = GridBagConstraints.WEST;
        form.add(new JLabel(label), c);
        c.gridx = 1;
        c.fill = GridBagConstraints.HORIZONTAL;
        c.weightx = 1;
        form.add(field, c);
        return row + 1;
    }

    private void accept() {
        String given = name.getText().strip();
        if (!(given.isEmpty() && annotator.isEmpty()) && (given.isEmpty()
                || given.length() > AnnotatorNameDialog.MAX_NAME)) {
            error.setText("Your name: A name needs 1 to " + AnnotatorNameDialog.MAX_NAME + " characters.");
            dialog.pack();
            return;
        }
        try {
            result = new ClientPreferences(host.getText().trim(), (Integer) port.getValue(), multiple.isSelected(),
                    (Integer) autosave.getValue(), (Theme) theme.getSelectedItem(), given,
                    reviewer);
            dialog.dispose();
        } catch (IllegalArgumentException e) {
            error.setText("Settings field: " + e.getMessage());
            dialog.pack();
        }
    }

    /** Presses Save without showing the dialog; the preferences it accepted, for tests. */
    Optional<ClientPreferences> accepted() {
        accept();
        return Optional.ofNullable(result);
    }

    JTextField annotatorField() {
        return name;
    }

    String errorText() {
        return error.getText();
    }

    /** Shows the dialog (modal) and returns the accepted preferences, empty when cancelled. */
    Optional<ClientPreferences> ask() {
        dialog.setVisible(true);
        return Optional.ofNullable(result);
    }
}
