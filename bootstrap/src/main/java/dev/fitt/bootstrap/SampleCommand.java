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
        description = {"Write a sample dataset: DIR/data.csv, DIR/meta.csv and DIR/images/*.jpg.",
            "Rows come grouped by camera inside each clip; most are unlabelled. Images (1280x720, "
                    + "100-250 KB) are drawn once and reused: row i shows image i %% P."})
public final class SampleCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Option(names = "--out", paramLabel = "DIR", required = true, description = "Folder to write to.")
    private Path out;

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

    @Option(names = "--force", description = "Replace an existing data.csv / meta.csv in DIR.")
    private boolean force;

    @Override
    public Integer call() throws IOException {
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
            summary = new SampleGenerator().generate(sample, force);
        } catch (FileAlreadyExistsException e) {
            // The user chose the folder: a usage error, said in one line without the usage text.
            spec.commandLine().getErr().println(spec.qualifiedName() + ": --out: " + e.getMessage());
            return ExitCodes.BAD_SETTINGS_OR_USAGE;
        }
        spec.commandLine().getOut().println(summary.describe());
        return ExitCodes.OK;
    }
}
