package dev.fitt.bootstrap.e2e;

import dev.fitt.bootstrap.settings.ServerSettings;
import dev.fitt.bootstrap.settings.SaveTuning;
import dev.fitt.bootstrap.settings.ServerTuning;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A small dataset in a temp folder: clips of three cameras stored grouped (all frames of the
 * front camera, then left, then right), an extra column the server must keep, one image missing.
 */
final class GroupedDataset {
    static final String[] CAMERAS = {"front", "left", "right"};
    static final int TAGS = 3;

    final Path folder;
    final Path dataCsv;
    final Path metaCsv;
    final Path saveDir;
    final int rows;
    final int framesPerClip;
    final int clips;

    private GroupedDataset(Path folder, int clips, int framesPerClip) {
        this.folder = folder;
        this.dataCsv = folder.resolve("drive.csv");
        this.metaCsv = folder.resolve("meta.csv");
        this.saveDir = folder.resolve("labelled");
        this.clips = clips;
        this.framesPerClip = framesPerClip;
        this.rows = clips * framesPerClip * CAMERAS.length;
    }

    static GroupedDataset write(Path folder, int clips, int framesPerClip) throws IOException {
        GroupedDataset d = new GroupedDataset(folder, clips, framesPerClip);
        Files.createDirectories(folder.resolve("images"));
        StringBuilder csv = new StringBuilder("clip_id,modality,file_path,weather_note,tag_code_100,tag_code_200,tag_code_300\n");
        for (int clip = 0; clip < clips; clip++) {
            for (String camera : CAMERAS) {
                for (int frame = 0; frame < framesPerClip; frame++) {
                    String image = "images/c" + clip + "_" + camera + "_" + frame + ".jpg";
                    csv.append("clip").append(clip).append(',').append(camera).append(',').append(image)
                            .append(",\"note, with comma\",,,\n");
                    if (!(clip == 0 && camera.equals("right") && frame == 1)) {
                        Files.writeString(folder.resolve(image), "jpeg-bytes-of " + image);
                    }
                }
            }
        }
        Files.writeString(d.dataCsv, csv, StandardCharsets.UTF_8);
        Files.writeString(d.metaCsv, "code,alias\n100,Clear Weather\n200,Rainy\n300,Night Time\n");
        return d;
    }

    /** The file row (0-based, data rows only) shown at a display index. */
    int fileRow(int displayIndex) {
        int perClip = framesPerClip * CAMERAS.length;
        int clip = displayIndex / perClip;
        int within = displayIndex % perClip;
        int frame = within / CAMERAS.length;
        int camera = within % CAMERAS.length;
        return clip * perClip + camera * framesPerClip + frame;
    }

    Path output() {
        return saveDir.resolve("drive__labelled__.csv");
    }

    ServerSettings settings() {
        // No autosave by count or time: tests decide when saves happen.
        ServerTuning tuning = ServerTuning.defaults()
                .withSaving(new SaveTuning(0, 0, SaveTuning.DEFAULT_SAVE_CPU_PERCENT));
        return new ServerSettings("127.0.0.1", 0, dataCsv, saveDir, metaCsv, false, tuning);
    }
}
