package dev.fitt.application;

import dev.fitt.domain.Clip;
import dev.fitt.domain.Dataset;
import dev.fitt.domain.LabelTable;
import dev.fitt.domain.LabelsSnapshot;
import dev.fitt.domain.TagChange;
import dev.fitt.domain.TagSet;
import dev.fitt.ports.ChangeRejectedException;
import dev.fitt.ports.ImageUnavailableException;
import dev.fitt.ports.SaveFailedException;
import dev.fitt.ports.in.GetClipsUseCase;
import dev.fitt.ports.in.GetImageUseCase;
import dev.fitt.ports.in.GetLabelsUseCase;
import dev.fitt.ports.in.GetTagSetUseCase;
import dev.fitt.ports.in.SaveLabelsUseCase;
import dev.fitt.ports.in.TagFramesUseCase;
import dev.fitt.ports.out.ImageContent;
import dev.fitt.ports.out.ImageSourcePort;
import dev.fitt.ports.out.SaveLabelsPort;
import dev.fitt.ports.out.StoredDataset;
import java.lang.System.Logger.Level;
import java.util.List;
import java.util.Objects;

/**
 * The core of the server: the one place every edit goes through, so concurrent edits from many
 * connections never interleave within a row. Reads copy under the lock and do their slow work
 * (formatting, writing) outside it, so a save never stalls a tag change.
 */
public final class TaggingService implements GetTagSetUseCase, GetClipsUseCase, GetLabelsUseCase,
        TagFramesUseCase, SaveLabelsUseCase, GetImageUseCase {
    private static final System.Logger LOG = System.getLogger(TaggingService.class.getName());

    private final Dataset dataset;
    private final SaveLabelsPort store;
    private final ImageSourcePort images;
    private final String target;
    private final Object labelsLock = new Object();
    private final Object saveLock = new Object();
    private final LabelTable labels;
    /** Edits applied so far; guarded by labelsLock. */
    private long editCount;
    /** editCount as of the last successful save; guarded by saveLock. */
    private long savedEditCount;

    public TaggingService(StoredDataset stored, SaveLabelsPort store, ImageSourcePort images) {
        Objects.requireNonNull(stored, "stored");
        this.store = Objects.requireNonNull(store, "store");
        this.images = Objects.requireNonNull(images, "images");
        this.dataset = new Dataset(stored.tags(), stored.rows());
        this.labels = LabelTable.fromFileOrder(stored.labels(), dataset.order());
        this.target = stored.target();
    }

    public Dataset dataset() {
        return dataset;
    }

    public String saveTarget() {
        return target;
    }

    @Override
    public TagSet tagSet() {
        return dataset.tags();
    }

    @Override
    public List<Clip> clips() {
        return dataset.clips();
    }

    @Override
    public LabelsSnapshot labels() {
        synchronized (labelsLock) {
            return labels.snapshot();
        }
    }

    @Override
    public void tag(TagChange change) throws ChangeRejectedException {
        int tagCount = dataset.tags().size();
        if (change.values().size() != tagCount) {
            throw new ChangeRejectedException("change has " + change.values().size()
                    + " tag values but the dataset has " + tagCount + " tags");
        }
        if (change.last() >= dataset.size()) {
            throw new ChangeRejectedException("rows " + change.first() + ".." + change.last()
                    + " are outside 0.." + (dataset.size() - 1));
        }
        synchronized (labelsLock) {
            labels.set(change.first(), change.last(), change.values());
            editCount++;
        }
    }

    /** True when edits were applied since the last successful save. */
    public boolean hasUnsavedChanges() {
        synchronized (saveLock) {
            synchronized (labelsLock) {
                return editCount != savedEditCount;
            }
        }
    }

    @Override
    public void save() throws SaveFailedException {
        synchronized (saveLock) {
            LabelsSnapshot fileOrder;
            long edits;
            synchronized (labelsLock) {
                fileOrder = labels.snapshotInFileOrder(dataset.order());
                edits = editCount;
            }
            long started = System.nanoTime();
            store.save(fileOrder);
            savedEditCount = edits;
            LOG.log(Level.INFO, "saved {0} rows to {1} in {2} ms", dataset.size(), target,
                    (System.nanoTime() - started) / 1_000_000);
        }
    }

    /** Saves only when there is something unsaved: for shutdown and timed autosave. */
    public boolean saveIfChanged() throws SaveFailedException {
        if (!hasUnsavedChanges()) {
            return false;
        }
        save();
        return true;
    }

    @Override
    public ImageContent image(int index) throws ImageUnavailableException {
        if (!dataset.contains(index)) {
            throw new ImageUnavailableException("image index " + index + " is out of range: the dataset has "
                    + dataset.size() + " images (0.." + (dataset.size() - 1) + ")");
        }
        return images.read(dataset.filePath(index));
    }
}
