package dev.fitt.client.port.out;

import java.util.List;
import java.util.Objects;

/**
 * The datasets a server offers, sorted by name: {@code selected} is the one this client works on
 * (the server's default until it chooses), {@code defaultDataset} the server's default.
 */
public record ServerDatasets(String selected, String defaultDataset, List<ServerDataset> datasets) {
    public ServerDatasets {
        Objects.requireNonNull(selected, "selected");
        Objects.requireNonNull(defaultDataset, "defaultDataset");
        datasets = List.copyOf(datasets);
    }

    /** True when there is a choice to make: a picker is shown only then. */
    public boolean offersChoice() {
        return datasets.size() > 1;
    }

    public boolean contains(String name) {
        return datasets.stream().anyMatch(d -> d.name().equals(name));
    }
}
