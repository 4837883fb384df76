package dev.fitt.adapters.socket;

import dev.fitt.server.port.in.AssignClipsUseCase;
import dev.fitt.server.port.in.DatasetUseCases;
import dev.fitt.server.port.in.GetAssignedClipsUseCase;
import dev.fitt.server.port.in.GetAssignmentsUseCase;
import dev.fitt.server.port.in.UnassignClipsUseCase;
import dev.fitt.server.port.in.GetAnnotatorStatsUseCase;
import dev.fitt.server.port.in.GetCameraNamesUseCase;
import dev.fitt.server.port.in.GetClipIdsUseCase;
import dev.fitt.server.port.in.GetClipsUseCase;
import dev.fitt.server.port.in.GetHourlyActivityUseCase;
import dev.fitt.server.port.in.GetImageUseCase;
import dev.fitt.server.port.in.GetLabelsUseCase;
import dev.fitt.server.port.in.GetProvenanceUseCase;
import dev.fitt.server.port.in.GetStatsUseCase;
import dev.fitt.server.port.in.GetTagSetUseCase;
import dev.fitt.server.port.in.GetVersionedLabelsUseCase;
import dev.fitt.server.port.in.ReviewFramesUseCase;
import dev.fitt.server.port.in.SaveLabelsUseCase;
import dev.fitt.server.port.in.TagAsAnnotatorUseCase;
import dev.fitt.server.port.in.TagFramesAsUseCase;
import dev.fitt.server.port.in.TagIfCurrentUseCase;
import dev.fitt.server.port.in.WatchChangesUseCase;
import java.util.Objects;

/**
 * The core's use cases the socket server answers with. Every edit goes through {@code tagFrames}
 * (v1, last writer wins) or {@code tagIfCurrent} (versioned), both naming the connection as origin
 * so that a subscriber is not sent its own changes back. Images are read only through
 * {@code images}, which knows the dataset's paths: a client can never name a file. The team use
 * cases record who edits ({@code tagAs}: every edit of the socket server goes through it, naming
 * the connection's annotator), review verdicts, provenance and per-annotator statistics (totals and hour by hour).
 */
