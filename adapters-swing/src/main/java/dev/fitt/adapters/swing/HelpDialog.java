package dev.fitt.adapters.swing;

import java.awt.BorderLayout;
import java.awt.Window;
import javax.swing.BorderFactory;
import javax.swing.JComponent;
import javax.swing.JDialog;
import javax.swing.JLabel;
import javax.swing.JScrollPane;
import javax.swing.JTable;
import javax.swing.KeyStroke;
import javax.swing.table.DefaultTableModel;

/** The hotkey overlay (F1 / ?): the same table the key bindings are made from. Esc closes it. */
final class HelpDialog {
    private HelpDialog() {
    }

    static void show(Window owner, int tagCount) {
        JDialog dialog = new JDialog(owner, "Keyboard shortcuts", JDialog.ModalityType.MODELESS);
        DefaultTableModel model = new DefaultTableModel(new Object[] {"Keys", "Action"}, 0) {
            @Override
            public boolean isCellEditable(int row, int column) {
                return false;
            }
        };
        for (String[] row : HotkeyTable.forHelp(tagCount)) {
            model.addRow(row);
        }
        JTable table = new JTable(model);
        table.setRowHeight(table.getRowHeight() + TagChip.scaled(4));
        table.getColumnModel().getColumn(0).setPreferredWidth(TagChip.scaled(170));
        table.getColumnModel().getColumn(1).setPreferredWidth(TagChip.scaled(380));
        JScrollPane scroll = new JScrollPane(table);
        JLabel intro = new JLabel("<html>Keys act on the <b>active</b> camera (thick border). Tags 11\u201320 use"
                + " Alt+digit. Unset tags have a dashed outline; False is grey; True is filled.</html>");
        intro.setBorder(BorderFactory.createEmptyBorder(10, 12, 10, 12));
        dialog.add(intro, BorderLayout.NORTH);
        dialog.add(scroll, BorderLayout.CENTER);
        dialog.getRootPane().registerKeyboardAction(e -> dialog.dispose(), KeyStroke.getKeyStroke("ESCAPE"),
                JComponent.WHEN_IN_FOCUSED_WINDOW);
        dialog.setSize(TagChip.scaled(620), TagChip.scaled(640));
        dialog.setLocationRelativeTo(owner);
        dialog.setVisible(true);
    }
}
