package dev.fitt.client.service;

import dev.fitt.domain.Clip;
import dev.fitt.domain.LabelsSnapshot;
import dev.fitt.domain.TagSet;
import dev.fitt.domain.TagValue;
import dev.fitt.domain.labelling.ClientLabelTable;
import dev.fitt.domain.labelling.Progress;
import dev.fitt.client.port.in.ConnectionState;
import dev.fitt.client.port.in.LabellingStateQuery;
import java.util.List;
import java.util.Optional;

/** What the UI renders: labels, names, clips, progress and the link's state; no call changes anything. */
final class StateQueryService implements LabellingStateQuery {
    private final SessionState state;

    StateQueryService(SessionState state) {
        this.state = state;
    }

    @Override
    public TagSet tags() {
        return state.tags;
    }

    @Override
    public List<TagValue> imageValues(int camera) {
        return valuesAt(state.cursor.frame().index(camera));
    }

    @Override
    public List<TagValue> valuesAt(int displayIndex) {
        return state.labels.withTable(table -> table.values(displayIndex));
    }

    @Override
    public String cameraName(int camera) {
        return state.cameraTitles.title(state.cursor.clipNumber(), camera);
    }

    @Override
    public int clipNumber() {
        return state.cursor.clipNumber();
    }

    @Override
    public int clipCount() {
        return state.frames.clipCount();
    }

    @Override
    public Optional<String> clipId(int clipNumber) {
        checkClip(clipNumber);
        if (state.clipIds.isEmpty()) {
            return Optional.empty();
        }
        String id = state.clipIds.get(clipNumber);
        return id.isBlank() ? Optional.empty() : Optional.of(id);
    }

    @Override
    public int firstFrameOfClip(int clipNumber) {
        checkClip(clipNumber);
        return state.frames.firstFrameOf(clipNumber);
    }

    private void checkClip(int clipNumber) {
        if (clipNumber < 0 || clipNumber >= state.frames.clipCount()) {
            throw new IndexOutOfBoundsException("clip " + clipNumber + " is outside 0.."
                    + (state.frames.clipCount() - 1));
        }
    }

    @Override
    public int frameOfImage(int displayIndex) {
        return state.frames.frameOf(displayIndex);
    }

    @Override
    public String imagePlace(int displayIndex) {
        int frame = state.frames.frameOf(displayIndex);
        int clipNumber = state.frames.clipNumberOf(frame);
        Clip clip = state.frames.clip(clipNumber);
        return state.cameraTitles.title(clipNumber, (displayIndex - clip.begin()) % clip.cameras()) + ", frame "
                + (frame + 1);
    }

    @Override
    public List<TagValue> serverValuesAt(int displayIndex) {
        if (displayIndex < 0 || displayIndex >= state.frames.rowCount()) {
            throw new IndexOutOfBoundsException("image " + displayIndex + " is outside 0.."
                    + (state.frames.rowCount() - 1));
        }
        return state.sync.serverValues(displayIndex);
    }

    @Override
    public String serverAuthorAt(int displayIndex) {
        if (displayIndex < 0 || displayIndex >= state.frames.rowCount()) {
            throw new IndexOutOfBoundsException("image " + displayIndex + " is outside 0.."
                    + (state.frames.rowCount() - 1));
        }
        return state.sync.serverAuthor(displayIndex);
    }

    @Override
    public Clip currentClip() {
        return state.frames.clip(state.cursor.clipNumber());
    }

    @Override
    public Progress datasetProgress() {
        return state.labels.withTable(ClientLabelTable::datasetProgress);
    }

    @Override
    public Progress clipProgress() {
        int clip = state.cursor.clipNumber();
        return state.labels.withTable(table -> table.clipProgress(clip));
    }

    @Override
    public boolean isFrameLabelled(int frameNumber) {
        return state.labels.withTable(table -> table.isFrameLabelled(frameNumber));
    }

    @Override
    public int pendingEdits() {
        return state.queue.pending();
    }

    @Override
    public ConnectionState connectionState() {
        return state.queue.state();
    }

    @Override
    public LabelsSnapshot labels() {
        return state.labels.withTable(ClientLabelTable::snapshot);
    }
}
