package dev.fitt.bootstrap;

import com.google.inject.Guice;
import dev.fitt.bootstrap.modules.DatabaseDataset;
import dev.fitt.bootstrap.server.ServerModules;
import dev.fitt.bootstrap.settings.ServerSettings;
import dev.fitt.bootstrap.settings.SettingsLoader;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code fitt import}: puts the data CSV (and meta CSV) of the server settings into their database. */
@Command(name = "import", mixinStandardHelpOptions = true,
        description = "Import the data CSV and meta CSV named in the server settings into their \"database\","
                + " under the data file's name, unless a dataset of that name is there already. When \"csv_dir\""
                + " is a folder of datasets, --dataset names the one to import.")
public final class ImportCommand implements Callable<Integer> {
    @Spec
    private CommandSpec spec;

    @Option(names = "--config", paramLabel = "FILE", description = "Server settings JSON (default: ${DEFAULT-VALUE}).")
    private Path config = SettingsLoader.DEFAULT_SERVER_FILE;

    @Option(names = "--dataset", paramLabel = "NAME", description = "The dataset to import when \"csv_dir\""
            + " is a folder of datasets: its data file's name without .csv.")
    private String name;

    @Override
    public Integer call() throws Exception {
        Path workingDirectory = Path.of("").toAbsolutePath();
        ServerSettings settings = FolderDataset.chosen(DatabaseCommands.loadWithDatabase(config, workingDirectory),
                name, false, workingDirectory);
        DatabaseDataset dataset = Guice.createInjector(ServerModules.core(settings, workingDirectory))
                .getInstance(DatabaseDataset.class);
        try {
            boolean imported = dataset.imported();
            String where = dataset.database().where();
            spec.commandLine().getOut().println(imported
                    ? "imported " + settings.csvDir() + " into " + where + " as dataset " + dataset.name()
                    : "dataset " + dataset.name() + " is in " + where + " already; nothing imported");
        } finally {
            dataset.close();
        }
        return ExitCodes.OK;
    }
}
