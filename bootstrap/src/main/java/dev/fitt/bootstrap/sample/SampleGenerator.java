package dev.fitt.bootstrap.sample;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import java.util.stream.IntStream;

/**
 * Writes a sample dataset (data.csv, meta.csv, images/) for trying and benchmarking fitt.
 * Deterministic: the same spec always gives the same bytes, so runs can be compared.
 */
public final class SampleGenerator {
    public static final String DATA_FILE = "data.csv";
    /** The dataset name that gives {@value #DATA_FILE}, plain clip numbers and plain image names. */
    public static final String DEFAULT_NAME = "data";
    public static final String META_FILE = "meta.csv";
    public static final String IMAGE_DIR = "images";
    /** Real 720p dash-cam JPEGs are about this size. */
    public static final int MIN_IMAGE_BYTES = 100 * 1024;
    public static final int MAX_IMAGE_BYTES = 250 * 1024;

    private static final long SEED = 0xF177_5A3DL;

    private final FramePainter painter = new FramePainter();
    private final JpegEncoder encoder = new JpegEncoder(
            MIN_IMAGE_BYTES + 10 * 1024, MAX_IMAGE_BYTES - 40 * 1024);

    /**
     * @param overwrite replace an existing data.csv / meta.csv in {@code spec.out()}
     * @throws FileAlreadyExistsException naming the file when it exists and overwrite is false
     */
    public SampleSummary generate(SampleSpec spec, boolean overwrite) throws IOException {
        return generate(spec, DEFAULT_NAME, overwrite);
    }

    /**
     * Writes NAME.csv beside a shared meta.csv and images folder, so several calls with different
     * names make a folder of datasets. An existing meta.csv with the same text is kept.
     *
     * @throws FileAlreadyExistsException naming the file when NAME.csv exists, or meta.csv exists
     *         with other text, and overwrite is false
     */
    public SampleSummary generate(SampleSpec spec, String name, boolean overwrite) throws IOException {
        Path out = spec.out().toAbsolutePath().normalize();
        Path dataCsv = out.resolve(name + ".csv");
        Path metaCsv = out.resolve(META_FILE);
        Path imageDir = out.resolve(IMAGE_DIR);
        java.io.StringWriter metaText = new java.io.StringWriter();
        new SampleMeta(spec).write(metaText);
        boolean sameMeta = Files.exists(metaCsv) && Files.readString(metaCsv).equals(metaText.toString());
        if (!overwrite) {
            refuseToReplace(dataCsv);
            if (!sameMeta && Files.exists(metaCsv)) {
                throw new FileAlreadyExistsException(metaCsv.toString(), null, "already exists with other tags;"
                        + " use the same --tags as before, another --out, or pass --force to replace it");
            }
        }
        Files.createDirectories(imageDir);

        long imageBytes = writeImages(spec, name, imageDir);
        if (!sameMeta) {
            Files.writeString(metaCsv, metaText.toString(), StandardCharsets.UTF_8);
        }
        int labelled;
        try (Writer data = Files.newBufferedWriter(dataCsv, StandardCharsets.UTF_8)) {
            labelled = new SampleDataWriter(spec, IMAGE_DIR, name).write(data, new Random(SEED));
        }
        return new SampleSummary(dataCsv, metaCsv, imageDir, spec.rows(), spec.clips(), spec.cameras().size(),
                spec.tags(), labelled, spec.imagesToDraw(), imageBytes);
    }

    private static void refuseToReplace(Path file) throws FileAlreadyExistsException {
        if (Files.exists(file)) {
            throw new FileAlreadyExistsException(file.toString(), null,
                    "already exists; choose another --out or pass --force to replace it");
        }
    }

    /** Pool image {@code i} shows row {@code i}, the first row that uses it. */
    private long writeImages(SampleSpec spec, String name, Path imageDir) throws IOException {
        int pool = spec.imagesToDraw();
        SampleRow[] firstUsers = new SampleRow[pool];
        new SampleLayout(spec).forEachRow(row -> {
            if (row.index() < pool) {
                firstUsers[row.index()] = row;
            }
        });
        try {
            // Seeded per image, so the bytes do not depend on which thread drew what first.
            return IntStream.range(0, pool).parallel()
                    .mapToLong(i -> writeImage(imageDir, name, i, firstUsers[i]))
                    .sum();
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    private long writeImage(Path imageDir, String name, int poolIndex, SampleRow shown) {
        byte[] jpeg = encoder.encode(painter.paint(shown, new Random(SEED * 31 + poolIndex)));
        try {
            Files.write(imageDir.resolve(SampleDataWriter.imageName(name, poolIndex)), jpeg);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return jpeg.length;
    }
}
