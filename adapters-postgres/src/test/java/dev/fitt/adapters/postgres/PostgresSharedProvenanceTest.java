package dev.fitt.adapters.postgres;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.fitt.domain.Attribution;
import dev.fitt.domain.ChangeKind;
import dev.fitt.domain.Review;
import dev.fitt.domain.RowProvenance;
import dev.fitt.domain.TagChange;
import dev.fitt.domain.TagValue;
import dev.fitt.ports.ChangeConflictException;
import dev.fitt.server.port.out.CommittedRows;
import dev.fitt.server.port.out.DatasetFixture;
import dev.fitt.server.port.out.SharedJournalPort;
import dev.fitt.server.port.out.StoredDataset;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Several servers on one database, with team work (issues 13, 15): each commit records who made it
 * when in its rows, the other server's feed names them, and the rows' provenance reads back as the
 * core keeps it (a correction keeps who labelled, an accept changes no labels, a new label clears
 * the review).
 */
@Timeout(60)
class PostgresSharedProvenanceTest {
    private static final List<TagValue> ON = List.of(TagValue.TRUE, TagValue.UNSET, TagValue.TRUE);
    private static final List<TagValue> OFF = List.of(TagValue.FALSE, TagValue.UNSET, TagValue.TRUE);
    private static final Instant T1 = Instant.parse("2026-12-01T10:00:00.123Z");
    private static final Instant T2 = Instant.parse("2026-12-01T11:00:00.456Z");
    private static final Instant T3 = Instant.parse("2026-12-01T12:00:00.789Z");
    private static EmbeddedDatabase server;

    @BeforeAll
    static void start() {
        server = EmbeddedDatabase.start();
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    private static void awaitTrue(java.util.function.BooleanSupplier condition, String what) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (!condition.getAsBoolean()) {
            assertThat(System.nanoTime() < deadline).as(what).isTrue();
            Thread.sleep(5);
        }
    }

    @Test
    void commitsRecordWhoAndWhenInTheRowsAndTheOtherServerHearsIt() throws Exception {
        PostgresConfig config = server.newDatabase();
        DatasetFixture fixture = DatasetFixture.small();
        try (PostgresDatabase one = PostgresDatabase.open(config); PostgresDatabase two = PostgresDatabase.open(config)) {
            one.importIfAbsent("d.csv", new StoredDataset(fixture.tags(), fixture.rows(), fixture.labels(), "f", "d"));
            try (SharedJournalPort a = one.sharedJournal("d.csv"); SharedJournalPort b = two.sharedJournal("d.csv")) {
                List<CommittedRows> bSees = new CopyOnWriteArrayList<>();
                b.follow(bSees::addAll);

                long labelled = a.commit(new TagChange(0, 1, ON), new int[] {1, 3}, SharedJournalPort.NO_BASIS,
                        Attribution.label("Ana", T1));
                a.commit(TagChange.ofRow(0, OFF), new int[] {5}, SharedJournalPort.NO_BASIS, Attribution.UNKNOWN);
                long corrected = b.commit(TagChange.ofRow(0, OFF), new int[] {1}, labelled,
                        new Attribution("Ben", T2, ChangeKind.CORRECTION));
                long accepted = b.commit(TagChange.ofRow(0, OFF), new int[] {3}, labelled,
                        new Attribution("Ben", T3, ChangeKind.ACCEPT));

                assertThat(accepted).isGreaterThan(corrected).isGreaterThan(labelled);
                awaitTrue(() -> bSees.size() == 4, "the three label changes and the accept followed, got " + bSees);
                assertThat(bSees.get(0).by()).isEqualTo(Attribution.label("Ana", T1));
                assertThat(bSees.get(1).by()).isEqualTo(Attribution.UNKNOWN);
                assertThat(bSees.get(2).by()).isEqualTo(new Attribution("Ben", T2, ChangeKind.CORRECTION));
                assertThat(bSees.get(3).by()).as("an accept changes no row's version, and is followed all the same")
                        .isEqualTo(new Attribution("Ben", T3, ChangeKind.ACCEPT));
                assertThat(bSees.get(3).version()).isEqualTo(accepted);
                assertThat(bSees.get(3).fileRows()).containsExactly(3);
                assertThatThrownBy(() -> b.commit(TagChange.ofRow(0, OFF), new int[] {1}, labelled,
                        new Attribution("Ben", T3, ChangeKind.ACCEPT)))
                        .as("an accept of labels changed since its basis").isInstanceOf(ChangeConflictException.class);
            }

            List<RowProvenance> rows = two.provenance("d.csv").loadProvenance(6);
            assertThat(rows.get(1)).isEqualTo(new RowProvenance("Ana", T1, "Ben", Review.CORRECTED));
            assertThat(rows.get(3)).isEqualTo(new RowProvenance("Ana", T1, "Ben", Review.ACCEPTED));
            assertThat(rows.get(0)).isEqualTo(RowProvenance.NONE);
            assertThat(rows.get(5)).as("labelled by nobody known").isEqualTo(RowProvenance.NONE);
            assertThat(one.datasetStore("d.csv").load().labels().value(3, 0)).as("an accept changes no labels")
                    .isEqualTo(TagValue.TRUE);

            try (SharedJournalPort a = one.sharedJournal("d.csv")) {
                a.commit(TagChange.ofRow(0, ON), new int[] {1}, SharedJournalPort.NO_BASIS,
                        Attribution.label("Carl", T3));
            }
            assertThat(one.provenance("d.csv").loadProvenance(6).get(1))
                    .as("a new label starts a new, unreviewed history").isEqualTo(new RowProvenance("Carl", T3, "",
                            Review.NONE));
        }
    }

