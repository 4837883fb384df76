package dev.fitt.application;

import dev.fitt.domain.AppliedChange;
import dev.fitt.domain.Clip;
import dev.fitt.domain.Dataset;
import dev.fitt.domain.LabelStats;
import dev.fitt.domain.LabelTable;
import dev.fitt.domain.LabelsSnapshot;
import dev.fitt.domain.RowVersions;
import dev.fitt.domain.TagChange;
import dev.fitt.domain.TagSet;
import dev.fitt.domain.VersionBase;
import dev.fitt.domain.VersionedLabels;
import dev.fitt.ports.ChangeConflictException;
import dev.fitt.ports.ChangeRejectedException;
import dev.fitt.ports.DatasetLoadException;
import dev.fitt.ports.ImageUnavailableException;
import dev.fitt.ports.JournalException;
import dev.fitt.ports.SaveFailedException;
import dev.fitt.ports.in.GetCameraNamesUseCase;
import dev.fitt.ports.in.GetClipsUseCase;
import dev.fitt.ports.in.GetImageUseCase;
import dev.fitt.ports.in.GetLabelsUseCase;
import dev.fitt.ports.in.GetStatsUseCase;
import dev.fitt.ports.in.GetTagSetUseCase;
import dev.fitt.ports.in.GetVersionedLabelsUseCase;
import dev.fitt.ports.in.SaveLabelsUseCase;
import dev.fitt.ports.in.TagFramesAsUseCase;
import dev.fitt.ports.in.TagFramesUseCase;
import dev.fitt.ports.in.TagIfCurrentUseCase;
import dev.fitt.ports.in.WatchChangesUseCase;
import dev.fitt.ports.out.ChangeJournalPort;
import dev.fitt.ports.out.ImageContent;
import dev.fitt.ports.out.ImageFile;
import dev.fitt.ports.out.ImageSourcePort;
import dev.fitt.ports.out.SaveLabelsPort;
import dev.fitt.ports.out.JournalReplay;
import dev.fitt.ports.out.StoredDataset;
import java.lang.System.Logger.Level;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

/**
 * The core of the server: the one place every edit goes through, so concurrent edits from many
 * connections never interleave within a row. Reads copy under the lock and do their slow work
 * (formatting, writing) outside it, so a save never stalls a tag change. Every change is in the
 * journal, on disk, before {@link #tag} returns: an acknowledged change survives a crash.
 */
