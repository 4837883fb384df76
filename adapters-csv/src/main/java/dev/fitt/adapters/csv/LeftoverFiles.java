package dev.fitt.adapters.csv;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Removes what a process killed in the middle of a save left beside an output: the CSV temp file
 * of {@link LabelledCopyWriter} ({@code .<output>.<digits>.saving}, a new name per save, so each
 * crash left one more, each as large as the output CSV) and the load caches' half-written
 * files ({@code <output>.rows.cache.writing}). Only these names, only for this output: other files
 * in the folder may be the user's or another output's. Run only while the {@link OutputLock} is
 * held, so no save in progress is ever among them.
 */
final class LeftoverFiles {
    private static final Logger LOG = LoggerFactory.getLogger(LeftoverFiles.class);

    private LeftoverFiles() {
    }

    static void removeBeside(Path output) {
        String name = output.getFileName().toString();
        Pattern leftover = Pattern.compile(Pattern.quote(LabelledCopyWriter.tempPrefix(output)) + "\\d+"
                + Pattern.quote(LabelledCopyWriter.TEMP_SUFFIX) + "|" + Pattern.quote(name)
                + "\\.(rows|labels)\\.cache" + Pattern.quote(CacheOutput.TEMP_SUFFIX));
        List<Path> found = new ArrayList<>();
        try (Stream<Path> files = Files.list(output.getParent())) {
            files.filter(file -> leftover.matcher(file.getFileName().toString()).matches()
                    && Files.isRegularFile(file)).forEach(found::add);
        } catch (IOException e) {
            LOG.warn("could not look for files left by an interrupted save beside {}: {}", output, e.toString());
            return;
        }
        for (Path file : found) {
            try {
                Files.deleteIfExists(file);
                LOG.info("removed {}, left by a save that was interrupted", file);
            } catch (IOException e) {
                LOG.warn("could not remove {}, left by a save that was interrupted: {}", file, e.toString());
            }
        }
    }
}
