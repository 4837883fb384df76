package dev.fitt.adapters.swing;

import static org.assertj.core.api.Assertions.assertThat;

import dev.fitt.domain.Tag;
import dev.fitt.domain.TagSet;
import dev.fitt.domain.TagValue;
import java.awt.Component;
import java.awt.Container;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The camera view's header, laid out without a display. */
class CameraViewTest {
    private static final TagSet TAGS = new TagSet(List.of(new Tag("100", "Clear", "tag_code_100")));
    private static final String LONG = "camera_front_wide_left_with_a_very_long_modality_name";

    @Test
    void headerShowsTheCameraNameWithItWholeInTheTooltip() {
        CameraView view = view("camera_front_wide_left", 2);

        CameraNameLabel name = nameLabel(view);
        assertThat(name.getText()).isEqualTo("camera_front_wide_left");
        assertThat(name.getToolTipText()).isEqualTo("camera_front_wide_left");
    }

    @Test
    void longCameraNameDoesNotWidenTheView() {
        int shortWidth = view("front", 0).getPreferredSize().width;

        assertThat(view(LONG, 0).getPreferredSize().width).isEqualTo(shortWidth);
    }

    @Test
    void longCameraNameGivesWayBeforeTheRowNumberAndState() {
        CameraView view = view(LONG, 0);
        view.setSize(view.getPreferredSize());
        layOutAll(view);

        CameraNameLabel name = nameLabel(view);
        assertThat(name.getWidth()).isLessThan(wholeWidth(name));
        Container title = name.getParent();
        for (Component part : title.getComponents()) {
            if (part instanceof javax.swing.JLabel label && label != name) {
                assertThat(label.getWidth()).as(label.getText()).isEqualTo(label.getPreferredSize().width);
            }
        }
    }

    @Test
    void shortCameraNameIsShownWhole() {
        CameraView view = view("rear", 1);
        view.setSize(view.getPreferredSize());
        layOutAll(view);

        CameraNameLabel name = nameLabel(view);
        assertThat(name.getWidth()).isGreaterThanOrEqualTo(wholeWidth(name));
    }

    @Test
    void aNameAlittleTooLongForItsRoomIsDrawnInASmallerButReadableFont() {
        CameraView view = view("camera_front_wide_left", 0);
        CameraNameLabel name = nameLabel(view);
        int whole = wholeWidth(name);
        name.setSize(whole - whole / 10, name.getPreferredSize().height);

        java.awt.Font smaller = name.fittingFont();
        assertThat(smaller).isNotNull();
        assertThat(smaller.getSize2D()).isLessThan(name.getFont().getSize2D())
                .isGreaterThanOrEqualTo(com.formdev.flatlaf.util.UIScale.scale(FittingFont.SMALLEST_POINTS));
        assertThat(name.getFontMetrics(smaller).stringWidth(name.getText()))
                .isLessThanOrEqualTo(name.getWidth() - name.getInsets().left - name.getInsets().right);

        name.setSize(whole / 3, name.getPreferredSize().height);
        assertThat(name.fittingFont()).as("no readable size fits: \"...\" and the tooltip").isNull();
        name.setSize(whole, name.getPreferredSize().height);
        assertThat(name.fittingFont()).as("room enough: its own font").isEqualTo(name.getFont());
    }

    @Test
    void theLiveEditFlashKeepsTheActiveBorderAndTheViewsSize() {
        CameraView view = new CameraView(TAGS, new NoActions());
        view.show(new CameraView.Content(0, "front", 7, List.of(TagValue.UNSET), new ImageState.Loading(), true,
                Zoom.of(100), true, true));
        java.awt.Insets before = view.getInsets();

        view.flash(true);

        assertThat(outerLine(view).getLineColor()).isEqualTo(Palette.current().accent());
        assertThat(view.getInsets()).isEqualTo(before);
        view.flash(false);
        assertThat(outerLine(view).getLineColor()).isEqualTo(Palette.current().accent());
    }

    private static javax.swing.border.LineBorder outerLine(CameraView view) {
        return (javax.swing.border.LineBorder) ((javax.swing.border.CompoundBorder) view.getBorder()).getOutsideBorder();
    }

    private static CameraView view(String name, int camera) {
        CameraView view = new CameraView(TAGS, new NoActions());
        view.show(new CameraView.Content(camera, name, 7, List.of(TagValue.UNSET), new ImageState.Loading(), false,
                Zoom.of(100), true, true));
        return view;
    }

    /** The width the name would need to be shown without "...". */
    private static int wholeWidth(CameraNameLabel name) {
        javax.swing.JLabel probe = new javax.swing.JLabel(name.getText());
        probe.setFont(name.getFont());
        return probe.getPreferredSize().width;
    }

    private static void layOutAll(Container container) {
        container.doLayout();
        for (Component child : container.getComponents()) {
            if (child instanceof Container inner) {
                layOutAll(inner);
            }
        }
    }

    private static CameraNameLabel nameLabel(Container container) {
        for (Component child : container.getComponents()) {
            if (child instanceof CameraNameLabel label) {
                return label;
            }
            if (child instanceof Container inner) {
                CameraNameLabel found = nameLabel(inner);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }

    private static final class NoActions implements ViewActions {
        @Override
        public void chooseTag(int camera, int tag) {
        }

        @Override
        public void markNone(int camera) {
        }

        @Override
        public void activate(int camera) {
        }

        @Override
        public void moveEarlier(int camera) {
        }

        @Override
        public void moveLater(int camera) {
        }

        @Override
        public void refresh(int camera) {
        }
    }

    @Test
    void aThumbnailLeavesWhoLabelledItToTheFullView() {
        CameraView view = view("camera_rear_left", 3);
        view.provenance("labelled by ana \u00b7 not reviewed", "ana", false);
        assertThat(view.provenanceText()).isEqualTo("labelled by ana \u00b7 not reviewed");

        view.compact(true);
        assertThat(view.provenanceText()).as("thumbnail").isEmpty();

        view.compact(false);
        assertThat(view.provenanceText()).isEqualTo("labelled by ana \u00b7 not reviewed");
    }
}
