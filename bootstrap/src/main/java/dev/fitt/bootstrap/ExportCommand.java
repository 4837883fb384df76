package dev.fitt.bootstrap;

import com.google.inject.Guice;
import com.google.inject.Injector;
import dev.fitt.adapters.csv.CsvAdapter;
import dev.fitt.bootstrap.modules.DatabaseDataset;
import dev.fitt.bootstrap.modules.DatabaseExport;
import dev.fitt.bootstrap.server.CoreApplication;
import dev.fitt.bootstrap.server.RunningCore;
import dev.fitt.bootstrap.server.ServerModules;
import dev.fitt.bootstrap.settings.ServerSettings;
import dev.fitt.bootstrap.settings.SettingsLoader;
import dev.fitt.domain.RowProvenance;
import dev.fitt.server.port.out.ProvenanceStorePort;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code fitt export}: writes the labels in the database as the labelled CSV a server writes. Every
 * acknowledged change is committed in the database already, so nothing is left out.
 */
@Command(name = "export", mixinStandardHelpOptions = true,
        description = "Write the labels of the server settings' \"database\" to the labelled CSV"
                + " (csv_save_dir), exactly as the CSV store writes it. With --provenance (also for CSV"
                + " settings), also write a copy with who labelled and reviewed each row. When \"csv_dir\""
                + " is a folder of datasets, --dataset names the one to export.")
public final class ExportCommand implements Callable<Integer> {
    @Spec
    private CommandSpec spec;

    @Option(names = "--config", paramLabel = "FILE", description = "Server settings JSON (default: ${DEFAULT-VALUE}).")
    private Path config = SettingsLoader.DEFAULT_SERVER_FILE;

    @Option(names = "--dataset", paramLabel = "NAME", description = "The dataset to export when \"csv_dir\""
            + " is a folder of datasets: its data file's name without .csv (with \"database\": the database's).")
    private String dataset;

    @Option(names = "--provenance", description = "Also write the labelled CSV with the columns labelled_by,"
            + " labelled_at, reviewed_by and review (accepted, corrected or empty) to --out.")
    private boolean provenance;

    @Option(names = "--out", paramLabel = "FILE", description = "Where --provenance writes"
            + " (default: the labelled CSV's name with .provenance-export.csv).")
    private Path out;

    @Override
    public Integer call() throws Exception {
        Path workingDirectory = Path.of("").toAbsolutePath();
        ServerSettings loaded = provenance
                ? new SettingsLoader().loadServer(config).resolvedAgainst(workingDirectory)
                : DatabaseCommands.loadWithDatabase(config, workingDirectory);
        // One dataset of a folder is exported as a server of its one data file would export it.
        ServerSettings settings = FolderDataset.chosen(loaded, dataset, loaded.database().isPresent(),
                workingDirectory);
        Injector injector = Guice.createInjector(ServerModules.core(settings, workingDirectory));
        Path labelled = CsvAdapter.outputFile(ServerModules.csvStorage(settings));
        try {
            int rows;
            List<RowProvenance> fileOrder = null;
            if (settings.database().isPresent()) {
                rows = injector.getInstance(DatabaseExport.class).export();
                if (provenance) {
                    // Every commit recorded its rows' provenance in the database.
                    fileOrder = injector.getInstance(ProvenanceStorePort.class).loadProvenance(rows);
                }
            } else {
                // CSV settings (only with --provenance): what the journal holds is saved first.
                try (RunningCore core = injector.getInstance(CoreApplication.class).start()) {
                    core.core().saving().save();
                    rows = core.stored().rows().size();
                    fileOrder = core.core().team().provenanceInFileOrder();
                }
            }
            spec.commandLine().getOut().println("exported " + rows + " rows to " + labelled);
            if (provenance) {
                Path target = out != null ? workingDirectory.resolve(out) : provenanceExportBeside(labelled);
                CsvAdapter.exportWithProvenance(labelled, fileOrder, target);
                spec.commandLine().getOut().println("wrote " + rows + " rows with who labelled and reviewed them to "
                        + target);
            }
        } finally {
            if (settings.database().isPresent()) {
                injector.getInstance(DatabaseDataset.class).close();
            }
        }
        return ExitCodes.OK;
    }

    private static Path provenanceExportBeside(Path labelled) {
        String name = labelled.getFileName().toString();
        String stem = name.endsWith(".csv") ? name.substring(0, name.length() - 4) : name;
        return labelled.resolveSibling(stem + ".provenance-export.csv");
    }
}
