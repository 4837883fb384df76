package dev.fitt.server.service;

import dev.fitt.ports.DatasetActivity;
import dev.fitt.ports.SaveFailedException;
import dev.fitt.server.port.in.DatasetSummary;
import dev.fitt.server.port.in.GetDatasetActivityUseCase;
import dev.fitt.server.port.in.SaveDatasetUseCase;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * What an administrator does per dataset beyond the catalog's list: this run's changes and saves,
 * and a save now. Only loaded datasets take part: one that is not loaded has nothing unsaved (it
 * was saved when it was unloaded, or recovers its journal when it loads), and is not loaded just
 * to be counted or saved.
 */
public final class DatasetAdminService implements GetDatasetActivityUseCase, SaveDatasetUseCase {
    private final Supplier<List<String>> names;
    private final LoadedCores cores;

    private DatasetAdminService(Supplier<List<String>> names, LoadedCores cores) {
        this.names = names;
        this.cores = cores;
    }

    /** Over a folder's catalog: each loaded dataset held loaded while it is counted or saved. */
    public static DatasetAdminService over(DatasetCatalog catalog) {
        Objects.requireNonNull(catalog, "catalog");
        return new DatasetAdminService(() -> catalog.datasets().stream().map(DatasetSummary::name).toList(),
                catalog::ifLoaded);
    }

    /** Over one data file's core, loaded for the server's life. */
    public static DatasetAdminService of(String name, ServerCore core) {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(core, "core");
        return new DatasetAdminService(() -> List.of(name), new LoadedCores() {
            @Override
            public <T, E extends Exception> Optional<T> ifLoaded(String wanted, CoreAction<T, E> action) throws E {
                return wanted.equals(name) ? Optional.of(action.apply(core)) : Optional.empty();
            }
        });
    }

    @Override
    public List<DatasetActivity> activity() {
        List<DatasetActivity> all = new ArrayList<>();
        for (String name : names.get()) {
            cores.ifLoaded(name, core -> new DatasetActivity(name, core.saving().changeCount(),
                    core.saving().unsavedChangeCount(), core.saving().saveCount())).ifPresent(all::add);
        }
        return all;
    }

    @Override
    public String saveNow(String dataset) throws SaveFailedException {
        Objects.requireNonNull(dataset, "dataset");
        List<String> all = names.get();
        if (!dataset.isEmpty()) {
            if (!all.contains(dataset)) {
                throw new SaveFailedException(DatasetCatalog.unknown(dataset, all));
            }
            return save(dataset);
        }
        List<String> lines = new ArrayList<>();
        List<String> failed = new ArrayList<>();
        for (String name : all) {
            try {
                lines.add(save(name));
            } catch (SaveFailedException e) {
                failed.add(name + ": " + e.getMessage());
            }
        }
        if (!failed.isEmpty()) {
            throw new SaveFailedException("not saved: " + String.join("; ", failed)
                    + (lines.isEmpty() ? "" : "; the others: " + String.join("; ", lines)));
        }
        return String.join("\n", lines);
    }

    /** Saves one dataset if it is loaded; one that is not says so. */
    private String save(String name) throws SaveFailedException {
        Optional<String> saved = cores.ifLoaded(name, core -> {
            long unsaved = core.saving().unsavedChangeCount();
            core.saving().save();
            Optional<String> writer = core.saving().leftToAnother();
            if (writer.isPresent()) {
                return name + ": every change is in " + core.saving().saveTarget() + "; the export is written by "
                        + writer.get() + ", not this server";
            }
            return unsaved == 0 ? name + ": saved to " + core.saving().saveTarget() + " (no change since the last save)"
                    : name + ": saved " + unsaved + " change" + (unsaved == 1 ? "" : "s") + " to "
                            + core.saving().saveTarget();
        });
        return saved.orElse(name + ": not loaded, nothing to save (its changes were saved when it was unloaded)");
    }

    /** The cores of the loaded datasets, each held loaded while an action runs on it. */
    private interface LoadedCores {
        <T, E extends Exception> Optional<T> ifLoaded(String name, CoreAction<T, E> action) throws E;
    }
}
