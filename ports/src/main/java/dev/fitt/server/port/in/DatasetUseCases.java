package dev.fitt.server.port.in;

import java.util.Objects;

/**
 * Every use case a client works with on one dataset: what it may read, how it tags, where its save
 * requests go and where images come from; the team's: tagging as a named annotator, review,
 * provenance, per-annotator statistics (totals, and hour by hour) and who works on which clips (a
 * lead's assign, unassign and list; an annotator's own clips). The catalog hands one out per opened dataset.
 */
public record DatasetUseCases(GetTagSetUseCase tags, GetClipsUseCase clips, GetLabelsUseCase labels,
        GetVersionedLabelsUseCase versionedLabels, GetStatsUseCase stats, GetCameraNamesUseCase cameraNames,
        GetClipIdsUseCase clipIds, TagFramesAsUseCase tagFrames, TagIfCurrentUseCase tagIfCurrent, WatchChangesUseCase changes,
        SaveLabelsUseCase save, GetImageUseCase images, TagAsAnnotatorUseCase tagAs, ReviewFramesUseCase review,
        GetProvenanceUseCase provenance, GetAnnotatorStatsUseCase annotatorStats, AssignClipsUseCase assign,
        UnassignClipsUseCase unassign, GetAssignmentsUseCase assignments, GetAssignedClipsUseCase assignedClips,
        GetHourlyActivityUseCase hourlyActivity) {
    public DatasetUseCases {
        Objects.requireNonNull(tags, "tags");
        Objects.requireNonNull(clips, "clips");
        Objects.requireNonNull(labels, "labels");
        Objects.requireNonNull(versionedLabels, "versionedLabels");
        Objects.requireNonNull(stats, "stats");
        Objects.requireNonNull(cameraNames, "cameraNames");
        Objects.requireNonNull(clipIds, "clipIds");
        Objects.requireNonNull(tagFrames, "tagFrames");
        Objects.requireNonNull(tagIfCurrent, "tagIfCurrent");
        Objects.requireNonNull(changes, "changes");
        Objects.requireNonNull(save, "save");
        Objects.requireNonNull(images, "images");
        Objects.requireNonNull(tagAs, "tagAs");
        Objects.requireNonNull(review, "review");
        Objects.requireNonNull(provenance, "provenance");
        Objects.requireNonNull(annotatorStats, "annotatorStats");
        Objects.requireNonNull(assign, "assign");
        Objects.requireNonNull(unassign, "unassign");
        Objects.requireNonNull(assignments, "assignments");
        Objects.requireNonNull(assignedClips, "assignedClips");
        Objects.requireNonNull(hourlyActivity, "hourlyActivity");
    }
}
