package dev.fitt.adapters.swing;

import dev.fitt.domain.TagSet;
import dev.fitt.domain.TagValue;
import java.awt.BorderLayout;
import java.awt.Color;
import java.awt.Dimension;
import java.awt.FlowLayout;
import java.awt.Font;
import java.awt.Insets;
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
 * frame; {@link #show} only updates what changed. The chips are a {@link TagChipGrid}.
 */
final class CameraView extends JPanel {
    private final ViewActions actions;
    private final JLabel name = new CameraNameLabel();
    private final JLabel row = new JLabel();
    private final JLabel status = new JLabel();
    /** Who labelled and reviewed the image (team work); hidden on a server that does not say. */
    private final JLabel who = new JLabel();
    private final JButton refresh = smallButton("\u21bb", "Request this image again (R)");
    private final JButton earlier = smallButton("<<", "Move this view one place earlier");
    private final JButton later = smallButton(">>", "Move this view one place later");
    private final ImagePanel image = new ImagePanel();
    private final TagChipGrid chipGrid;
    private final JPanel header = new JPanel(new BorderLayout(TagChip.scaled(8), 0));
    private final TagSet tags;
    /** A thumbnail in the strip: no chips, the chosen tags in the header instead. */
    private boolean compact;
    /** Whether the server said who labelled this image (the line then shows, in full views only). */
    private boolean whoKnown;
    private List<TagValue> values = List.of();
    private int camera;
    private boolean active;
    private boolean flashing;

    CameraView(TagSet tags, ViewActions actions) {
        super(new BorderLayout(0, TagChip.scaled(6)));
        this.actions = actions;
        this.tags = tags;
        name.setFont(name.getFont().deriveFont(Font.BOLD, name.getFont().getSize2D() + 1f));
        row.putClientProperty("FlatLaf.styleClass", "small");
        status.setFont(status.getFont().deriveFont(Font.BOLD));

        header.setOpaque(false);
        // The name has the first line to itself beside the tools, so three views side by side in a
        // small window still show it whole; the row number and state go on the line below (a box,
        // so a thumbnail's chosen tags give way, "...", when short of room).
        JPanel details = new JPanel();
        details.setLayout(new BoxLayout(details, BoxLayout.X_AXIS));
        details.setOpaque(false);
        details.add(row);
        details.add(Box.createHorizontalStrut(TagChip.scaled(6)));
        details.add(status);
        details.add(Box.createHorizontalGlue());
        details.setAlignmentX(LEFT_ALIGNMENT);
        JPanel tools = new JPanel(new FlowLayout(FlowLayout.RIGHT, TagChip.scaled(2), 0));
        tools.setOpaque(false);
        tools.add(refresh);
        tools.add(earlier);
        tools.add(later);
        header.add(name, BorderLayout.CENTER);
        header.add(tools, BorderLayout.EAST);
        who.putClientProperty("FlatLaf.styleClass", "small");
        who.setVisible(false);
        who.setAlignmentX(LEFT_ALIGNMENT);
        JPanel below = new JPanel();
        below.setLayout(new BoxLayout(below, BoxLayout.Y_AXIS));
        below.setOpaque(false);
        below.add(details);
        below.add(who);
        header.add(below, BorderLayout.SOUTH);

        chipGrid = new TagChipGrid(tags, tag -> actions.chooseTag(camera, tag), () -> actions.markNone(camera));

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
        // The core's rule (ClientLabelTable): an image is labelled once any of its tags is set, so the
        // badge agrees with the frame and clip counters.
        values = content.values();
        boolean labelled = content.values().stream().anyMatch(TagValue::isSet);
        Palette palette = Palette.current();
        status.setText(statusText(labelled));
        status.setToolTipText(labelled ? chosen() : null);
        status.setForeground(labelled ? palette.labelledBadge() : palette.unlabelledBadge());
        chipGrid.show(content.values());
        image.show(content.image(), content.zoom(), content.displayIndex());
        refresh.setVisible(content.image() instanceof ImageState.Failed);
        earlier.setEnabled(!content.first());
        later.setEnabled(!content.last());
        if (active != content.active()) {
            active = content.active();
            applyBorder();
        }
    }

    /**
     * Who labelled and reviewed this image, in words; {@code text} null: the server does not say
     * (the line is hidden). A correction shows in the warning colour.
     */
    void provenance(String text, String tooltip, boolean corrected) {
        whoKnown = text != null;
        who.setVisible(whoKnown && !compact);
        if (text != null) {
            who.setText(text);
            who.setToolTipText(tooltip);
            who.setForeground(corrected ? Palette.current().warningText() : Palette.current().unsetText());
        }
    }

    /** The provenance line as shown ("" when hidden), for tests. */
    String provenanceText() {
        return who.isVisible() ? who.getText() : "";
    }

    /** "labelled" (a thumbnail: its chosen tags) or "not labelled", with its badge. */
    private String statusText(boolean labelled) {
        return labelled ? "\u25cf " + (compact ? chosen() : "labelled") : "\u25cb not labelled";
    }

    /** The chosen tags in words, for a thumbnail, which shows no chips. */
    private String chosen() {
        List<String> on = new ArrayList<>();
        for (int tag = 0; tag < values.size(); tag++) {
            if (values.get(tag) == TagValue.TRUE) {
                on.add(tags.get(tag).alias());
            }
        }
        return on.isEmpty() ? (values.stream().allMatch(TagValue::isSet) ? "none" : "labelled") : String.join(", ", on);
    }

    /** A thumbnail (no chips) or a full view; see {@link FitLayout}. */
    void compact(boolean on) {
        if (compact != on) {
            compact = on;
            chipGrid.setVisible(!on);
            earlier.setVisible(!on);
            later.setVisible(!on);
            row.setVisible(!on);
            // A thumbnail is for recognising the scene: one line fewer leaves its picture room.
            who.setVisible(whoKnown && !on);
            // A thumbnail's chosen tags give way ("...", tooltip) when short of room.
            status.setMinimumSize(on ? new Dimension(0, 0) : null);
            image.reportsBox(!on);
            if (!values.isEmpty()) {
                status.setText(statusText(values.stream().anyMatch(TagValue::isSet)));
            }
        }
    }

    boolean compact() {
        return compact;
    }

    /** Width over height of this camera's picture. */
    double aspect() {
        return image.aspect();
    }

    /** The picture's shown size in percent of its own pixels. */
    int shownPercent() {
        return image.shownPercent();
    }

    /** Border and padding left and right of the picture. */
    int chromeWidth() {
        Insets insets = getInsets();
        return insets.left + insets.right;
    }

    /** Everything above and below the picture when the view is {@code width} wide: border, header, chips. */
    int chromeHeight(int width) {
        Insets insets = getInsets();
        int gap = ((BorderLayout) getLayout()).getVgap();
        int height = insets.top + insets.bottom + header.getPreferredSize().height + gap;
        if (!compact) {
            height += gap + chipGrid.heightAt(width - chromeWidth());
        }
        return height;
    }

    /**
     * The view widths up to {@code widest} at which the chips gain a column (fewer rows, more
     * height for the picture), from the narrowest (two columns) on, and {@code widest} itself.
     */
    List<Integer> chipBreakpoints(int widest) {
        List<Integer> widths = new ArrayList<>();
        if (!compact) {
            widths.addAll(chipGrid.breakpoints(chromeWidth(), widest));
        }
        widths.add(widest);
        return widths;
    }

    /** The chips take as many columns as the view's width allows, so they take fewer rows from the picture. */
    @Override
    public void doLayout() {
        chipGrid.fitColumns(getWidth() - chromeWidth());
        super.doLayout();
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
