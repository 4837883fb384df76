package dev.fitt.adapters.swing;

import dev.fitt.client.port.out.ServerDataset;
import dev.fitt.client.port.out.ServerDatasets;
import java.awt.BorderLayout;
import java.awt.Component;
import java.awt.Dimension;
import java.awt.FlowLayout;
import java.awt.Font;
import java.awt.Window;
import java.awt.event.MouseAdapter;
import java.awt.event.MouseEvent;
import java.util.Optional;
import javax.swing.BorderFactory;
import javax.swing.Box;
import javax.swing.BoxLayout;
import javax.swing.JButton;
import javax.swing.JComponent;
import javax.swing.JDialog;
import javax.swing.JLabel;
import javax.swing.JList;
import javax.swing.JPanel;
import javax.swing.JProgressBar;
import javax.swing.JScrollPane;
import javax.swing.KeyStroke;
import javax.swing.ListCellRenderer;
import javax.swing.ListSelectionModel;
import javax.swing.UIManager;

/**
 * Chooses the dataset to work on, when a server offers several: each with its progress as far as
 * the server knows it, the one open in the window (when switching) marked as current. Keyboard first: the list has the focus, arrows move, Enter opens, Esc
 * cancels (only when a dataset is open already: at start there is nothing to go back to). Modal,
 * so no key reaches the labelling hotkeys meanwhile.
 */
final class DatasetPicker {
    /** How the row of the dataset the window works on is marked, when switching. */
    static final String CURRENT = "current, open in this window";
    static final String HINT = "\u2191 \u2193 choose \u00b7 Enter open \u00b7 Esc cancel \u00b7 Ctrl+O shows this again";

    final JDialog dialog;
    final JList<ServerDataset> list;
    private final JButton open = new JButton("Open");
    private String result;

    /**
     * @param preselect the dataset to start on (the last one chosen), when the server has it
     * @param cancellable false at start, when there is no dataset to go back to
     */
    DatasetPicker(Window owner, String server, ServerDatasets datasets, String preselect, boolean cancellable) {
        dialog = new JDialog(owner, "Datasets on " + server, JDialog.ModalityType.APPLICATION_MODAL);
        dialog.setDefaultCloseOperation(cancellable ? JDialog.DISPOSE_ON_CLOSE : JDialog.DO_NOTHING_ON_CLOSE);
        list = new JList<>(datasets.datasets().toArray(ServerDataset[]::new));
        list.setSelectionMode(ListSelectionModel.SINGLE_SELECTION);
        // At start the connection's selection is only the server's default: nothing is open yet.
        list.setCellRenderer(new Row(cancellable ? datasets.selected() : null));
        list.setVisibleRowCount(Math.min(8, Math.max(3, datasets.datasets().size())));
        String start = preselect != null && datasets.contains(preselect) ? preselect : datasets.selected();
        for (int i = 0; i < datasets.datasets().size(); i++) {
            if (datasets.datasets().get(i).name().equals(start)) {
                list.setSelectedIndex(i);
            }
        }
        if (list.getSelectedIndex() < 0) {
            list.setSelectedIndex(0);
        }
        list.ensureIndexIsVisible(list.getSelectedIndex());
        list.addMouseListener(new MouseAdapter() {
            @Override
            public void mouseClicked(MouseEvent e) {
                if (e.getClickCount() == 2) {
                    accept();
                }
            }
        });
        list.addListSelectionListener(e -> open.setEnabled(list.getSelectedValue() != null));

        JLabel heading = new JLabel("Choose the dataset to label");
        heading.setFont(heading.getFont().deriveFont(Font.BOLD, heading.getFont().getSize2D() + 2f));
        JLabel hint = new JLabel(cancellable ? HINT : HINT.replace(" \u00b7 Esc cancel", ""));
        hint.setForeground(UIManager.getColor("Label.disabledForeground"));
        JPanel top = new JPanel(new BorderLayout(0, 4));
        top.setBorder(BorderFactory.createEmptyBorder(14, 16, 8, 16));
        top.add(heading, BorderLayout.NORTH);
        top.add(hint, BorderLayout.SOUTH);

        JScrollPane scroll = new JScrollPane(list);
        scroll.setBorder(BorderFactory.createCompoundBorder(BorderFactory.createEmptyBorder(0, 16, 0, 16),
                BorderFactory.createLineBorder(Palette.current().viewBorder())));

        JButton cancel = new JButton("Cancel");
        cancel.setVisible(cancellable);
        open.addActionListener(e -> accept());
        cancel.addActionListener(e -> dialog.dispose());
        JPanel buttons = new JPanel(new FlowLayout(FlowLayout.RIGHT));
        buttons.setBorder(BorderFactory.createEmptyBorder(4, 12, 8, 12));
        buttons.add(cancel);
        buttons.add(open);

        dialog.getRootPane().setDefaultButton(open);
        if (cancellable) {
            dialog.getRootPane().registerKeyboardAction(e -> dialog.dispose(), KeyStroke.getKeyStroke("ESCAPE"),
                    JComponent.WHEN_IN_FOCUSED_WINDOW);
        }
        dialog.add(top, BorderLayout.NORTH);
        dialog.add(scroll, BorderLayout.CENTER);
        dialog.add(buttons, BorderLayout.SOUTH);
        dialog.pack();
        dialog.setMinimumSize(new Dimension(Math.max(560, dialog.getWidth()), dialog.getHeight()));
        dialog.setLocationRelativeTo(owner);
        dialog.addWindowListener(new java.awt.event.WindowAdapter() {
            @Override
            public void windowOpened(java.awt.event.WindowEvent e) {
                list.requestFocusInWindow();
            }
        });
    }

