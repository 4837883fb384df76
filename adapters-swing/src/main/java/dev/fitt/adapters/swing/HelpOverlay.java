package dev.fitt.adapters.swing;

import java.awt.AlphaComposite;
import java.awt.BorderLayout;
import java.awt.Color;
import java.awt.Dimension;
import java.awt.Graphics;
import java.awt.Graphics2D;
import java.awt.GridBagLayout;
import java.awt.KeyEventDispatcher;
import java.awt.KeyboardFocusManager;
import java.awt.event.KeyEvent;
import java.awt.event.MouseAdapter;
import java.awt.event.MouseEvent;
import javax.swing.BorderFactory;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JScrollBar;
import javax.swing.JScrollPane;
import javax.swing.JTable;
import javax.swing.SwingUtilities;
import javax.swing.table.DefaultTableModel;

/**
 * The hotkey overlay (F1 / ?), drawn over the window as its glass pane: the same table the key
 * bindings are made from. Not a window of its own, so the keys keep reaching the hotkeys; F1
 * again, Esc or a click closes it. While it shows, Up, Down, Page Up, Page Down, Home and End
 * scroll it instead of the views below: at a small window its last rows are below the fold.
 */
final class HelpOverlay extends JPanel {
    private final JScrollPane scroll;
    private final int rowHeight;
    /** Ahead of every key binding, so the views' own keys do not take the keys meant for the help. */
    private final KeyEventDispatcher scrollKeys = this::scrollKey;

    HelpOverlay(int tagCount) {
        super(new GridBagLayout());
        setOpaque(false);
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
        table.setFocusable(false);
        table.setRowHeight(table.getRowHeight() + TagChip.scaled(4));
        table.getColumnModel().getColumn(0).setPreferredWidth(TagChip.scaled(170));
        table.getColumnModel().getColumn(1).setPreferredWidth(TagChip.scaled(560));
        rowHeight = table.getRowHeight();
        scroll = new JScrollPane(table);
        scroll.setFocusable(false);
        JLabel intro = new JLabel("<html><b>Keyboard shortcuts</b> \u2014 F1 or Esc closes this; \u2191 \u2193, Page Up / Down,"
                + " Home and End scroll it.<br>Keys act on the"
                + " <b>active</b> camera (thick border). Tags 11\u201320 use Alt+digit. Unset tags have a dashed"
                + " outline; False is grey; True is filled.</html>");
        intro.setBorder(BorderFactory.createEmptyBorder(10, 12, 10, 12));
        JPanel card = new JPanel(new BorderLayout());
        card.setBorder(BorderFactory.createLineBorder(Palette.current().viewBorder()));
        card.add(intro, BorderLayout.NORTH);
        card.add(scroll, BorderLayout.CENTER);
        card.setPreferredSize(new Dimension(TagChip.scaled(760), TagChip.scaled(560)));
        add(card);
        // Clicks must not reach the window below while the help covers it.
        addMouseListener(new MouseAdapter() {
            @Override
            public void mouseClicked(MouseEvent e) {
                setVisible(false);
            }
        });
        setVisible(false);
    }

    @Override
    public void setVisible(boolean visible) {
        super.setVisible(visible);
        KeyboardFocusManager keys = KeyboardFocusManager.getCurrentKeyboardFocusManager();
        keys.removeKeyEventDispatcher(scrollKeys);
        if (visible) {
            keys.addKeyEventDispatcher(scrollKeys);
        }
    }

    @Override
    public void removeNotify() {
        KeyboardFocusManager.getCurrentKeyboardFocusManager().removeKeyEventDispatcher(scrollKeys);
        super.removeNotify();
    }

    /** Scrolls for a scrolling key pressed in this window while the help shows; true when it took the key. */
    private boolean scrollKey(KeyEvent e) {
        if (!isShowing() || e.getModifiersEx() != 0 || e.getComponent() == null
                || SwingUtilities.getWindowAncestor(this) != SwingUtilities.getWindowAncestor(e.getComponent())
                && SwingUtilities.getWindowAncestor(this) != e.getComponent()) {
            return false;
        }
        JScrollBar bar = scroll.getVerticalScrollBar();
        int page = Math.max(rowHeight, scroll.getViewport().getHeight() - rowHeight);
        int target = switch (e.getKeyCode()) {
            case KeyEvent.VK_UP -> bar.getValue() - rowHeight;
            case KeyEvent.VK_DOWN -> bar.getValue() + rowHeight;
            case KeyEvent.VK_PAGE_UP -> bar.getValue() - page;
            case KeyEvent.VK_PAGE_DOWN -> bar.getValue() + page;
            case KeyEvent.VK_HOME -> bar.getMinimum();
            case KeyEvent.VK_END -> bar.getMaximum();
            default -> Integer.MIN_VALUE;
        };
        if (target == Integer.MIN_VALUE) {
            return false;
        }
        if (e.getID() == KeyEvent.KEY_PRESSED) {
            bar.setValue(target);
        }
        return true;
    }

    /** The card never grows past the window, so every row stays reachable by scrolling. */
    @Override
    public void doLayout() {
        JPanel card = (JPanel) getComponent(0);
        card.setPreferredSize(new Dimension(Math.min(TagChip.scaled(760), getWidth() - 40),
                Math.min(TagChip.scaled(560), getHeight() - 40)));
        super.doLayout();
    }

    @Override
    protected void paintComponent(Graphics g) {
        Graphics2D g2 = (Graphics2D) g.create();
        try {
            g2.setComposite(AlphaComposite.getInstance(AlphaComposite.SRC_OVER, 0.45f));
            g2.setColor(Color.BLACK);
            g2.fillRect(0, 0, getWidth(), getHeight());
        } finally {
            g2.dispose();
        }
    }
}
