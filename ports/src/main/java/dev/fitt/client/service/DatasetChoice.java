package dev.fitt.client.service;

import dev.fitt.client.port.in.ChooseDatasetUseCase;
import dev.fitt.client.port.out.ClientPreferencesPort;
import dev.fitt.client.port.out.ServerDatasets;
import dev.fitt.client.port.out.TaggingServerPort;
import dev.fitt.ports.DatasetLoadException;
import dev.fitt.ports.ServerUnreachableException;
import java.io.IOException;
import java.lang.System.Logger.Level;
import java.util.Objects;
import java.util.Optional;

/** Lists the server's datasets, selects one, and remembers the choice in the client's settings. */
public final class DatasetChoice implements ChooseDatasetUseCase {
    private static final System.Logger LOG = System.getLogger(DatasetChoice.class.getName());

    private final TaggingServerPort server;
    private final ClientPreferencesPort preferences;
    private volatile String chosen;

    public DatasetChoice(TaggingServerPort server, ClientPreferencesPort preferences) {
        this.server = Objects.requireNonNull(server, "server");
        this.preferences = Objects.requireNonNull(preferences, "preferences");
    }

    @Override
    public Optional<ServerDatasets> offered() throws ServerUnreachableException {
        return server.listDatasets().filter(ServerDatasets::offersChoice);
    }

    @Override
    public String preselected(ServerDatasets datasets) {
        String current = chosen;
        if (current != null && datasets.contains(current)) {
            return current;
        }
        Optional<String> last = lastChoice();
        return last.filter(datasets::contains).orElse(datasets.selected());
    }

    @Override
    public void choose(String name) throws DatasetLoadException, ServerUnreachableException {
        server.selectDataset(name);
        chosen = name;
        try {
            preferences.rememberDataset(name);
        } catch (IOException e) {
            // The choice stands for this run; only the next start will not know it.
            LOG.log(Level.WARNING, "could not remember dataset " + name + " in " + preferences.location() + ": "
                    + e.getMessage());
        }
    }

    @Override
    public Optional<String> chosen() {
        return Optional.ofNullable(chosen);
    }

    private Optional<String> lastChoice() {
        try {
            return preferences.lastDataset();
        } catch (IOException e) {
            LOG.log(Level.WARNING, "could not read the last dataset from " + preferences.location() + ": "
                    + e.getMessage());
            return Optional.empty();
        }
    }
}
