package dev.fitt.client.port.in;

/** Everything the desktop UI does with one labelling session, as one object to inject. */
public interface LabellingClient extends NavigateFramesUseCase, ChooseTagsUseCase, MassLabelUseCase,
        UndoEditsUseCase, LabellingStateQuery, SaveAndCloseUseCase, ResolveConflictsUseCase {
    /** Image bytes for the frames shown; calls block, make them off the UI thread. */
    LoadImagesUseCase images();

    void addListener(SessionListener listener);

    void removeListener(SessionListener listener);
}