    @Test
    void theProvenanceReadWithTheRowsAtAStartIsTheTablesAndALaterCommitIsNotMissed() throws Exception {
        PostgresConfig config = server.newDatabase();
        DatasetFixture fixture = DatasetFixture.small();
        String oddName = "Zoë\tO'Neil \\ \"the second\"";
        try (PostgresDatabase one = PostgresDatabase.open(config); PostgresDatabase two = PostgresDatabase.open(config)) {
            one.importIfAbsent("d.csv", new StoredDataset(fixture.tags(), fixture.rows(), fixture.labels(), "f", "d"));
            try (SharedJournalPort a = one.sharedJournal("d.csv")) {
                long labelled = a.commit(TagChange.ofRow(0, ON), new int[] {0, 2}, SharedJournalPort.NO_BASIS,
                        Attribution.label(oddName, T1));
                a.commit(TagChange.ofRow(0, OFF), new int[] {2}, labelled, new Attribution("Ben", T2,
                        ChangeKind.CORRECTION));
                a.commit(TagChange.ofRow(0, ON), new int[] {0}, labelled, new Attribution("Ben", T3,
                        ChangeKind.ACCEPT));
            }

            one.datasetStore("d.csv").load();
            List<RowProvenance> withTheRows = one.provenance("d.csv").loadProvenance(6);
            List<RowProvenance> fromTheTable = two.provenance("d.csv").loadProvenance(6);
            assertThat(withTheRows).isEqualTo(fromTheTable);
            assertThat(withTheRows.get(0)).isEqualTo(new RowProvenance(oddName, T1, "Ben", Review.ACCEPTED));
            assertThat(withTheRows.get(2)).isEqualTo(new RowProvenance(oddName, T1, "Ben", Review.CORRECTED));
            assertThat(withTheRows.get(1)).isEqualTo(RowProvenance.NONE);

            one.datasetStore("d.csv").load();
            try (SharedJournalPort b = two.sharedJournal("d.csv")) {
                b.commit(TagChange.ofRow(0, OFF), new int[] {4}, SharedJournalPort.NO_BASIS,
                        Attribution.label("Carl", T3));
            }
            assertThat(one.provenance("d.csv").loadProvenance(6).get(4))
                    .as("committed through another server after the load: read from the table")
                    .isEqualTo(new RowProvenance("Carl", T3, "", Review.NONE));
        }
    }
}
