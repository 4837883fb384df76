package dev.fitt.adapters.swing;

import dev.fitt.domain.TagSet;
import dev.fitt.domain.TagValue;
import java.awt.BorderLayout;
import java.awt.Color;
import java.awt.Dimension;
import java.awt.FlowLayout;
import java.awt.Font;
import java.awt.GridLayout;
import java.awt.event.MouseAdapter;
import java.awt.event.MouseEvent;
import java.util.ArrayList;
import java.util.List;
import javax.swing.BorderFactory;
import javax.swing.Box;
import javax.swing.BoxLayout;
import javax.swing.JButton;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.border.Border;

/**
 * One camera of the current frame: name and state in a header, the picture, then one chip per
 * tag plus "none". The active view has a thick accent border. The view is reused from frame to
 * frame; {@link #show} only updates what changed.
 */
final class CameraView extends JPanel {
    private final ViewActions actions;
    private final JLabel name = new CameraNameLabel();
    private final JLabel row = new JLabel();
    private final JLabel status = new JLabel();
    private final JButton refresh = smallButton("\u21bb", "Request this image again (R)");
    private final JButton earlier = smallButton("<<", "Move this view one place earlier");
    private final JButton later = smallButton(">>", "Move this view one place later");
    private final ImagePanel image = new ImagePanel();
    private final List<TagChip> chips = new ArrayList<>();
    private final TagChip none;
    private int camera;
    private boolean active;
    private boolean flashing;

    CameraView(TagSet tags, ViewActions actions) {
        super(new BorderLayout(0, TagChip.scaled(6)));
        this.actions = actions;
        name.setFont(name.getFont().deriveFont(Font.BOLD, name.getFont().getSize2D() + 1f));
        row.putClientProperty("FlatLaf.styleClass", "small");
        status.setFont(status.getFont().deriveFont(Font.BOLD));

        JPanel header = new JPanel(new BorderLayout(TagChip.scaled(8), 0));
        header.setOpaque(false);
        // A box, not a flow: the name alone gives way when the header is short of room (ellipsized)
        // and alone takes what is left over, while the row number and state keep their width.
        JPanel title = new JPanel();
        title.setLayout(new BoxLayout(title, BoxLayout.X_AXIS));
        title.setOpaque(false);
        title.add(name);
        title.add(Box.createHorizontalStrut(TagChip.scaled(6)));
        title.add(row);
        title.add(Box.createHorizontalStrut(TagChip.scaled(6)));
        title.add(status);
        JPanel tools = new JPanel(new FlowLayout(FlowLayout.RIGHT, TagChip.scaled(2), 0));
        tools.setOpaque(false);
        tools.add(refresh);
        tools.add(earlier);
        tools.add(later);
        header.add(title, BorderLayout.CENTER);
        header.add(tools, BorderLayout.EAST);

        JPanel chipGrid = new JPanel(new GridLayout(0, 2, TagChip.scaled(6), TagChip.scaled(6)));
        chipGrid.setOpaque(false);
        for (int tag = 0; tag < tags.size(); tag++) {
            TagChip chip = new TagChip(HotkeyTable.tagKeyName(tag), tags.get(tag).alias());
            int t = tag;
            chip.addActionListener(e -> actions.chooseTag(camera, t));
            chips.add(chip);
            chipGrid.add(chip);
        }
        none = new TagChip("N", "none of these");
        none.setToolTipText("This camera shows none of the tags: all False (N)");
        none.addActionListener(e -> actions.markNone(camera));
        chipGrid.add(none);

        add(header, BorderLayout.NORTH);
        add(image, BorderLayout.CENTER);
        add(chipGrid, BorderLayout.SOUTH);

        refresh.addActionListener(e -> actions.refresh(camera));
        earlier.addActionListener(e -> actions.moveEarlier(camera));
        later.addActionListener(e -> actions.moveLater(camera));
        image.addMouseListener(new MouseAdapter() {
            @Override
            public void mousePressed(MouseEvent e) {
                actions.activate(camera);
            }
        });
        applyBorder();
    }

