package dev.fitt.adapters.csv;

import dev.fitt.adapters.csv.journal.FileJournals;
import dev.fitt.ports.DatasetLoadException;
import dev.fitt.ports.JournalException;
import dev.fitt.server.port.out.ChangeJournalPort;
import dev.fitt.server.port.out.DatasetSourcesPort;
import dev.fitt.server.port.out.DatasetStorage;
import dev.fitt.server.port.out.ImageSourcePort;
import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Objects;
import java.util.function.IntSupplier;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The datasets of a folder (see {@link CsvFolderConfig}). Finding them reads each CSV's header
 * line and no row, so start-up does not grow with the data; a dataset's files are read when the
 * core first loads it. Outputs of a save into the same folder ({@code __labelled__.csv}) and
 * meta files are not datasets.
 */
final class CsvDatasetFolder implements DatasetSourcesPort {
    private static final Logger LOG = LoggerFactory.getLogger(CsvDatasetFolder.class);

    private final CsvFolderConfig config;
    private final Path workingDirectory;
    /** Read at each save: an administrator may change it while the server runs. */
    private final IntSupplier saveCpuPercent;

    CsvDatasetFolder(CsvFolderConfig config, Path workingDirectory, IntSupplier saveCpuPercent) {
        this.config = Objects.requireNonNull(config, "config");
        this.workingDirectory = Objects.requireNonNull(workingDirectory, "workingDirectory");
        this.saveCpuPercent = Objects.requireNonNull(saveCpuPercent, "saveCpuPercent");
    }

    @Override
    public List<String> names() throws DatasetLoadException {
        List<Path> candidates;
        try (Stream<Path> files = Files.list(config.folder())) {
            candidates = files.filter(CsvDatasetFolder::mayBeData).sorted().toList();
        } catch (IOException e) {
            throw new DatasetLoadException("cannot list the data folder " + config.folder() + ": " + e, e);
        }
        List<String> names = new ArrayList<>();
        for (Path file : candidates) {
            if (!file.toAbsolutePath().normalize().equals(config.metaCsv().toAbsolutePath().normalize())
                    && hasFilePathColumn(file)) {
                String fileName = file.getFileName().toString();
                names.add(fileName.substring(0, fileName.length() - CsvFolderConfig.DATA_SUFFIX.length()));
            }
        }
        if (names.isEmpty()) {
            throw new DatasetLoadException("the data folder " + config.folder() + " holds no data CSV: a dataset is a"
                    + " *.csv file with a file_path column");
        }
        return List.copyOf(names);
    }

    @Override
    public DatasetStorage open(String name) throws DatasetLoadException {
        if (!names().contains(name)) {
            throw new DatasetLoadException("there is no dataset named \"" + name + "\" in " + config.folder()
                    + "; there are " + String.join(", ", names()));
        }
        CsvStoreConfig dataset = config.dataset(name);
        Path output = OutputFiles.outputFile(dataset);
        // Before the journal: a refusal then leaves nothing open (the image root can go away while the server runs).
        ImageSourcePort images = CsvAdapter.datasetImageSource(name, dataset.dataCsv(), workingDirectory,
                config.images());
        ChangeJournalPort journal;
        try {
            journal = FileJournals.beside(output);
        } catch (JournalException e) {
            throw new DatasetLoadException("dataset " + name + ": cannot open its journal beside " + output + ": "
                    + e.getMessage(), e);
        }
        return new DatasetStorage(CsvAdapter.datasetStore(dataset, saveCpuPercent), images, journal,
                FileJournals.versionBaseBeside(output), CsvAdapter.provenanceStore(dataset))
                .withAssignments(CsvAdapter.assignmentStore(dataset));
    }

    private static boolean mayBeData(Path file) {
        String name = file.getFileName().toString();
        return name.endsWith(CsvFolderConfig.DATA_SUFFIX) && !name.endsWith(CsvFolderConfig.META_SUFFIX)
                && !name.endsWith(OutputFiles.SUFFIX) && !name.endsWith(ProvenanceFile.SUFFIX)
                && !name.endsWith(ProvenanceFile.EXPORT_SUFFIX) && !name.endsWith(AssignmentsFile.SUFFIX)
                && Files.isRegularFile(file);
    }

    /** Reads the header line only. */
    private static boolean hasFilePathColumn(Path file) {
        try (Reader reader = CsvFiles.open(file); CSVParser parser = CsvFiles.FORMAT.parse(reader)) {
            Iterator<CSVRecord> records = parser.iterator();
            if (!records.hasNext()) {
                return false;
            }
            for (String name : records.next()) {
                if (name.strip().equals("file_path")) {
                    return true;
                }
            }
            return false;
        } catch (IOException | RuntimeException e) {
            LOG.warn("{} is not taken as a dataset: its header cannot be read ({})", file, e.toString());
            return false;
        }
    }
}
