package dev.fitt.adapters.swing;

import dev.fitt.domain.Clip;
import dev.fitt.domain.TagValue;
import java.awt.Color;
import java.awt.Dimension;
import java.awt.FontMetrics;
import java.awt.Graphics;
import java.awt.Graphics2D;
import java.awt.Point;
import java.awt.event.MouseAdapter;
import java.awt.event.MouseEvent;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.IntFunction;
import javax.swing.JComponent;

/**
 * The current clip at a glance: one row per camera, one cell per frame, coloured by the image's
 * tags (several tags: stripes; none of them: grey; not yet labelled: pale with a warning
 * outline). The current frame is outlined and the active camera's row marked. A click jumps to
 * the frame and camera; a drag selects frames and cameras, which a digit then tags at once.
 * This class keeps the content, the selection, the geometry and the mouse; {@link ClipCellsPainter}
 * paints.
 */
final class ClipTimeline extends JComponent {
    /** Frames {@code fromFrame..toFrame} of the whole dataset and cameras {@code firstCamera..lastCamera}, inclusive. */
    record Selection(int fromFrame, int toFrame, int firstCamera, int lastCamera) {
        Selection {
            if (fromFrame > toFrame || firstCamera > lastCamera || fromFrame < 0 || firstCamera < 0) {
                throw new IllegalArgumentException("not a selection: frames " + fromFrame + ".." + toFrame
                        + ", cameras " + firstCamera + ".." + lastCamera);
            }
        }

        int frames() {
            return toFrame - fromFrame + 1;
        }
    }

    /** What a click and a drag ask for. */
    interface Listener {
        void jump(int frame, int camera);

        void selected(Optional<Selection> selection);
    }

    /** What the strip shows: the clip, where its first frame is, the labels, the current frame and camera. */
    record Content(Clip clip, int firstFrame, List<String> cameraNames, IntFunction<List<TagValue>> valuesAt,
            int frame, int activeCamera) {
    }

    private static final int ROW = 13;

    private List<String> tagNames = List.of();
    private Listener listener = new Listener() {
        @Override
        public void jump(int frame, int camera) {
        }

        @Override
        public void selected(Optional<Selection> selection) {
        }
    };
    private Content content;
    private Optional<Selection> selection = Optional.empty();
    private Point anchor;

    ClipTimeline() {
        setToolTipText("");
        MouseAdapter mouse = new MouseAdapter() {
            @Override
            public void mousePressed(MouseEvent e) {
                Point cell = cellAt(e.getPoint());
                if (cell == null) {
                    return;
                }
                anchor = cell;
                select(Optional.empty());
                listener.jump(content.firstFrame() + cell.x, cell.y);
            }

            @Override
            public void mouseDragged(MouseEvent e) {
                Point cell = cellAt(clampToCells(e.getPoint()));
                if (anchor == null || cell == null) {
                    return;
                }
                int first = content.firstFrame();
                select(cell.equals(anchor) ? Optional.empty() : Optional.of(new Selection(
                        first + Math.min(anchor.x, cell.x), first + Math.max(anchor.x, cell.x),
                        Math.min(anchor.y, cell.y), Math.max(anchor.y, cell.y))));
            }

            @Override
            public void mouseReleased(MouseEvent e) {
                anchor = null;
            }
        };
        addMouseListener(mouse);
        addMouseMotionListener(mouse);
    }

    /** The tags' names, for the tooltips. */
    void tagNames(List<String> names) {
        tagNames = List.copyOf(names);
    }

    void onInput(Listener newListener) {
        listener = newListener;
    }

    void show(Content newContent) {
        boolean otherClip = content == null || content.firstFrame() != newContent.firstFrame();
        boolean resized = content == null || content.clip().cameras() != newContent.clip().cameras();
        content = newContent;
        if (otherClip) {
            select(Optional.empty());
        }
        if (resized) {
            revalidate();
        }
        repaint();
    }

    Optional<Selection> selection() {
        return selection;
    }

    void clearSelection() {
        select(Optional.empty());
    }

