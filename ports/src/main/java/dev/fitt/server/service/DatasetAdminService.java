package dev.fitt.server.service;

import dev.fitt.domain.Clip;
import dev.fitt.domain.LabelledFrames;
import dev.fitt.ports.DatasetActivity;
import dev.fitt.ports.DatasetSummary;
import dev.fitt.ports.SaveFailedException;
import dev.fitt.server.port.in.GetDatasetActivityUseCase;
import dev.fitt.server.port.in.ListDatasetsUseCase;
import dev.fitt.server.port.in.SaveDatasetUseCase;
import java.util.List;
import java.util.Objects;

/**
 * What an administrator reads and does per dataset, for a server of one dataset: its summary, this
 * run's changes and saves, and a save now. The answers are lists, one entry per dataset, so that a
 * server of several datasets answers in the same shape.
 */
public final class DatasetAdminService implements ListDatasetsUseCase, GetDatasetActivityUseCase, SaveDatasetUseCase {
    private final String name;
    private final ServerCore core;

    /** @param name the dataset's name (its data file's, without {@code .csv}) */
    public DatasetAdminService(String name, ServerCore core) {
        this.name = Objects.requireNonNull(name, "name");
        this.core = Objects.requireNonNull(core, "core");
    }

    @Override
    public List<DatasetSummary> datasets() {
        List<Clip> clips = core.dataset().clips();
        int frames = clips.stream().mapToInt(Clip::frameCount).sum();
        int labelled = LabelledFrames.count(core.queries().labels(), clips);
        return List.of(new DatasetSummary(name, core.dataset().size(), clips.size(), frames, labelled));
    }

    @Override
    public List<DatasetActivity> activity() {
        SavingService saving = core.saving();
        return List.of(new DatasetActivity(name, saving.changeCount(), saving.unsavedChangeCount(),
                saving.saveCount()));
    }

    @Override
    public String saveNow(String dataset) throws SaveFailedException {
        Objects.requireNonNull(dataset, "dataset");
        if (!dataset.isEmpty() && !dataset.equals(name)) {
            throw new SaveFailedException("no dataset named \"" + dataset + "\"; this server serves \"" + name + "\"");
        }
        long unsaved = core.saving().unsavedChangeCount();
        core.saving().save();
        return unsaved == 0 ? name + ": saved to " + core.saving().saveTarget() + " (no change since the last save)"
                : name + ": saved " + unsaved + " change" + (unsaved == 1 ? "" : "s") + " to "
                        + core.saving().saveTarget();
    }
}
