package dev.fitt.adapters.socket.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.fitt.adapters.socket.protocol.ProtocolException;
import dev.fitt.adapters.socket.protocol.Reply;
import dev.fitt.domain.Clip;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The original Python server ends its last clip one row before the last row (seen on the wire:
 * 120 label rows, clip list {@code (0,60,3) (60,119,3)}). The client must still open the dataset
 * and reach every row.
 */
class OriginalServerLastRowTest {
    private static final Reply TAGS = new Reply.TagList(List.of("Sunny"));

    @Test
    void shortLastClipOfSeveralCamerasGetsItsLastRowBack() throws Exception {
        var view = DatasetViewMapper.toView(TAGS, labels(6), clipList(entry(0, 3, 3), entry(3, 5, 3)));

        assertThat(view.clips()).containsExactly(new Clip(0, 3, 3), new Clip(3, 6, 3));
    }

    @Test
    void shortLastClipOfOneCameraGetsItsLastRowBack() throws Exception {
        var view = DatasetViewMapper.toView(TAGS, labels(4), clipList(entry(0, 2, 1), entry(2, 3, 1)));

        assertThat(view.clips()).containsExactly(new Clip(0, 2, 1), new Clip(2, 4, 1));
    }

    @Test
    void lastRowThatBeganAClipOfItsOwnBecomesAOneImageClip() throws Exception {
        // clip ids 1,1,1,1,2 with two cameras: the original sends only (0,4,2)
        var view = DatasetViewMapper.toView(TAGS, labels(5), clipList(entry(0, 4, 2)));

        assertThat(view.clips()).containsExactly(new Clip(0, 4, 2), new Clip(4, 5, 1));
    }

    @Test
    void clipListCoveringEveryRowIsKeptAsSent() throws Exception {
        var view = DatasetViewMapper.toView(TAGS, labels(6), clipList(entry(0, 3, 3), entry(3, 6, 3)));

        assertThat(view.clips()).containsExactly(new Clip(0, 3, 3), new Clip(3, 6, 3));
    }

    @Test
    void clipThatDoesNotSplitIntoFramesIsStillRefusedWithItsPosition() {
        assertThatThrownBy(() -> DatasetViewMapper.toView(TAGS, labels(9), clipList(entry(0, 5, 3), entry(5, 9, 1))))
                .isInstanceOf(ProtocolException.class)
                .hasMessage("clip 0 of the clip list: clip 0..5 does not split into frames of 3 cameras");
    }

    private static Reply labels(int rows) {
        return new Reply.Labels(("tag_code_100\n" + "\n".repeat(rows)).getBytes(StandardCharsets.UTF_8));
    }

    private static Reply clipList(Reply.ClipEntry... entries) {
        return new Reply.ClipList(List.of(entries));
    }

    private static Reply.ClipEntry entry(long begin, long end, long cameras) {
        return new Reply.ClipEntry(begin, end, cameras);
    }
}
