package dev.fitt.adapters.csv;

import dev.fitt.domain.LabelsSnapshot;
import dev.fitt.domain.Tag;
import dev.fitt.server.port.out.DatasetFixture;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Writes a store contract fixture as a format A data CSV and a meta CSV, as a user would have them. */
final class FixtureFiles {
    private FixtureFiles() {
    }

    static void write(DatasetFixture fixture, Path dataCsv, Path metaCsv) throws IOException {
        StringBuilder data = new StringBuilder("clip_id,modality,file_path");
        StringBuilder meta = new StringBuilder("code,alias\n");
        for (Tag tag : fixture.tags().tags()) {
            data.append(',').append(tag.column());
            meta.append(tag.code()).append(',').append(tag.alias()).append('\n');
        }
        data.append('\n');
        LabelsSnapshot labels = fixture.labels();
        for (int row = 0; row < fixture.rows().size(); row++) {
            data.append(fixture.rows().clipId(row)).append(',').append(fixture.rows().camera(row)).append(',')
                    .append(fixture.rows().filePath(row));
            for (int tag = 0; tag < labels.tagCount(); tag++) {
                String cell = TagCells.format(labels.code(row, tag));
                data.append(',').append(cell == null ? "" : cell);
            }
            data.append('\n');
        }
        Files.writeString(dataCsv, data);
        Files.writeString(metaCsv, meta);
    }
}
