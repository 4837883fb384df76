package dev.fitt.adapters.socket.server;

import dev.fitt.adapters.socket.ServedUseCases;
import dev.fitt.domain.Clip;
import dev.fitt.domain.LabelsSnapshot;
import dev.fitt.ports.DatasetLoadException;
import dev.fitt.server.port.in.DatasetCatalogUseCase;
import dev.fitt.server.port.in.DatasetSummary;
import dev.fitt.server.port.in.DatasetUseCases;
import dev.fitt.server.port.in.OpenDataset;
import java.util.List;
import java.util.Objects;

/** A server given the use cases of one dataset rather than a catalog: that dataset, named {@value #NAME}. */
final class OneServedDataset implements DatasetCatalogUseCase {
    static final String NAME = "dataset";

    private final DatasetUseCases useCases;

    OneServedDataset(ServedUseCases served) {
        this.useCases = Objects.requireNonNull(served, "served").toDatasetUseCases();
    }

    @Override
    public List<DatasetSummary> datasets() {
        LabelsSnapshot labels = useCases.labels().labels();
        List<Clip> clips = useCases.clips().clips();
        int frames = 0;
        int labelled = 0;
        for (Clip clip : clips) {
            for (int first = clip.begin(); first < clip.end(); first += clip.cameras()) {
                frames++;
                boolean all = true;
                for (int row = first; row < first + clip.cameras(); row++) {
                    all &= labels.isLabelled(row);
                }
                labelled += all ? 1 : 0;
            }
        }
        return List.of(new DatasetSummary(NAME, DatasetSummary.State.LOADED, labels.rowCount(), clips.size(), frames,
                labelled, ""));
    }

    @Override
    public String defaultDataset() {
        return NAME;
    }

    @Override
    public OpenDataset open(String name) throws DatasetLoadException {
        if (!NAME.equals(name)) {
            throw new DatasetLoadException("there is no dataset named \"" + name + "\"; this server has " + NAME);
        }
        return new OpenDataset() {
            @Override
            public String name() {
                return NAME;
            }

            @Override
            public DatasetUseCases useCases() {
                return useCases;
            }

            @Override
            public void close() {
                // Served for the server's life.
            }
        };
    }
}
