package dev.fitt.client.service;

import dev.fitt.client.port.in.MyClipsUseCase;
import dev.fitt.domain.AssignedClips;
import dev.fitt.domain.labelling.Progress;
import java.util.List;

/** Your clips or all of them: reads the walk {@link SessionState} keeps, and toggles it. */
final class MyClipsService implements MyClipsUseCase {
    private final SessionState state;

    MyClipsService(SessionState state) {
        this.state = state;
    }

    @Override
    public AssignedClips assigned() {
        return state.assignments.latest();
    }

    @Override
    public boolean walkingMyClips() {
        return !state.walk().walksAll();
    }

    @Override
    public boolean toggleMyClips() {
        if (assigned().clips().isEmpty()) {
            return false;
        }
        state.showAllClips = !state.showAllClips;
        state.events.myClipsChanged();
        return true;
    }

    @Override
    public boolean isOutsideMyClips(int frameNumber) {
        List<Integer> mine = assigned().clips();
        return !mine.isEmpty() && !mine.contains(state.frames.clipNumberOf(frameNumber));
    }

    @Override
    public List<Integer> walkClips() {
        return state.walk().clips();
    }

    @Override
    public int walkSize() {
        return state.walk().size();
    }

    @Override
    public int walkPosition(int frameNumber) {
        return state.walk().positionOf(frameNumber);
    }

    @Override
    public int frameAtWalkPosition(int position) {
        return state.walk().frameAt(position);
    }

    @Override
    public Progress walkProgress() {
        return state.labels.withTable(table -> state.walk().progress(table));
    }
}