    /** Everything the view shows for one camera of the current frame. */
    record Content(int camera, String name, int displayIndex, List<TagValue> values, ImageState image,
            boolean active, Zoom zoom, boolean first, boolean last) {
    }

    void show(Content content) {
        camera = content.camera();
        if (!content.name().equals(name.getText())) {
            name.setText(content.name());
            name.setToolTipText(content.name());
        }
        row.setText("#" + (content.displayIndex() + 1));
        // The core's rule (LabelBook): an image is labelled once any of its tags is set, so the
        // badge agrees with the frame and clip counters.
        boolean labelled = content.values().stream().anyMatch(TagValue::isSet);
        Palette palette = Palette.current();
        status.setText(labelled ? "\u25cf labelled" : "\u25cb not labelled");
        status.setForeground(labelled ? palette.labelledBadge() : palette.unlabelledBadge());
        for (int tag = 0; tag < chips.size(); tag++) {
            chips.get(tag).show(content.values().get(tag));
        }
        none.show(noneState(content.values()));
        image.show(content.image(), content.zoom(), content.displayIndex());
        refresh.setVisible(content.image() instanceof ImageState.Failed);
        earlier.setEnabled(!content.first());
        later.setEnabled(!content.last());
        if (active != content.active()) {
            active = content.active();
            applyBorder();
        }
    }

    /** "none" looks chosen when every tag is False, unset while anything is unset. */
    private static TagValue noneState(List<TagValue> values) {
        if (values.stream().anyMatch(v -> !v.isSet())) {
            return TagValue.UNSET;
        }
        return values.stream().allMatch(v -> v == TagValue.FALSE) ? TagValue.TRUE : TagValue.FALSE;
    }

    /** Tells {@code listener} when the box this view paints its picture into changes. */
    void onPaintBoxChanged(java.util.function.Consumer<PaintBox> listener) {
        image.onPaintBoxChanged(listener);
    }

    /** A brief highlight: someone else changed this image. */
    void flash(boolean on) {
        flashing = on;
        applyBorder();
    }

    int camera() {
        return camera;
    }

    private void applyBorder() {
        Palette palette = Palette.current();
        int thick = TagChip.scaled(3);
        int pad = TagChip.scaled(10);
        if (flashing && active) {
            // The active camera keeps its border; the flash is drawn just inside it.
            setBorder(BorderFactory.createCompoundBorder(BorderFactory.createLineBorder(palette.accent(), thick, true),
                    BorderFactory.createCompoundBorder(BorderFactory.createLineBorder(palette.othersHighlight(), thick),
                            BorderFactory.createEmptyBorder(pad - thick, pad - thick, pad - thick, pad - thick))));
            setBackground(palette.viewBackground());
            return;
        }
        Color color = flashing ? palette.othersHighlight() : active ? palette.accent() : palette.viewBorder();
        int width = flashing || active ? thick : TagChip.scaled(1);
        Border line = BorderFactory.createLineBorder(color, width, true);
        // The inner padding makes up the difference so the layout does not jump when focus moves.
        setBorder(BorderFactory.createCompoundBorder(line,
                BorderFactory.createEmptyBorder(pad + thick - width, pad + thick - width, pad + thick - width,
                        pad + thick - width)));
        setBackground(palette.viewBackground());
    }

    @Override
    public void updateUI() {
        super.updateUI();
        if (name != null) {
            applyBorder();
        }
    }

    @Override
    public Dimension getMaximumSize() {
        return getPreferredSize();
    }

    private static JButton smallButton(String text, String tip) {
        JButton button = new JButton(text);
        button.setFocusable(false);
        button.setToolTipText(tip);
        button.putClientProperty("JButton.buttonType", "toolBarButton");
        return button;
    }
}
