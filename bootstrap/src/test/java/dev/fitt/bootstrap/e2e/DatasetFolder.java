package dev.fitt.bootstrap.e2e;

import dev.fitt.bootstrap.settings.DatasetServing;
import dev.fitt.bootstrap.settings.SaveTuning;
import dev.fitt.bootstrap.settings.ServerSettings;
import dev.fitt.bootstrap.settings.ServerTuning;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A folder of four datasets: format A with trailing commas on its rows (day1), format B (day2), a
 * trailing comma in the header (day3), and a malformed cell (day4), sharing one meta CSV.
 */
final class DatasetFolder {
    private static final String META = "code,alias\n100,Clear Weather\n200,Rainy\n300,Foggy\n";

    private DatasetFolder() {
    }

    static Path write(Path data) throws IOException {
        Files.createDirectories(data);
        Files.writeString(data.resolve("meta.csv"), META);
        Files.writeString(data.resolve("day1.csv"), """
                clip_id,modality,file_path,tag_code_100,tag_code_200,tag_code_300
                1,camera_front,images/img_001.jpg,True,False,False,
                1,camera_rear,images/img_002.jpg,False,True,False,
                2,camera_front,images/img_003.jpg,,,
                """);
        Files.writeString(data.resolve("day2.csv"), """
                clip_id,file_path,tag_code,label
                7,images/b1.jpg,200,True
                7,images/b2.jpg,200,
                8,images/b3.jpg,200,
                """);
        Files.writeString(data.resolve("day3.csv"), """
                clip_id,modality,file_path,tag_code_100,tag_code_300,
                3,front,images/c1.jpg,,,
                3,front,images/c2.jpg,,,
                """);
        Files.writeString(data.resolve("day4.csv"), """
                file_path,tag_code_100
                images/d1.jpg,maybe
                """);
        return data;
    }

    /** No autosave by count or time: tests decide when saves happen. */
    static ServerSettings settings(Path data, Path saveDir, DatasetServing serving) {
        ServerTuning tuning = ServerTuning.defaults()
                .withSaving(new SaveTuning(0, 0, SaveTuning.DEFAULT_SAVE_CPU_PERCENT));
        return new ServerSettings("127.0.0.1", 0, data, saveDir, data.resolve("meta.csv"), false, tuning)
                .withDatasets(serving);
    }
}
