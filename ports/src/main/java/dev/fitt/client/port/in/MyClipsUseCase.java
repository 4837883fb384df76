package dev.fitt.client.port.in;

import dev.fitt.domain.AssignedClips;
import dev.fitt.domain.labelling.Progress;
import java.util.List;

/**
 * The clips the lead assigned to this annotator, and the frames the annotator walks: with clips
 * assigned, the arrows, the next unlabelled frame, the slider and the progress count go through
 * those clips only, until the annotator asks for all (Ctrl+M). Without assignments every clip is
 * walked, as on a server without team work. Frame numbers stay the dataset's; the walk numbers its
 * own frames as positions 0..{@link #walkSize()}-1 for the slider. Nothing here waits for the server:
 * assignments are fetched in the background and told by {@link SessionListener#myClipsChanged()}.
 */
public interface MyClipsUseCase {
    /** As the server last told ({@link AssignedClips#NONE} without team work or assignments). */
    AssignedClips assigned();

    /** True while only the assigned clips are walked: some are assigned to you and you did not ask for all. */
    boolean walkingMyClips();

    /**
     * Between your clips and all clips; false, and nothing changes, when no clips are assigned to you.
     * Does not move the current frame.
     */
    boolean toggleMyClips();

    /** Whether {@code frameNumber} lies outside the clips assigned to you; false when none are. */
    boolean isOutsideMyClips(int frameNumber);

    /** The walked clips (clip numbers from 0, ascending). */
    List<Integer> walkClips();

    /** Number of walked frames. */
    int walkSize();

    /** The position of {@code frameNumber} in the walk; for a frame outside it, the next walked frame's. */
    int walkPosition(int frameNumber);

    /** The frame number at {@code position} of the walk. */
    int frameAtWalkPosition(int position);

    /** Labelled frames of the walk (of the whole dataset when every clip is walked). */
    Progress walkProgress();
}
