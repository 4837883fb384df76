package dev.fitt.client.port.out;

import java.util.Objects;

/**
 * One dataset a server offers, with as much of its progress as the server knows without loading
 * it: {@link State#NOT_LOADED_YET} has no counts yet (all 0), {@link State#FAILED} says why in
 * {@code problem}.
 *
 * @param labelledFrames frames whose every image has a tag value
 */
public record ServerDataset(String name, State state, int rows, int clips, int frames, int labelledFrames,
        String problem) {
    /** How far the counts go. */
    public enum State {
        /** Not opened since the server started: no counts. */
        NOT_LOADED_YET,
        /** Open on the server: current counts. */
        LOADED,
        /** Closed after being idle: the counts as it closed, which is how it still is. */
        UNLOADED,
        /** The server cannot load it: {@code problem} says why. */
        FAILED
    }

    public ServerDataset {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(problem, "problem");
        if (rows < 0 || clips < 0 || frames < 0 || labelledFrames < 0) {
            throw new IllegalArgumentException("dataset " + name + ": negative counts");
        }
    }

    /** Whether the counts are known (else they are 0 and say nothing). */
    public boolean countsKnown() {
        return state == State.LOADED || state == State.UNLOADED;
    }
}
