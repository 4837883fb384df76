package dev.fitt.bootstrap.sample;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.Random;

/**
 * The data CSV: clip_id, modality, file_path and one tag_code_N column per tag. Most rows are
 * left unlabelled (empty cells) as a fresh dataset is; a few carry one True tag and False for
 * the rest, as single-selection tagging leaves them.
 */
final class SampleDataWriter {
    /** About one row in this many comes already labelled. */
    private static final int LABELLED_ONE_IN = 20;

    private final SampleSpec spec;
    private final String imageFolder;
    private final String name;

    /**
     * @param imageFolder the images' folder relative to the data CSV: paths stay relative so the
     *     sample can be moved or copied as a whole, as with the seed README's own example
     */
    SampleDataWriter(SampleSpec spec, String imageFolder, String name) {
        this.spec = spec;
        this.imageFolder = imageFolder;
        this.name = name;
    }

    /**
     * The default dataset keeps its plain names; another's images carry its name, so several
     * datasets share one images folder without overwriting each other's files.
     */
    static String imageName(String name, int poolIndex) {
        String plain = String.format("img_%06d.jpg", poolIndex);
        return SampleGenerator.DEFAULT_NAME.equals(name) ? plain : name + "_" + plain;
    }

    /** The default dataset keeps its plain clip numbers; another's ids carry its name, unlike any clip number. */
    static String clipId(String name, int clip) {
        return SampleGenerator.DEFAULT_NAME.equals(name) ? String.valueOf(clip) : String.format("%s_%04d", name, clip);
    }

    /** @return how many rows were written labelled */
    int write(Writer out, Random random) throws IOException {
        StringBuilder header = new StringBuilder("clip_id,modality,file_path");
        for (int tag = 0; tag < spec.tags(); tag++) {
            header.append(",tag_code_").append(spec.tagCode(tag));
        }
        out.write(header.append('\n').toString());
        int[] labelled = {0};
        StringBuilder line = new StringBuilder(256);
        try {
            new SampleLayout(spec).forEachRow(row -> {
                line.setLength(0);
                String image = imageFolder + "/" + imageName(name, row.index() % spec.imagesToDraw());
                line.append(clipId(name, row.clipId())).append(',').append(row.camera()).append(',')
                        .append(CsvCell.of(image));
                boolean label = random.nextInt(LABELLED_ONE_IN) == 0;
                int trueTag = random.nextInt(spec.tags());
                for (int tag = 0; tag < spec.tags(); tag++) {
                    line.append(',');
                    if (label) {
                        line.append(tag == trueTag ? "True" : "False");
                    }
                }
                if (label) {
                    labelled[0]++;
                }
                try {
                    out.write(line.append('\n').toString());
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        return labelled[0];
    }
}