public record ServedUseCases(GetTagSetUseCase tags, GetClipsUseCase clips, GetLabelsUseCase labels,
        TagFramesAsUseCase tagFrames, SaveLabelsUseCase save, GetImageUseCase images,
        TagIfCurrentUseCase tagIfCurrent, WatchChangesUseCase changes, GetVersionedLabelsUseCase versionedLabels,
        GetStatsUseCase stats, GetCameraNamesUseCase cameraNames, GetClipIdsUseCase clipIds,
        TagAsAnnotatorUseCase tagAs, ReviewFramesUseCase review, GetProvenanceUseCase provenance,
        GetAnnotatorStatsUseCase annotatorStats, AssignClipsUseCase assign, UnassignClipsUseCase unassign,
        GetAssignmentsUseCase assignments, GetAssignedClipsUseCase assignedClips, GetHourlyActivityUseCase hourlyActivity) {
    public ServedUseCases {
        Objects.requireNonNull(assign, "assign");
        Objects.requireNonNull(unassign, "unassign");
        Objects.requireNonNull(assignments, "assignments");
        Objects.requireNonNull(assignedClips, "assignedClips");
        Objects.requireNonNull(tagAs, "tagAs");
        Objects.requireNonNull(review, "review");
        Objects.requireNonNull(provenance, "provenance");
        Objects.requireNonNull(annotatorStats, "annotatorStats");
        Objects.requireNonNull(hourlyActivity, "hourlyActivity");
        Objects.requireNonNull(tags, "tags");
        Objects.requireNonNull(clips, "clips");
        Objects.requireNonNull(labels, "labels");
        Objects.requireNonNull(tagFrames, "tagFrames");
        Objects.requireNonNull(save, "save");
        Objects.requireNonNull(images, "images");
        Objects.requireNonNull(tagIfCurrent, "tagIfCurrent");
        Objects.requireNonNull(changes, "changes");
        Objects.requireNonNull(versionedLabels, "versionedLabels");
        Objects.requireNonNull(stats, "stats");
        Objects.requireNonNull(cameraNames, "cameraNames");
        Objects.requireNonNull(clipIds, "clipIds");
    }

    /** The use cases of a dataset that keeps no clip assignments (it works as if unassigned). */
    public ServedUseCases(GetTagSetUseCase tags, GetClipsUseCase clips, GetLabelsUseCase labels,
            TagFramesAsUseCase tagFrames, SaveLabelsUseCase save, GetImageUseCase images,
            TagIfCurrentUseCase tagIfCurrent, WatchChangesUseCase changes, GetVersionedLabelsUseCase versionedLabels,
            GetStatsUseCase stats, GetCameraNamesUseCase cameraNames, GetClipIdsUseCase clipIds,
            TagAsAnnotatorUseCase tagAs, ReviewFramesUseCase review, GetProvenanceUseCase provenance,
            GetAnnotatorStatsUseCase annotatorStats, GetHourlyActivityUseCase hourlyActivity) {
        this(tags, clips, labels, tagFrames, save, images, tagIfCurrent, changes, versionedLabels, stats, cameraNames,
                clipIds, tagAs, review, provenance, annotatorStats, NoAssignments.INSTANCE, NoAssignments.INSTANCE,
                NoAssignments.INSTANCE, NoAssignments.INSTANCE, hourlyActivity);
    }

    /**
     * Every use case from a core's services grouped as the server core groups them: what a client
     * may read, how it tags, where its save requests go and where images come from.
     */
    public static <Q extends GetTagSetUseCase & GetClipsUseCase & GetLabelsUseCase & GetVersionedLabelsUseCase
            & GetStatsUseCase & GetCameraNamesUseCase & GetClipIdsUseCase, T extends TagFramesAsUseCase
            & TagIfCurrentUseCase & WatchChangesUseCase & TagAsAnnotatorUseCase & ReviewFramesUseCase,
            R extends GetProvenanceUseCase & GetAnnotatorStatsUseCase & GetHourlyActivityUseCase> ServedUseCases of(Q queries, T tagging,
            SaveLabelsUseCase save, GetImageUseCase images, R team) {
        return new ServedUseCases(queries, queries, queries, tagging, save, images, tagging, tagging, queries,
                queries, queries, queries, tagging, tagging, team, team, team);
    }

    /** One dataset's use cases, as the server core's catalog hands them out. */
    public static ServedUseCases of(DatasetUseCases useCases) {
        return new ServedUseCases(useCases.tags(), useCases.clips(), useCases.labels(), useCases.tagFrames(),
                useCases.save(), useCases.images(), useCases.tagIfCurrent(), useCases.changes(),
                useCases.versionedLabels(), useCases.stats(), useCases.cameraNames(), useCases.clipIds(),
                useCases.tagAs(), useCases.review(), useCases.provenance(), useCases.annotatorStats(), useCases.assign(),
                useCases.unassign(), useCases.assignments(), useCases.assignedClips(), useCases.hourlyActivity());
    }

    /** The same use cases as the server core's catalog names them. */
    public DatasetUseCases toDatasetUseCases() {
        return new DatasetUseCases(tags, clips, labels, versionedLabels, stats, cameraNames, clipIds, tagFrames, tagIfCurrent,
                changes, save, images, tagAs, review, provenance, annotatorStats, assign, unassign, assignments,
                assignedClips, hourlyActivity);
    }

    /** The same use cases with clients' save requests answered by {@code requests}. */
    public ServedUseCases withSave(SaveLabelsUseCase requests) {
        return new ServedUseCases(tags, clips, labels, tagFrames, requests, images, tagIfCurrent, changes,
                versionedLabels, stats, cameraNames, clipIds, tagAs, review, provenance, annotatorStats, assign,
                unassign, assignments, assignedClips, hourlyActivity);
    }
}
