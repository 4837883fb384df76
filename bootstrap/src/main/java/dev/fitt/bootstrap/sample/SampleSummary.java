package dev.fitt.bootstrap.sample;

import java.nio.file.Path;

/** What {@code fitt sample} wrote, for the summary it prints. */
public record SampleSummary(Path dataCsv, Path metaCsv, Path imageDir, int rows, int clips, int cameras,
        int tags, int labelledRows, int images, long imageBytes) {

    public String describe() {
        long averageKb = images == 0 ? 0 : imageBytes / images / 1024;
        return String.join(System.lineSeparator(),
                "Wrote a sample dataset:",
                "  data:   " + dataCsv + " (" + rows + " rows, " + clips + " clips, " + cameras
                        + " cameras grouped per clip, " + tags + " tags, " + labelledRows + " labelled)",
                "  meta:   " + metaCsv,
                "  images: " + images + " JPEGs of " + FramePainter.WIDTH + "x" + FramePainter.HEIGHT
                        + " in " + imageDir + " (" + averageKb + " KB on average; row i shows image i % "
                        + images + ")",
                "Tag it:  fitt tag " + dataCsv + " --meta " + metaCsv + " --save-dir " + dataCsv.getParent());
    }
}
