package dev.fitt.adapters.swing;

import java.awt.BorderLayout;
import java.awt.CardLayout;
import java.awt.Dimension;
import java.awt.FlowLayout;
import java.awt.Font;
import java.awt.GraphicsEnvironment;
import java.awt.GridBagLayout;
import java.awt.Rectangle;
import javax.swing.Action;
import javax.swing.BorderFactory;
import javax.swing.BoxLayout;
import javax.swing.JButton;
import javax.swing.JComponent;
import javax.swing.JFrame;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JProgressBar;
import javax.swing.JScrollPane;
import javax.swing.JSlider;
import javax.swing.JToolBar;
import javax.swing.SwingUtilities;
import javax.swing.WindowConstants;

/**
 * The main window's parts and layout: toolbar, frame navigation, notices, the camera views, the
 * clip timeline and the status bar; plus a "connecting" card shown until the session is open.
 * No behaviour: {@link ClientController} fills and drives it.
 */
final class ClientWindow {
    static final String CONNECTING = "connecting";
    static final String LABELLING = "labelling";

    final JFrame frame;
    final JToolBar toolbar = new JToolBar();
    final JLabel frameLabel = new JLabel();
    final JLabel clipLabel = new JLabel();
    /** Which clips are walked, when some are assigned to the annotator; hidden otherwise. */
    final JLabel myClipsNote = new JLabel();
    final JSlider slider = new JSlider();
    final JLabel zoomLabel = new JLabel();
    final JProgressBar loadProgress = new JProgressBar();
    final Notices notices = new Notices();
    final ViewsPanel views = new ViewsPanel();
    final JScrollPane scroll = new JScrollPane(views) {
        /**
         * A theme switch re-installs the look and feel's key bindings, which would take the arrow
         * keys from frame navigation again; so they are dropped after every install.
         */
        @Override
        public void updateUI() {
            super.updateUI();
            SwingUtilities.replaceUIInputMap(this, JComponent.WHEN_ANCESTOR_OF_FOCUSED_COMPONENT, null);
            SwingUtilities.replaceUIInputMap(this, JComponent.WHEN_FOCUSED, null);
        }
    };
    final ClipTimeline timeline = new ClipTimeline();
    final StatusBar status = new StatusBar();
    final JLabel connectingText = new JLabel();
    final JButton retry = new JButton("Try again");
    final JButton quit = new JButton("Quit");
    private final CardLayout cards = new CardLayout();
    private final JPanel body = new JPanel(cards);

    ClientWindow(String title) {
        frame = new JFrame("fitt \u2014 " + title);
        frame.setDefaultCloseOperation(WindowConstants.DO_NOTHING_ON_CLOSE);
        // Tab and Shift+Tab are hotkeys (move the active camera), not focus traversal.
        frame.setFocusTraversalKeysEnabled(false);

        toolbar.setFloatable(false);
        // Wraps onto a second row in a narrow window instead of cutting buttons off.
        toolbar.setLayout(new WrapLayout(TagChip.scaled(2), TagChip.scaled(2)));
        toolbar.setBorder(BorderFactory.createEmptyBorder(4, 6, 4, 6));
        frameLabel.setFont(frameLabel.getFont().deriveFont(Font.BOLD, frameLabel.getFont().getSize2D() + 2f));
        slider.setFocusable(false);
        loadProgress.setStringPainted(true);
        loadProgress.setVisible(false);
        loadProgress.setMaximumSize(new Dimension(TagChip.scaled(180), TagChip.scaled(22)));
        zoomLabel.setHorizontalAlignment(JLabel.CENTER);
        zoomLabel.setPreferredSize(new Dimension(TagChip.scaled(48), TagChip.scaled(20)));
        zoomLabel.setMaximumSize(zoomLabel.getPreferredSize());

        JPanel navigation = new JPanel(new BorderLayout(TagChip.scaled(14), 0));
        navigation.setBorder(BorderFactory.createEmptyBorder(6, 12, 6, 12));
        navigation.add(frameLabel, BorderLayout.WEST);
        navigation.add(slider, BorderLayout.CENTER);
        navigation.add(clipLabel, BorderLayout.EAST);

        JPanel top = new JPanel();
        top.setLayout(new BoxLayout(top, BoxLayout.Y_AXIS));
        myClipsNote.setBorder(BorderFactory.createEmptyBorder(2, 12, 2, 12));
        myClipsNote.setVisible(false);
        for (JComponent part : new JComponent[] {toolbar, navigation, myClipsNote, notices}) {
            part.setAlignmentX(JComponent.LEFT_ALIGNMENT);
            top.add(part);
        }

        scroll.setBorder(BorderFactory.createEmptyBorder());
        scroll.getVerticalScrollBar().setUnitIncrement(TagChip.scaled(40));

        JPanel labelling = new JPanel(new BorderLayout());
        labelling.add(top, BorderLayout.NORTH);
        labelling.add(scroll, BorderLayout.CENTER);
        JPanel bottom = new JPanel(new BorderLayout());
        JPanel timelineRoom = new JPanel(new BorderLayout());
        timelineRoom.setBorder(BorderFactory.createEmptyBorder(TagChip.scaled(4), TagChip.scaled(8), TagChip.scaled(2),
                TagChip.scaled(8)));
        timelineRoom.add(timeline, BorderLayout.CENTER);
        bottom.add(timelineRoom, BorderLayout.CENTER);
        bottom.add(status, BorderLayout.SOUTH);
        labelling.add(bottom, BorderLayout.SOUTH);

        JPanel connecting = new JPanel(new GridBagLayout());
        JPanel box = new JPanel();
        box.setLayout(new BoxLayout(box, BoxLayout.Y_AXIS));
        connectingText.setFont(connectingText.getFont().deriveFont(connectingText.getFont().getSize2D() + 3f));
        connectingText.setAlignmentX(JComponent.CENTER_ALIGNMENT);
        JPanel buttons = new JPanel(new FlowLayout());
        buttons.add(retry);
        buttons.add(quit);
        buttons.setAlignmentX(JComponent.CENTER_ALIGNMENT);
        retry.setVisible(false);
        box.add(connectingText);
        box.add(buttons);
        connecting.add(box);

        body.add(connecting, CONNECTING);
        body.add(labelling, LABELLING);
        frame.setContentPane(body);
        frame.setMinimumSize(new Dimension(TagChip.scaled(640), TagChip.scaled(480)));
        Rectangle screen = GraphicsEnvironment.getLocalGraphicsEnvironment().getMaximumWindowBounds();
        frame.setSize(Math.min(TagChip.scaled(1600), screen.width * 9 / 10),
                Math.min(TagChip.scaled(1000), screen.height * 9 / 10));
        frame.setLocationByPlatform(true);
    }

    void showCard(String card) {
        cards.show(body, card);
        if (LABELLING.equals(card)) {
            views.requestFocusInWindow();
        }
    }

    /** A toolbar button for an action; never focusable, so keys always reach the hotkeys. */
    JButton toolButton(Action action) {
        JButton button = toolbar.add(action);
        button.setFocusable(false);
        button.setHideActionText(false);
        return button;
    }
}
