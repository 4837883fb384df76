package dev.fitt.client.port.out;

import dev.fitt.domain.AnnotatorStats;
import dev.fitt.domain.ClipSelection;
import dev.fitt.domain.DatasetAssignments;
import dev.fitt.domain.HourlyActivity;
import dev.fitt.ports.AdminRefusedException;
import dev.fitt.ports.AssignmentRefusedException;
import dev.fitt.ports.DatasetActivity;
import dev.fitt.ports.SaveFailedException;
import dev.fitt.ports.ServerSetting;
import dev.fitt.ports.ServerUnreachableException;
import dev.fitt.ports.SettingRefusedException;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A running server as its administrator reaches it: its settings, live changes, saves and stats.
 * Every call may also fail with {@link ServerUnreachableException} (no connection) or
 * {@link AdminRefusedException} (not let in as administrator).
 */
public interface ServerAdminPort extends AutoCloseable {
    /** Every setting in the settings file's order; secrets show as {@link ServerSetting#HIDDEN}. */
    List<ServerSetting> settings() throws ServerUnreachableException, AdminRefusedException;

    /**
     * Changes one setting on the running server.
     *
     * @throws SettingRefusedException nothing changed; the message names the field and why
     */
    SettingApplied set(String name, String value)
            throws ServerUnreachableException, AdminRefusedException, SettingRefusedException;

    /** Saves {@code dataset} now (empty: every dataset); what was saved, in words. */
    String save(String dataset) throws ServerUnreachableException, AdminRefusedException, SaveFailedException;

    /** Connections, and per dataset its size, progress, changes and saves. */
    ServerStats stats() throws ServerUnreachableException, AdminRefusedException;

    /**
     * Each annotator's work on {@code dataset}, which should be loaded (asking opens it, as a
     * client's selection does): what the team work statistics tell a tagging client (issue 15).
     *
     * @throws AdminRefusedException also when the server offers no team work or no such dataset
     */
    default List<AnnotatorStats> annotatorStats(String dataset)
            throws ServerUnreachableException, AdminRefusedException {
        throw new AdminRefusedException("this server offers no annotator statistics");
    }

    /**
     * Assigns {@code clips} of {@code dataset} (empty: the server's default) to {@code annotator};
     * a clip someone else holds moves only with {@code reassign}. What was done, in words.
     *
     * @throws AssignmentRefusedException nothing changed: a clip the dataset does not have, or one
     *     someone else holds (the message names it and why)
     * @throws SaveFailedException nothing changed: the server could not write the assignments
     */
    default String assign(String dataset, String annotator, ClipSelection clips, boolean reassign)
            throws ServerUnreachableException, AdminRefusedException, AssignmentRefusedException,
            SaveFailedException {
        throw new AdminRefusedException("this server offers no clip assignments");
    }

    /** Takes {@code clips} (empty: all of them) of {@code dataset} back from {@code annotator}; as {@link #assign}. */
    default String unassign(String dataset, String annotator, Optional<ClipSelection> clips)
            throws ServerUnreachableException, AdminRefusedException, AssignmentRefusedException,
            SaveFailedException {
        throw new AdminRefusedException("this server offers no clip assignments");
    }

    /** Who works on which clips of {@code dataset} (empty: the server's default), with their progress. */
    default Assignments assignments(String dataset) throws ServerUnreachableException, AdminRefusedException {
        throw new AdminRefusedException("this server offers no clip assignments");
    }

    /**
     * {@code dataset}'s frames per hour over the last day, per annotator, and its reviewed frames
     * (asking opens it, as {@link #annotatorStats} does).
     *
     * @throws AdminRefusedException also when the server does not tell them (no team work, or older)
     */
    default HourlyActivity hourlyActivity(String dataset) throws ServerUnreachableException, AdminRefusedException {
        throw new AdminRefusedException("this server offers no hourly activity");
    }

    @Override
    void close();

    /** The assignments of the dataset named {@code dataset} (the default's name when none was asked for). */
    record Assignments(String dataset, DatasetAssignments assignments) {
        public Assignments {
            Objects.requireNonNull(dataset, "dataset");
            Objects.requireNonNull(assignments, "assignments");
        }
    }

    /**
     * A setting that changed.
     *
     * @param written false when the server could not write its settings file: the change holds
     *                until it stops ({@code message} says why)
     */
    record SettingApplied(String message, boolean written) {
        public SettingApplied {
            Objects.requireNonNull(message, "message");
        }
    }

    /**
     * What {@link #stats()} tells: the same datasets in both lists, in the same order; a dataset
     * that is not loaded has no activity (zeros), as its state in {@code datasets} says.
     */
    record ServerStats(int connections, List<ServerDataset> datasets, List<DatasetActivity> activity) {
        public ServerStats {
            datasets = List.copyOf(datasets);
            activity = List.copyOf(activity);
        }
    }
}