    private void accept() {
        ServerDataset chosen = list.getSelectedValue();
        if (chosen != null) {
            result = chosen.name();
            dialog.dispose();
        }
    }

    /** Shows the picker (modal, on the event thread) and returns the chosen name, empty when cancelled. */
    Optional<String> ask() {
        dialog.setVisible(true);
        return Optional.ofNullable(result);
    }

    /** What a dataset's row says under its name. */
    static String describe(ServerDataset dataset) {
        return switch (dataset.state()) {
            case NOT_LOADED_YET -> "not opened since the server started: progress shows once it is";
            case FAILED -> "cannot be opened: " + dataset.problem();
            case LOADED, UNLOADED -> String.format("%,d of %,d frames labelled (%d%%) \u00b7 %,d images in %,d clips%s",
                    dataset.labelledFrames(), dataset.frames(), percent(dataset), dataset.rows(), dataset.clips(),
                    dataset.state() == ServerDataset.State.LOADED ? " \u00b7 open on the server" : "");
        };
    }

    static int percent(ServerDataset dataset) {
        return dataset.frames() == 0 ? 0 : (int) (100L * dataset.labelledFrames() / dataset.frames());
    }

    /** Name, a progress bar and the counts, two lines per dataset. */
    private static final class Row extends JPanel implements ListCellRenderer<ServerDataset> {
        private final JLabel name = new JLabel();
        private final JLabel detail = new JLabel();
        private final JProgressBar bar = new JProgressBar(0, 100);
        private final String current;

        Row(String current) {
            this.current = current;
            setLayout(new BoxLayout(this, BoxLayout.Y_AXIS));
            setBorder(BorderFactory.createEmptyBorder(6, 10, 6, 10));
            name.setFont(name.getFont().deriveFont(Font.BOLD));
            bar.setBorderPainted(false);
            bar.setPreferredSize(new Dimension(360, 6));
            bar.setMaximumSize(new Dimension(Integer.MAX_VALUE, 6));
            name.setAlignmentX(LEFT_ALIGNMENT);
            bar.setAlignmentX(LEFT_ALIGNMENT);
            detail.setAlignmentX(LEFT_ALIGNMENT);
            add(name);
            add(Box.createVerticalStrut(4));
            add(bar);
            add(Box.createVerticalStrut(3));
            add(detail);
        }

        @Override
        public Component getListCellRendererComponent(JList<? extends ServerDataset> list, ServerDataset value,
                int index, boolean selected, boolean focused) {
            Palette palette = Palette.current();
            name.setText(value.name().equals(current) ? value.name() + "  \u2014  " + CURRENT : value.name());
            detail.setText(describe(value));
            // Shown for every row, empty when the counts are unknown: rows keep one height, so the
            // list shows as many as it says.
            bar.setValue(value.countsKnown() ? percent(value) : 0);
            bar.setForeground(palette.labelledBadge());
            setBackground(selected ? list.getSelectionBackground() : list.getBackground());
            name.setForeground(selected ? list.getSelectionForeground() : list.getForeground());
            detail.setForeground(value.state() == ServerDataset.State.FAILED ? palette.error()
                    : selected ? list.getSelectionForeground() : UIManager.getColor("Label.disabledForeground"));
            setOpaque(true);
            return this;
        }
    }
}
