package dev.fitt.ports;

import java.util.Objects;

/**
 * One dataset a server serves and how far its labelling has come.
 *
 * @param name           the dataset's name: its data file's name without {@code .csv}
 * @param frames         moments of its clips (one image per camera each)
 * @param labelledFrames frames every image of which has a tag value set
 */
public record DatasetSummary(String name, int rows, int clips, int frames, int labelledFrames) {
    public DatasetSummary {
        Objects.requireNonNull(name, "name");
        if (rows < 0 || clips < 0 || frames < 0 || labelledFrames < 0 || labelledFrames > frames) {
            throw new IllegalArgumentException("dataset " + name + ": " + rows + " rows, " + clips + " clips, "
                    + labelledFrames + " of " + frames + " frames labelled");
        }
    }
}
