package dev.fitt.server.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.fitt.domain.AppliedChange;
import dev.fitt.domain.ImageRows;
import dev.fitt.domain.LabelStats;
import dev.fitt.domain.LabelsSnapshot;
import dev.fitt.domain.Tag;
import dev.fitt.domain.TagChange;
import dev.fitt.domain.TagSet;
import dev.fitt.domain.TagValue;
import dev.fitt.ports.ChangeConflictException;
import dev.fitt.ports.ChangeRejectedException;
import dev.fitt.ports.ImageContent;
import dev.fitt.server.port.out.StoredDataset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class TaggingServiceVersionsTest {
    private static final List<TagValue> YES_NO = List.of(TagValue.TRUE, TagValue.FALSE);

    private static ServerCore service() {
        ImageRows rows = new ImageRows(new String[] {"1", "1", "2", "2"}, new String[] {"", "", "", ""},
                new String[] {"a", "b", "c", "d"});
        TagSet tags = new TagSet(List.of(new Tag("1", "One", "tag_code_1"), new Tag("2", "Two", "tag_code_2")));
        return ServerCore.of(new StoredDataset(tags, rows, LabelsSnapshot.unset(4, 2), "in", "out"),
                labels -> { }, path -> new ImageContent(new byte[0]));
    }

    @Test
    void everyChangeGetsTheNextVersionAndStampsItsRows() throws Exception {
        ServerCore service = service();

        long first = service.tagging().tag(TagChange.ofRow(0, YES_NO), "alice");
        long second = service.tagging().tag(new TagChange(1, 2, YES_NO), "bob");

        assertThat(first).isEqualTo(1);
        assertThat(second).isEqualTo(2);
        assertThat(service.queries().versionedLabels().rowVersions()).containsExactly(1, 2, 2, 0);
        assertThat(service.queries().versionedLabels().version()).isEqualTo(2);
    }

    @Test
    void anEditBasedOnAStaleVersionIsAConflictAndNotApplied() throws Exception {
        ServerCore service = service();
        service.tagging().tag(TagChange.ofRow(1, YES_NO), "alice");

        assertThatThrownBy(() -> service.tagging().tagIfCurrent(new TagChange(0, 1, List.of(TagValue.FALSE, TagValue.TRUE)),
                0, "bob"))
                .isInstanceOf(ChangeConflictException.class)
                .hasMessage("rows 0..1 were changed by someone else (version 1, your edit was based on 0)");
        assertThat(service.queries().labels().value(0, 0)).isEqualTo(TagValue.UNSET);
    }

    @Test
    void anEditBasedOnTheCurrentVersionIsApplied() throws Exception {
        ServerCore service = service();
        long seen = service.tagging().tag(TagChange.ofRow(1, YES_NO), "alice");

        long version = service.tagging().tagIfCurrent(TagChange.ofRow(1, List.of(TagValue.FALSE, TagValue.TRUE)), seen, "bob");

        assertThat(version).isEqualTo(2);
        assertThat(service.queries().labels().value(1, 1)).isEqualTo(TagValue.TRUE);
    }

    @Test
    void aBasisAboveEveryVersionIssuedIsRefusedAndNotApplied() throws Exception {
        ServerCore service = service();
        service.tagging().tag(TagChange.ofRow(1, YES_NO), "alice");

        assertThatThrownBy(() -> service.tagging().tagIfCurrent(TagChange.ofRow(2, YES_NO), 999, "bob"))
                .isInstanceOf(ChangeRejectedException.class)
                .hasMessage("the edit is based on version 999, newer than any version this server issued (1):"
                        + " reload the labels");
        assertThatThrownBy(() -> service.tagging().tagIfCurrent(TagChange.ofRow(2, YES_NO), -1, "bob"))
                .as("u64 18446744073709551615").isInstanceOf(ChangeRejectedException.class)
                .hasMessageContaining("version 18446744073709551615");
        assertThat(service.queries().labels().isLabelled(2)).isFalse();
        assertThat(service.tagging().tagIfCurrent(TagChange.ofRow(2, YES_NO), 1, "bob")).isEqualTo(2);
    }

    @Test
    void aConflictCarriesTheServersCurrentVersionNotTheRows() throws Exception {
        ServerCore service = service();
        service.tagging().tag(TagChange.ofRow(0, YES_NO), "alice");
        service.tagging().tag(TagChange.ofRow(3, YES_NO), "carol");

        assertThatThrownBy(() -> service.tagging().tagIfCurrent(TagChange.ofRow(0, YES_NO), 0, "bob"))
                .isInstanceOfSatisfying(ChangeConflictException.class,
                        e -> assertThat(e.currentVersion()).isEqualTo(2));
    }

    @Test
    void watchersSeeEveryChangeInApplyOrderWithItsOrigin() throws Exception {
        ServerCore service = service();
        List<AppliedChange> seen = new ArrayList<>();
        AutoCloseable watch = service.tagging().watch(seen::add);

        service.tagging().tag(TagChange.ofRow(0, YES_NO), "alice");
        service.tagging().tag(TagChange.ofRow(3, YES_NO));
        watch.close();
        service.tagging().tag(TagChange.ofRow(2, YES_NO), "carol");

        assertThat(seen).containsExactly(new AppliedChange(1, TagChange.ofRow(0, YES_NO), "alice"),
                new AppliedChange(2, TagChange.ofRow(3, YES_NO), TaggingService.ANONYMOUS));
    }

    @Test
    void aFailingWatcherDoesNotStopTheChange() throws Exception {
        ServerCore service = service();
        service.tagging().watch(change -> {
            throw new IllegalStateException("broken subscriber");
        });

        service.tagging().tag(TagChange.ofRow(0, YES_NO), "alice");

        assertThat(service.queries().labels().value(0, 0)).isEqualTo(TagValue.TRUE);
    }

    @Test
    void statsCountLabelledRowsPerClipAndTruePerTag() throws Exception {
        ServerCore service = service();
        service.tagging().tag(new TagChange(0, 2, YES_NO), "alice");

        LabelStats stats = service.queries().stats();

        assertThat(stats.labelledRows()).isEqualTo(3);
        assertThat(stats.trueCounts()).containsExactly(3, 0);
        assertThat(stats.labelledRowsPerClip()).containsExactly(2, 1);
    }
}
