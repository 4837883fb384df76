package dev.fitt.adapters.swing;

import static org.assertj.core.api.Assertions.assertThat;

import dev.fitt.domain.TagChange;
import dev.fitt.domain.TagValue;
import java.awt.Component;
import java.awt.Container;
import java.util.ArrayList;
import java.util.List;
import javax.swing.AbstractButton;
import javax.swing.JLabel;
import org.junit.jupiter.api.Test;

/** What the notice strip says; plain components, so no display is needed. */
class NoticesTest {
    private static final TagChange CHANGE = new TagChange(4, 6, List.of(TagValue.TRUE, TagValue.FALSE));

    @Test
    void theDisconnectedBannerSaysHowManyEditsWaitAndThatNothingIsLost() {
        Notices notices = new Notices();
        notices.disconnected(3);
        assertThat(texts(notices)).contains("\u26a0 Connection lost \u2014 retrying\u2026 3 edits queued, nothing is lost");
        notices.connected();
        assertThat(visibleTexts(notices)).isEmpty();
    }

    @Test
    void aConflictOffersReapplyAndDropAndRemovesItselfOnceDecided() {
        Notices notices = new Notices();
        List<String> decided = new ArrayList<>();
        notices.conflict(CHANGE, "rows changed by another annotator", c -> decided.add("reapply " + c.first()),
                c -> decided.add("drop " + c.first()));
        assertThat(texts(notices)).contains("\u26a0 Conflict \u2014 rows changed by another annotator");

        button(notices, "Re-apply (Ctrl+Enter)").doClick();

        assertThat(decided).containsExactly("reapply 4");
        assertThat(texts(notices)).noneMatch(t -> t.contains("Conflict"));
    }

    @Test
    void aRejectedEditNamesTheImagesAndTheServersReason() {
        Notices notices = new Notices();
        notices.rejected(TagChange.ofRow(0, List.of(TagValue.TRUE)), "row 0 is out of range");
        assertThat(texts(notices)).contains("\u26a0 Server rejected the edit of image #1: row 0 is out of range"
                + " \u2014 the labels there are back to the server's");
    }

    private static AbstractButton button(Container root, String text) {
        for (Component c : all(root)) {
            if (c instanceof AbstractButton b && text.equals(b.getText())) {
                return b;
            }
        }
        throw new AssertionError("no button " + text);
    }

    private static List<String> texts(Container root) {
        return all(root).stream().filter(JLabel.class::isInstance).map(c -> ((JLabel) c).getText()).toList();
    }

    private static List<String> visibleTexts(Container root) {
        return all(root).stream().filter(c -> c instanceof JLabel && visible(c, root))
                .map(c -> ((JLabel) c).getText()).toList();
    }

    private static boolean visible(Component c, Container root) {
        for (Component at = c; at != null && at != root; at = at.getParent()) {
            if (!at.isVisible()) {
                return false;
            }
        }
        return true;
    }

    private static List<Component> all(Container root) {
        List<Component> out = new ArrayList<>();
        for (Component child : root.getComponents()) {
            out.add(child);
            if (child instanceof Container inner) {
                out.addAll(all(inner));
            }
        }
        return out;
    }
}