public final class TaggingService implements GetTagSetUseCase, GetClipsUseCase, GetLabelsUseCase,
        TagFramesUseCase, TagFramesAsUseCase, SaveLabelsUseCase, GetImageUseCase, TagIfCurrentUseCase,
        WatchChangesUseCase, GetVersionedLabelsUseCase, GetStatsUseCase, GetCameraNamesUseCase {
    /** Origin of changes made through protocol v1 and other anonymous callers. */
    public static final String ANONYMOUS = "anonymous";

    private static final System.Logger LOG = System.getLogger(TaggingService.class.getName());

    private final Dataset dataset;
    private final SaveLabelsPort store;
    private final ImageSourcePort images;
    private final ChangeJournalPort journal;
    private final String target;
    private final Object labelsLock = new Object();
    private final Object saveLock = new Object();
    private final LabelTable labels;
    private final RowVersions rowVersions;
    /** Versions of this run are base + 1, base + 2, ...: above every earlier run's. */
    private final VersionBase base;
    private final List<Consumer<AppliedChange>> watchers = new CopyOnWriteArrayList<>();
    /** Edits applied so far; guarded by labelsLock. */
    private long editCount;
    /** editCount as of the last successful save; guarded by saveLock. */
    private long savedEditCount;
    /** Whether any save succeeded yet: the first explicit save always writes (creates the output). */
    private boolean savedOnce;
    private final HeldChanges held = new HeldChanges();

    /** A service without a journal: changes live in memory until saved (tests, tools). */
    public TaggingService(StoredDataset stored, SaveLabelsPort store, ImageSourcePort images) {
        this(stored, store, images, new NoJournal());
    }

    /** A service whose versions start at 0: for a run that no client outlives (tests, tools). */
    public TaggingService(StoredDataset stored, SaveLabelsPort store, ImageSourcePort images,
            ChangeJournalPort journal) {
        this(stored, store, images, journal, VersionBase.ZERO);
    }

    /** @param base this run's {@link VersionBase}, claimed with {@link RunVersions#claim} before it serves */
    public TaggingService(StoredDataset stored, SaveLabelsPort store, ImageSourcePort images,
            ChangeJournalPort journal, VersionBase base) {
        Objects.requireNonNull(stored, "stored");
        this.store = Objects.requireNonNull(store, "store");
        this.images = Objects.requireNonNull(images, "images");
        this.journal = Objects.requireNonNull(journal, "journal");
        this.dataset = new Dataset(stored.tags(), stored.rows());
        this.labels = LabelTable.fromFileOrder(stored.labels(), dataset.order());
        this.target = stored.target();
        this.base = Objects.requireNonNull(base, "base");
        this.rowVersions = new RowVersions(dataset.size(), base);
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

    /** Computed with the clips when the dataset was loaded: immutable, so no lock. */
    @Override
    public List<List<String>> cameraNames() {
        return dataset.cameraNames();
    }

    @Override
    public LabelsSnapshot labels() {
        synchronized (labelsLock) {
            return labels.snapshot();
        }
    }

    /**
     * Applies what the journal holds from before a crash or stop, then saves so that the CSV is
     * current again. Returns the number of changes recovered; damage is logged as a warning.
     */
    public int recoverFromJournal() throws DatasetLoadException {
        JournalReplay replay = journal.replay();
        replay.warnings().forEach(w -> LOG.log(Level.WARNING, w));
        int applied = 0;
        for (TagChange change : replay.changes()) {
            String problem = validate(change);
            if (problem != null) {
                LOG.log(Level.WARNING, "journal change " + change.first() + ".." + change.last()
                        + " no longer fits the dataset and was not applied: " + problem);
                continue;
            }
            synchronized (labelsLock) {
                labels.set(change.first(), change.last(), change.values());
                rowVersions.stamp(change.first(), change.last(), version(++editCount));
            }
            applied++;
        }
        if (!replay.changes().isEmpty()) {
            LOG.log(Level.INFO, "recovered {0} changes from the journal", applied);
            try {
                // Before the server opens nobody tags: the save may take every core it can use.
                save(true);
            } catch (SaveFailedException e) {
                throw new DatasetLoadException("recovered " + applied
                        + " changes from the journal but could not save them: " + e.getMessage(), e);
            }
        }
        return applied;
    }

    @Override
    public void tag(TagChange change) throws ChangeRejectedException {
        tag(change, ANONYMOUS);
    }

    /** Last writer wins (protocol v1); returns the change's version. */
    @Override
    public long tag(TagChange change, String origin) throws ChangeRejectedException {
        rejectIfInvalid(change);
        long sequence;
        long version;
        synchronized (labelsLock) {
            sequence = appendToJournal(change);
            version = applyLocked(change, origin);
        }
        awaitDurable(sequence, version - base.value());
        return version;
    }

    @Override
    public long tagIfCurrent(TagChange change, long basis, String origin)
            throws ChangeRejectedException, ChangeConflictException {
        rejectIfInvalid(change);
        long sequence;
        long version;
        synchronized (labelsLock) {
            long current = version(editCount);
            if (Long.compareUnsigned(basis, current) > 0) {
                // Not a version this server issued: applying it would hide every later conflict.
                throw new ChangeRejectedException("the edit is based on version " + Long.toUnsignedString(basis)
                        + ", newer than any version this server issued (" + current + "): reload the labels");
            }
            long newest = rowVersions.newestIn(change.first(), change.last());
            if (newest > basis) {
                throw new ChangeConflictException("rows " + change.first() + ".." + change.last()
                        + " were changed by someone else (version " + newest + ", your edit was based on "
                        + basis + ")", current);
            }
            sequence = appendToJournal(change);
            version = applyLocked(change, origin);
        }
        awaitDurable(sequence, version - base.value());
        return version;
    }

    private void rejectIfInvalid(TagChange change) throws ChangeRejectedException {
        String problem = validate(change);
        if (problem != null) {
            throw new ChangeRejectedException(problem);
        }
    }

    /** Caller holds labelsLock, so journal order is apply order. */
    private long appendToJournal(TagChange change) throws ChangeRejectedException {
        try {
            return journal.append(change);
        } catch (JournalException e) {
            throw new ChangeRejectedException("change not recorded: " + e.getMessage(), e);
        }
    }

    /** Caller holds labelsLock. */
    private long applyLocked(TagChange change, String origin) {
        labels.set(change.first(), change.last(), change.values());
        long version = version(++editCount);
        rowVersions.stamp(change.first(), change.last(), version);
        if (!watchers.isEmpty()) {
            AppliedChange applied = new AppliedChange(version, change, origin);
            for (Consumer<AppliedChange> watcher : watchers) {
                try {
                    watcher.accept(applied);
                } catch (RuntimeException e) {
                    // One broken subscriber must not undo or block an applied change for everyone.
                    LOG.log(Level.ERROR, "a change watcher failed", e);
                }
            }
        }
        return version;
    }

    /**
     * A change the journal could not make durable is answered as not saved, but stays applied: it
     * was shown to the others already, and the original client ignores the error and shows its edit,
     * so taking it back would leave views that disagree with the server. The journal keeps it and
     * writes it as soon as the disk takes writes again (an acknowledged later change means it is on
     * disk too), and the next save writes it into the CSV.
     */
    private void awaitDurable(long sequence, long edit) throws ChangeRejectedException {
        try {
            journal.awaitDurable(sequence);
            held.safeUpTo(edit);
        } catch (JournalException e) {
            held.held(edit, e.getMessage());
            throw new ChangeRejectedException("not saved: " + e.getMessage() + ". The change stays applied on the "
                    + "server and is written once the disk takes it; a crash before then loses it", e);
        }
    }

    @Override
    public AutoCloseable watch(Consumer<AppliedChange> listener) {
        Objects.requireNonNull(listener, "listener");
        watchers.add(listener);
        return () -> watchers.remove(listener);
    }

    @Override
    public VersionedLabels versionedLabels() {
        synchronized (labelsLock) {
            return new VersionedLabels(labels.snapshot(), rowVersions.copy(), version(editCount));
        }
    }

    /** The version of a run's {@code edits}-th change (its base for none). */
    private long version(long edits) {
        return base.value() + edits;
    }

    @Override
    public LabelStats stats() {
        return LabelStats.of(labels(), dataset.clips());
    }

    /** Null when the change fits the dataset, else why not. */
    private String validate(TagChange change) {
        int tagCount = dataset.tags().size();
        if (change.values().size() != tagCount) {
            return "change has " + change.values().size() + " tag values but the dataset has " + tagCount + " tags";
        }
        if (change.last() >= dataset.size()) {
            return "rows " + change.first() + ".." + change.last() + " are outside 0.." + (dataset.size() - 1);
        }
        return null;
    }

    /**
     * Why some applied changes are not on disk yet (the journal could not write them and no save has
     * covered them since), or empty when every change is: a save request must not be answered as
     * saved meanwhile.
     */
    public Optional<String> changesHeldInMemory() {
        return held.reason();
    }

    /** Edits applied since the last successful save (for autosave). */
    public long unsavedChangeCount() {
        synchronized (saveLock) {
            synchronized (labelsLock) {
                return editCount - savedEditCount;
            }
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

    /**
     * Saves every edit made before the call. Concurrent requests share saves: one that waited
     * while another save ran returns at once when that save already covered its edits.
     */
    @Override
    public void save() throws SaveFailedException {
        save(false);
    }

    /** @param nobodyTags true when no annotator can change labels meanwhile: the store need not hold back */
    private void save(boolean nobodyTags) throws SaveFailedException {
        long requestedAt;
        synchronized (labelsLock) {
            requestedAt = editCount;
        }
        synchronized (saveLock) {
            if (savedEditCount >= requestedAt && savedOnce) {
                return;
            }
            LabelsSnapshot displayOrder;
            long edits;
            long checkpoint;
            synchronized (labelsLock) {
                try {
                    checkpoint = journal.checkpoint();
                } catch (JournalException e) {
                    throw new SaveFailedException("could not start a save: " + e.getMessage(), e);
                }
                displayOrder = labels.snapshot();
                edits = editCount;
            }
            LabelsSnapshot fileOrder = displayOrder.inFileOrder(dataset.order());
            long started = System.nanoTime();
            if (nobodyTags) {
                store.saveAtFullSpeed(fileOrder);
            } else {
                store.save(fileOrder);
            }
            savedEditCount = edits;
            savedOnce = true;
            held.safeUpTo(edits);
            try {
                journal.discardBefore(checkpoint);
            } catch (JournalException e) {
                // The CSV is saved; an old journal segment left behind is replayed harmlessly next start.
                LOG.log(Level.WARNING, "saved, but could not trim the journal: " + e.getMessage());
            }
            LOG.log(Level.INFO, "saved {0} rows to {1} in {2} ms", dataset.size(), target,
                    (System.nanoTime() - started) / 1_000_000);
        }
    }

    /**
     * The last save, once the server takes no more changes: only when something is unsaved, and at
     * full speed (at a million rows a paced save would keep a stopping server ~0.4 s longer).
     */
    public boolean saveBeforeStopping() throws SaveFailedException {
        if (!hasUnsavedChanges()) {
            return false;
        }
        save(true);
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

    @Override
    public Optional<ImageFile> imageFile(int index) {
        return dataset.contains(index) ? images.file(dataset.filePath(index)) : Optional.empty();
    }
}
