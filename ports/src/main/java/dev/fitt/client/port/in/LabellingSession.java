package dev.fitt.client.port.in;

import java.util.Objects;

/**
 * One annotator's open labelling session, as the UI uses it: each use case from the client core's
 * service that is about it. Built by the client core ({@code dev.fitt.client.service.ClientCore});
 * the UI calls it on its own thread only, except {@code state().pendingEdits()},
 * {@code state().connectionState()}, {@code images()} and {@code statistics()} (which blocks).
 */
public record LabellingSession(NavigateFramesUseCase navigation, ChooseTagsUseCase choices,
        MassLabelUseCase massLabelling, UndoEditsUseCase history, ResolveConflictsUseCase conflicts,
        LabellingStateQuery state, SaveAndCloseUseCase saveAndClose, LoadImagesUseCase images,
        WatchSessionUseCase events, FrameProvenanceUseCase provenance, ReviewUseCase review,
        MyClipsUseCase myClips, ViewTeamStatisticsUseCase statistics) {
    public LabellingSession {
        Objects.requireNonNull(navigation, "navigation");
        Objects.requireNonNull(choices, "choices");
        Objects.requireNonNull(massLabelling, "massLabelling");
        Objects.requireNonNull(history, "history");
        Objects.requireNonNull(conflicts, "conflicts");
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(saveAndClose, "saveAndClose");
        Objects.requireNonNull(images, "images");
        Objects.requireNonNull(events, "events");
        Objects.requireNonNull(provenance, "provenance");
        Objects.requireNonNull(review, "review");
        Objects.requireNonNull(myClips, "myClips");
        Objects.requireNonNull(statistics, "statistics");
    }
}
