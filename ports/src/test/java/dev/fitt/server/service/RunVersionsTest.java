package dev.fitt.server.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.fitt.domain.ImageRows;
import dev.fitt.domain.LabelsSnapshot;
import dev.fitt.domain.Tag;
import dev.fitt.domain.TagChange;
import dev.fitt.domain.TagSet;
import dev.fitt.domain.TagValue;
import dev.fitt.domain.VersionBase;
import dev.fitt.ports.ChangeConflictException;
import dev.fitt.ports.DatasetLoadException;
import dev.fitt.ports.JournalException;
import dev.fitt.ports.ImageContent;
import dev.fitt.server.port.out.InMemoryChangeJournal;
import dev.fitt.server.port.out.InMemoryVersionBase;
import dev.fitt.server.port.out.StoredDataset;
import dev.fitt.server.port.out.VersionBasePort;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

/** Versions across restarts over one save folder: a run's journal and version base outlive it, its memory does not. */
class RunVersionsTest {
    private static final List<TagValue> YES = List.of(TagValue.TRUE);
    private static final List<TagValue> NO = List.of(TagValue.FALSE);

    private final InMemoryChangeJournal journal = new InMemoryChangeJournal();
    private final InMemoryVersionBase bases = new InMemoryVersionBase();
    private Clock clock = Clock.fixed(Instant.parse("2026-12-03T07:00:00Z"), ZoneOffset.UTC);

    /** A new server process over the same journal and base: nothing else of the last run remains. */
    private ServerCore run() throws Exception {
        ImageRows rows = new ImageRows(new String[] {"1", "1", "1"}, new String[] {"", "", ""},
                new String[] {"a", "b", "c"});
        StoredDataset stored = new StoredDataset(new TagSet(List.of(new Tag("1", "One", "tag_code_1"))), rows,
                LabelsSnapshot.unset(3, 1), "in", "out");
        ServerCore service = ServerCore.of(stored, labels -> { }, path -> new ImageContent(new byte[0]),
                journal, RunVersions.claim(bases, clock));
        service.saving().recoverFromJournal();
        return service;
    }

    @Test
    void anEditBasedOnWhatACrashedRunShowedIsAConflictNotAnOverwrite() throws Exception {
        ServerCore first = run();
        first.tagging().tag(TagChange.ofRow(1, YES), "alice");
        first.tagging().tag(TagChange.ofRow(2, YES), "alice");
        first.saving().save();                                   // the journal now starts after these two
        long bobSaw = first.queries().versionedLabels().version();
        first.tagging().tag(TagChange.ofRow(0, YES), "alice");

        ServerCore second = run();                  // crash: alice's last change comes back from the journal

        assertThatThrownBy(() -> second.tagging().tagIfCurrent(TagChange.ofRow(0, NO), bobSaw, "bob"))
                .isInstanceOf(ChangeConflictException.class);
        assertThat(second.queries().labels().value(0, 0)).isEqualTo(TagValue.TRUE);
    }

    @Test
    void anEditBasedOnAnEarlierRunIsAConflictOnRowsNobodyChanged() throws Exception {
        ServerCore first = run();
        first.tagging().tag(TagChange.ofRow(1, YES), "alice");
        long bobSaw = first.queries().versionedLabels().version();
        first.saving().save();

        ServerCore second = run();

        // The new run cannot know what happened to row 2 before it started: the client reloads.
        assertThatThrownBy(() -> second.tagging().tagIfCurrent(TagChange.ofRow(2, NO), bobSaw, "bob"))
                .isInstanceOf(ChangeConflictException.class);
        long reloaded = second.queries().versionedLabels().version();
        assertThat(second.tagging().tagIfCurrent(TagChange.ofRow(2, NO), reloaded, "bob")).isGreaterThan(reloaded);
    }

    @Test
    void everyVersionOfALaterRunIsAboveEveryVersionOfAnEarlierOneEvenWhenTheClockWentBack() throws Exception {
        ServerCore first = run();
        first.tagging().tag(TagChange.ofRow(0, YES), "alice");
        long firstNewest = first.queries().versionedLabels().version();
        clock = Clock.offset(clock, java.time.Duration.ofDays(-30));

        ServerCore second = run();

        assertThat(Arrays.stream(second.queries().versionedLabels().rowVersions()).min().orElseThrow())
                .isGreaterThan(firstNewest);
        assertThat(second.tagging().tag(TagChange.ofRow(1, YES), "alice")).isGreaterThan(firstNewest);
    }

    @Test
    void theBaseIsRecordedBeforeTheRunIssuesAVersion() throws Exception {
        VersionBase base = RunVersions.claim(bases, clock);

        assertThat(bases.latest()).hasValue(base.value());
        assertThat(base.value()).isEqualTo(clock.instant().getEpochSecond() * 1_000_000L);
    }

    @Test
    void aBaseThatCannotBeRecordedStopsTheStartNamingTheCause() {
        VersionBasePort broken = new VersionBasePort() {
            @Override
            public OptionalLong latest() {
                return OptionalLong.empty();
            }

            @Override
            public void record(long base) throws JournalException {
                throw new JournalException("cannot write the version base /data/out.csv.version-base: disk full");
            }
        };

        assertThatThrownBy(() -> RunVersions.claim(broken, clock)).isInstanceOf(DatasetLoadException.class)
                .hasMessage("cannot start the versions of this run: cannot write the version base"
                        + " /data/out.csv.version-base: disk full");
    }
}
