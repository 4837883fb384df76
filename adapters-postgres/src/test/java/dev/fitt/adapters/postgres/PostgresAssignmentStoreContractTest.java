package dev.fitt.adapters.postgres;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.fitt.domain.ClipAssignments;
import dev.fitt.ports.SaveFailedException;
import dev.fitt.server.port.out.AssignmentStoreContract;
import dev.fitt.server.port.out.AssignmentStorePort;
import dev.fitt.server.port.out.DatasetFixture;
import dev.fitt.server.port.out.StoredDataset;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Assignments in the database (schema 4): "reopen" is another server on the same database. */
class PostgresAssignmentStoreContractTest extends AssignmentStoreContract {
    private static final AtomicInteger DATASETS = new AtomicInteger();
    private static EmbeddedDatabase server;
    private static PostgresConfig config;
    private static PostgresDatabase database;
    private static final List<PostgresDatabase> OTHERS = new ArrayList<>();
    private final Map<AssignmentStorePort, String> names = new IdentityHashMap<>();

    @BeforeAll
    static void start() throws Exception {
        server = EmbeddedDatabase.start();
        config = server.newDatabase();
        database = PostgresDatabase.open(config);
    }

    @AfterAll
    static void stop() {
        OTHERS.forEach(PostgresDatabase::close);
        database.close();
        server.close();
    }

    @Override
    protected AssignmentStorePort newStore() throws Exception {
        String name = "assigned_" + DATASETS.incrementAndGet() + ".csv";
        DatasetFixture fixture = DatasetFixture.small();
        database.importIfAbsent(name, new StoredDataset(fixture.tags(), fixture.rows(), fixture.labels(),
                "fixture", name));
        AssignmentStorePort store = database.assignments(name);
        names.put(store, name);
        return store;
    }

    @Override
    protected AssignmentStorePort reopen(AssignmentStorePort before) throws Exception {
        PostgresDatabase other = PostgresDatabase.open(config);
        OTHERS.add(other);
        AssignmentStorePort store = other.assignments(names.get(before));
        names.put(store, names.get(before));
        return store;
    }

    @Test
    void aDatasetThatIsNotThereIsNamedWhenWriting() {
        TreeMap<String, String> holders = new TreeMap<>(Map.of("a", "ana"));

        assertThatThrownBy(() -> database.assignments("nothing.csv").changeAssignments(before -> new ClipAssignments(holders)))
                .isInstanceOf(SaveFailedException.class).hasMessageContaining("no dataset nothing.csv");
    }

    @Test
    void twoServersWritingInTurnEachSeeTheOthersLastWrite() throws Exception {
        AssignmentStorePort first = newStore();
        AssignmentStorePort second = reopen(first);
        first.changeAssignments(before -> new ClipAssignments(new TreeMap<>(Map.of("a", "ana"))));
        assertThat(second.loadAssignments().holder("a")).hasValue("ana");

        second.changeAssignments(before -> new ClipAssignments(new TreeMap<>(Map.of("a", "bo", "b", "bo"))));
        assertThat(first.loadAssignments().holders()).containsExactlyEntriesOf(new TreeMap<>(Map.of("a", "bo",
                "b", "bo")));
    }

    @Test
    void aChangeWritesOnlyTheClipsItChangesSoTheOthersKeepWhenTheyWereAssigned() throws Exception {
        AssignmentStorePort store = newStore();
        store.changeAssignments(before -> new ClipAssignments(new TreeMap<>(Map.of("a", "ana", "b", "bo", "c", "cy"))));
        Map<String, Object> first = assignedAt(names.get(store));

        store.changeAssignments(before -> new ClipAssignments(new TreeMap<>(Map.of("a", "ana", "b", "di", "d", "di"))));

        Map<String, Object> second = assignedAt(names.get(store));
        assertThat(second).containsOnlyKeys("a", "b", "d");
        assertThat(second.get("a")).as("a kept its holder, so its row").isEqualTo(first.get("a"));
        assertThat(second.get("b")).as("b changed hands").isNotEqualTo(first.get("b"));
        assertThat(store.loadAssignments().holders()).containsExactlyEntriesOf(new TreeMap<>(Map.of("a", "ana", "b", "di",
                "d", "di")));
    }

    /** Each assigned clip's {@code assigned_at}, as the database's own text (to the microsecond). */
    private static Map<String, Object> assignedAt(String dataset) throws Exception {
        Map<String, Object> at = new TreeMap<>();
        try (Connection connection = DriverManager.getConnection(config.url(), config.user(),
                config.password());
                PreparedStatement select = connection.prepareStatement("SELECT a.clip_id, a.assigned_at::text"
                        + " FROM clip_assignment a JOIN dataset d ON d.id = a.dataset_id WHERE d.name = ?")) {
            select.setString(1, dataset);
            try (ResultSet rs = select.executeQuery()) {
                while (rs.next()) {
                    at.put(rs.getString(1), rs.getString(2));
                }
            }
        }
        return at;
    }

    @Test
    void twoLeadsAssigningAtOnceOnTwoServersBothKeepTheirs() throws Exception {
        AssignmentStorePort onA = newStore();
        AssignmentStorePort onB = reopen(onA);
        assertThat(changeAtOnce(List.of(onA, onB, onA, onB), 15)).isEqualTo(60);
    }
}
