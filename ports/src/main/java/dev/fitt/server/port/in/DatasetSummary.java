package dev.fitt.server.port.in;

import java.util.Objects;

/**
 * One dataset a server offers, with its progress as far as it is known without loading it: a
 * loaded dataset's counts are current; an unloaded one's are those it had when it was unloaded
 * (nothing changes it meanwhile); a dataset not loaded since the server started has no counts yet
 * (all 0). A dataset that could not be loaded says why in {@code problem}.
 *
 * @param labelledFrames frames whose every image carries a tag value
 */
public record DatasetSummary(String name, State state, int rows, int clips, int frames, int labelledFrames,
        String problem) {
    /** How much of the counts is known. */
    public enum State {
        /** In memory: the counts are current. */
        LOADED,
        /** Unloaded after being idle: the counts as it was unloaded, which is as it still is. */
        UNLOADED,
        /** Not loaded since the server started: no counts. */
        NOT_LOADED_YET,
        /** Its files could not be loaded: {@code problem} says why. */
        FAILED
    }

    public DatasetSummary {
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(problem, "problem");
        if (name == null || name.isEmpty()) {
            throw new IllegalArgumentException("a dataset needs a name");
        }
        if (rows < 0 || clips < 0 || frames < 0 || labelledFrames < 0 || labelledFrames > frames) {
            throw new IllegalArgumentException("dataset " + name + ": counts " + rows + " rows, " + clips + " clips, "
                    + labelledFrames + " of " + frames + " frames labelled do not fit");
        }
        if ((state == State.NOT_LOADED_YET || state == State.FAILED) && (rows | clips | frames) != 0) {
            throw new IllegalArgumentException("dataset " + name + " is " + state + ": its counts are not known");
        }
        if ((state == State.FAILED) == problem.isEmpty()) {
            throw new IllegalArgumentException("dataset " + name + ": a problem is given exactly when it failed");
        }
    }

    public static DatasetSummary notLoadedYet(String name) {
        return new DatasetSummary(name, State.NOT_LOADED_YET, 0, 0, 0, 0, "");
    }

    public static DatasetSummary failed(String name, String problem) {
        return new DatasetSummary(name, State.FAILED, 0, 0, 0, 0, problem);
    }

    /** The same counts in another state (a loaded dataset's, once it is unloaded). */
    public DatasetSummary in(State other) {
        return new DatasetSummary(name, other, rows, clips, frames, labelledFrames, problem);
    }
}
