package dev.fitt.bootstrap;

import dev.fitt.bootstrap.sample.SampleGenerator;
import dev.fitt.bootstrap.sample.SampleSpec;
import dev.fitt.bootstrap.sample.SampleSummary;
import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code fitt sample}: writes a sample dataset to try or benchmark fitt with. */
@Command(name = "sample", mixinStandardHelpOptions = true,
        description = {"Write a sample dataset: DIR/NAME.csv, DIR/meta.csv and DIR/images/*.jpg.",
            "Run it again with another --name (and the same --tags) for a folder of datasets sharing meta.csv"
                    + " and images/.",
            "Rows come grouped by camera inside each clip; most are unlabelled. Images (1280x720, "
                    + "100-250 KB) are drawn once and reused: row i shows image i %% P."})
public final class SampleCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Option(names = "--out", paramLabel = "DIR", required = true, description = "Folder to write to.")
    private Path out;

    @Option(names = "--name", paramLabel = "NAME",
            description = {"The dataset's name: writes DIR/NAME.csv (default: ${DEFAULT-VALUE}).",
                "Other than data, clip ids are NAME_0001, ... and images NAME_img_*.jpg."})
    private String name = SampleGenerator.DEFAULT_NAME;

    @Option(names = "--rows", paramLabel = "N", required = true, description = "Number of data rows.")
    private int rows;

    @Option(names = "--cameras", paramLabel = "a,b,c", split = ",",
            description = "Camera (modality) names (default: camera_front,camera_left,camera_right).")
    private List<String> cameras;

    @Option(names = "--tags", paramLabel = "K", description = "Number of tags: codes 100, 200, ... (default: 5).")
    private Integer tags;

    @Option(names = "--image-pool", paramLabel = "P",
            description = "Distinct images to draw (default: min(N, 60)).")
    private Integer imagePool;

    @Option(names = "--clips", paramLabel = "C",
            description = "Number of clips (default: N / (cameras * 20), at least 1).")
    private Integer clips;

    @Option(names = "--force", description = "Replace an existing NAME.csv, or a meta.csv with other tags, in DIR.")
    private boolean force;

    @Override
    public Integer call() throws IOException {
        if (!name.matches("[A-Za-z0-9][A-Za-z0-9_-]{0,63}") || name.equalsIgnoreCase("meta")) {
            throw new ParameterException(spec.commandLine(), "--name: \"" + name + "\" is not a usable dataset name"
                    + " (1-64 letters, digits, _ or -, starting with a letter or digit; not meta)");
        }
        SampleSpec sample;
        try {
            sample = SampleSpec.withDefaults(out, rows, cameras, tags, imagePool, clips);
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage(), e);
        }
        // Images are drawn off-screen; without this AWT may look for a display that is not there.
        if (System.getProperty("java.awt.headless") == null) {
            System.setProperty("java.awt.headless", "true");
        }
        SampleSummary summary;
        try {
            summary = new SampleGenerator().generate(sample, name, force);
        } catch (FileAlreadyExistsException e) {
            // The user chose the folder: a usage error, said in one line without the usage text.
            spec.commandLine().getErr().println(spec.qualifiedName() + ": --out: " + e.getMessage());
            return ExitCodes.BAD_SETTINGS_OR_USAGE;
        }
        spec.commandLine().getOut().println(summary.describe());
        return ExitCodes.OK;
    }
}
