package dev.fitt.bootstrap;

import com.google.inject.Guice;
import com.google.inject.Injector;
import dev.fitt.bootstrap.modules.DatabaseDataset;
import dev.fitt.adapters.csv.CsvAdapter;
import dev.fitt.adapters.csv.CsvStoreConfig;
import dev.fitt.bootstrap.modules.DatabaseExport;
import dev.fitt.bootstrap.server.ServerModules;
import dev.fitt.bootstrap.settings.ServerSettings;
import dev.fitt.bootstrap.settings.SettingsLoader;
import java.nio.file.Path;
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
                + " (csv_save_dir), exactly as the CSV store writes it.")
public final class ExportCommand implements Callable<Integer> {
    @Spec
    private CommandSpec spec;

    @Option(names = "--config", paramLabel = "FILE", description = "Server settings JSON (default: ${DEFAULT-VALUE}).")
    private Path config = SettingsLoader.DEFAULT_SERVER_FILE;

    @Override
    public Integer call() throws Exception {
        Path workingDirectory = Path.of("").toAbsolutePath();
        ServerSettings settings = DatabaseCommands.loadWithDatabase(config, workingDirectory);
        Injector injector = Guice.createInjector(ServerModules.core(settings, workingDirectory));
        try {
            int rows = injector.getInstance(DatabaseExport.class).export();
            spec.commandLine().getOut().println("exported " + rows + " rows to "
                    + CsvAdapter.outputFile(new CsvStoreConfig(settings.csvDir(),
                    settings.metaPath(), settings.csvSaveDir(), settings.saveToSameFile())));
        } finally {
            injector.getInstance(DatabaseDataset.class).close();
        }
        return ExitCodes.OK;
    }
}
