package dev.fitt.server.port.in;

import dev.fitt.ports.DatasetActivity;
import java.util.List;

/** Changes and saves of this server run, per dataset, in name order. */
public interface GetDatasetActivityUseCase {
    List<DatasetActivity> activity();
}
