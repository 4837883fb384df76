package dev.fitt.client.port.in;

import dev.fitt.client.port.out.ServerDatasets;
import dev.fitt.ports.DatasetLoadException;
import dev.fitt.ports.ServerUnreachableException;
import java.util.Optional;

/** Choosing the dataset to label, when the server offers several. Calls block: off the event thread. */
public interface ChooseDatasetUseCase {
    /** The server's datasets when it offers a choice (more than one), else empty. */
    Optional<ServerDatasets> offered() throws ServerUnreachableException;

    /** The dataset to start the choice on: the last one chosen when the server still has it, else its own. */
    String preselected(ServerDatasets datasets);

    /**
     * Works on {@code name} from now on (this connection and every later one) and remembers it for
     * the next start.
     *
     * @throws DatasetLoadException when the server has no such dataset or cannot load it (why)
     */
    void choose(String name) throws DatasetLoadException, ServerUnreachableException;

    /** The dataset chosen, or empty while the server's default is used. */
    Optional<String> chosen();
}
