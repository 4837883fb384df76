package dev.fitt.server.port.in;

import dev.fitt.ports.DatasetSummary;
import java.util.List;

/** The datasets this server serves, in name order, with their size and progress. */
public interface ListDatasetsUseCase {
    List<DatasetSummary> datasets();
}