    private void select(Optional<Selection> next) {
        if (!next.equals(selection)) {
            selection = next;
            listener.selected(next);
            repaint();
        }
    }

    @Override
    public Dimension getPreferredSize() {
        int cameras = content == null ? 1 : content.clip().cameras();
        int rowHeight = rowHeight(cameras);
        return new Dimension(TagChip.scaled(200), cameras * rowHeight + TagChip.scaled(4));
    }

    /** High enough for the camera's name beside its row. */
    private static int rowHeight(int cameras) {
        return TagChip.scaled(ROW);
    }

    private java.awt.Font labelFont() {
        return getFont().deriveFont((float) TagChip.scaled(10));
    }

    private int labelWidth() {
        FontMetrics fm = getFontMetrics(labelFont());
        int widest = 0;
        if (content != null) {
            for (String name : content.cameraNames()) {
                widest = Math.max(widest, fm.stringWidth(name));
            }
        }
        return Math.min(TagChip.scaled(110), widest) + TagChip.scaled(8);
    }

    private int left() {
        return labelWidth();
    }

    private double cellWidth() {
        return (getWidth() - left() - TagChip.scaled(2)) / (double) Math.max(1, content.clip().frameCount());
    }

    /** The (frame in clip, camera) under {@code p}, or null outside the cells. */
    Point cellAt(Point p) {
        if (content == null) {
            return null;
        }
        int rowHeight = rowHeight(content.clip().cameras());
        int frame = (int) Math.floor((p.x - left()) / cellWidth());
        int camera = (p.y - TagChip.scaled(2)) / rowHeight;
        if (p.x < left() || frame < 0 || frame >= content.clip().frameCount() || camera < 0
                || camera >= content.clip().cameras()) {
            return null;
        }
        return new Point(frame, camera);
    }

    /** The centre of a cell (frame in clip, camera), for tests and for tooltips. */
    Point cellCentre(int frame, int camera) {
        int rowHeight = rowHeight(content.clip().cameras());
        return new Point((int) Math.round(left() + (frame + 0.5) * cellWidth()),
                TagChip.scaled(2) + camera * rowHeight + rowHeight / 2);
    }

    private Point clampToCells(Point p) {
        int rowHeight = rowHeight(content == null ? 1 : content.clip().cameras());
        int cameras = content == null ? 1 : content.clip().cameras();
        return new Point(Math.max(left(), Math.min(getWidth() - TagChip.scaled(3), p.x)),
                Math.max(TagChip.scaled(2), Math.min(TagChip.scaled(2) + cameras * rowHeight - 1, p.y)));
    }

    /** The colours a cell is painted in: one per chosen tag, grey for none, empty when unlabelled. */
    List<Color> colours(int frame, int camera) {
        return ClipCellsPainter.colours(content, frame, camera);
    }

    @Override
    public String getToolTipText(MouseEvent e) {
        Point cell = cellAt(e.getPoint());
        if (cell == null) {
            return null;
        }
        List<TagValue> values = content.valuesAt().apply(content.clip().frame(cell.x).index(cell.y));
        List<String> on = new ArrayList<>();
        for (int tag = 0; tag < values.size(); tag++) {
            if (values.get(tag) == TagValue.TRUE) {
                on.add(tagNames.get(tag));
            }
        }
        String what = values.stream().noneMatch(TagValue::isSet) ? "not labelled"
                : on.isEmpty() ? "none of the tags" : String.join(", ", on);
        return content.cameraNames().get(cell.y) + ", frame " + (content.firstFrame() + cell.x + 1) + ": " + what
                + "  \u2014 click: go there; drag: select, then a digit tags the selection";
    }

    @Override
    protected void paintComponent(Graphics g) {
        if (content == null) {
            return;
        }
        Graphics2D g2 = (Graphics2D) g.create();
        try {
            new ClipCellsPainter(content, selection, left(), cellWidth(), rowHeight(content.clip().cameras()),
                    TagChip.scaled(2)).paint(g2, labelFont());
        } finally {
            g2.dispose();
        }
    }
}
