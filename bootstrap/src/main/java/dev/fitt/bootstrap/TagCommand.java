package dev.fitt.bootstrap;

import dev.fitt.bootstrap.settings.ServerSettings;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code fitt tag}: tag one dataset locally, with no separate server to start. */
@Command(name = "tag", mixinStandardHelpOptions = true,
        description = "Tag a data CSV on this machine (server and client in one process).")
public final class TagCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Parameters(index = "0", paramLabel = "DATA.csv", description = "The data CSV to tag.")
    private Path data;

    @Option(names = "--meta", paramLabel = "META.csv", required = true,
            description = "The meta CSV with the tags (code,alias).")
    private Path meta;

    @ArgGroup(exclusive = true, multiplicity = "0..1")
    private SaveChoice save = new SaveChoice();

    /** Where labels go; mutually exclusive, as in server_setting.json. */
    static final class SaveChoice {
        @Option(names = "--save-to-same-file", description = "Overwrite DATA.csv with the labels.")
        boolean sameFile;

        @Option(names = "--save-dir", paramLabel = "DIR",
                description = "Save to DIR/<name>__labelled__.csv (default: the folder of DATA.csv).")
        Path dir;
    }

    @Override
    public Integer call() {
        return NotWiredYet.report(spec);
    }

    /**
     * The same choices as a server settings file would give, with paths resolved against
     * {@code workingDirectory}; host and port are those of the default server.
     */
    public ServerSettings settings(Path workingDirectory) {
        Path absoluteData = workingDirectory.resolve(data).normalize();
        Path saveDir = save.dir != null ? save.dir : absoluteData.getParent();
        return new ServerSettings(ServerSettings.DEFAULT_HOST, ServerSettings.DEFAULT_PORT, data,
                save.sameFile ? null : saveDir, meta, save.sameFile).resolvedAgainst(workingDirectory);
    }
}
