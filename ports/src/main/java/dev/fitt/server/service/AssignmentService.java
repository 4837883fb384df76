package dev.fitt.server.service;

import dev.fitt.domain.AnnotatorAssignment;
import dev.fitt.domain.AssignedClips;
import dev.fitt.domain.Clip;
import dev.fitt.domain.ClipAssignments;
import dev.fitt.domain.ClipSelection;
import dev.fitt.domain.Dataset;
import dev.fitt.domain.DatasetAssignments;
import dev.fitt.domain.LabelsSnapshot;
import dev.fitt.ports.AssignmentRefusedException;
import dev.fitt.ports.DatasetLoadException;
import dev.fitt.ports.SaveFailedException;
import dev.fitt.server.port.in.AssignClipsUseCase;
import dev.fitt.server.port.in.GetAssignedClipsUseCase;
import dev.fitt.server.port.in.GetAssignmentsUseCase;
import dev.fitt.server.port.in.GetLabelsUseCase;
import dev.fitt.server.port.in.UnassignClipsUseCase;
import dev.fitt.server.port.out.AssignmentStorePort;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Who works on which clips of one dataset. Stored by clip id, so a clip named by its number is
 * kept as its id, and every clip sharing that id (the same recording, cut in two by other rows)
 * goes with it. Reads go to the store every time, as several servers of one database share it;
 * a change is judged against what the store holds when it is made (the store lets no other change
 * in between, also from another server) and written before it is answered.
 */
public final class AssignmentService implements AssignClipsUseCase, UnassignClipsUseCase, GetAssignmentsUseCase,
        GetAssignedClipsUseCase {
    private final Dataset dataset;
    private final GetLabelsUseCase labels;
    private final AssignmentStorePort store;
    private final List<String> clipIds;
    /** Each clip id's clips, in display order. */
    private final Map<String, List<Integer>> clipsById = new HashMap<>();

    AssignmentService(Dataset dataset, GetLabelsUseCase labels, AssignmentStorePort store) {
        this.dataset = Objects.requireNonNull(dataset, "dataset");
        this.labels = Objects.requireNonNull(labels, "labels");
        this.store = Objects.requireNonNull(store, "store");
        this.clipIds = dataset.clipIds();
        for (int clip = 0; clip < clipIds.size(); clip++) {
            clipsById.computeIfAbsent(clipIds.get(clip), id -> new ArrayList<>()).add(clip);
        }
    }

    @Override
    public synchronized String assign(String annotator, ClipSelection clips, boolean reassign)
            throws AssignmentRefusedException, SaveFailedException {
        String name = checkedName(annotator);
        SortedSet<Integer> chosen = withSharedIds(resolve(clips));
        Map<String, List<Integer>> takenFrom = new TreeMap<>();
        store.changeAssignments(before -> {
            takenFrom.clear();
            for (int clip : chosen) {
                before.holder(clipIds.get(clip)).filter(holder -> !holder.equals(name))
                        .ifPresent(holder -> takenFrom.computeIfAbsent(holder, h -> new ArrayList<>()).add(clip));
            }
            if (!takenFrom.isEmpty() && !reassign) {
                List<String> held = new ArrayList<>();
                takenFrom.forEach((holder, taken) -> held.add(clipWord(taken) + " " + ClipSelection.describe(taken)
                        + (taken.size() == 1 ? " is" : " are") + " assigned to " + holder));
                throw new AssignmentRefusedException(String.join("; ", held) + ": unassign first, or assign with"
                        + " --reassign to move " + (chosen.size() == 1 ? "it" : "them") + " to " + name);
            }
            return before.withAll(chosen.stream().map(clipIds::get).toList(), name);
        });
        List<Integer> list = List.copyOf(chosen);
        StringBuilder done = new StringBuilder("assigned " + count(list) + " (" + ClipSelection.describe(list)
                + ") to " + name);
        takenFrom.forEach((holder, taken) -> done.append("; ").append(taken.size()).append(" taken from ")
                .append(holder));
        return done.toString();
    }

    @Override
    public synchronized String unassign(String annotator, Optional<ClipSelection> clips)
            throws AssignmentRefusedException, SaveFailedException {
        String name = checkedName(annotator);
        SortedSet<Integer> named = clips.isEmpty() ? new TreeSet<>() : withSharedIds(resolve(clips.get()));
        SortedSet<Integer> chosen = new TreeSet<>();
        store.changeAssignments(before -> {
            chosen.clear();
            if (clips.isEmpty()) {
                chosen.addAll(held(before, name));
            } else {
                for (int clip : named) {
                    Optional<String> holder = before.holder(clipIds.get(clip));
                    if (holder.isPresent() && !holder.get().equals(name)) {
                        throw new AssignmentRefusedException("clip " + (clip + 1) + " is assigned to "
                                + holder.get() + ", not to " + name + ": nothing was unassigned");
                    }
                    if (holder.isPresent()) {
                        chosen.add(clip);
                    }
                }
            }
            return before.withoutAll(chosen.stream().map(clipIds::get).toList());
        });
        if (chosen.isEmpty()) {
            return name + " holds none of these clips: nothing to unassign";
        }
        List<Integer> list = List.copyOf(chosen);
        return "unassigned " + count(list) + " (" + ClipSelection.describe(list) + ") from " + name;
    }

    @Override
    public DatasetAssignments assignments() throws DatasetLoadException {
        Map<String, List<Integer>> byName = byAnnotator(store.loadAssignments());
        LabelsSnapshot snapshot = labels.labels();
        List<AnnotatorAssignment> all = new ArrayList<>();
        new TreeMap<>(byName).forEach((name, clips) -> {
            int frames = 0;
            int labelled = 0;
            for (int index : clips) {
                Clip clip = dataset.clips().get(index);
                for (int first = clip.begin(); first < clip.end(); first += clip.cameras()) {
                    frames++;
                    labelled += allLabelled(snapshot, first, clip.cameras()) ? 1 : 0;
                }
            }
            all.add(new AnnotatorAssignment(name, clips, frames, labelled));
        });
        return new DatasetAssignments(clipIds.size(), all);
    }

    @Override
    public AssignedClips assignedClips(Optional<String> annotator) throws DatasetLoadException {
        Map<String, List<Integer>> byName = byAnnotator(store.loadAssignments());
        if (byName.isEmpty()) {
            return AssignedClips.NONE;
        }
        return new AssignedClips(true, annotator.map(byName::get).orElse(List.of()));
    }

    /** Each annotator's clips in display order; ids no clip of this dataset has (any more) are left out. */
    private Map<String, List<Integer>> byAnnotator(ClipAssignments assignments) {
        Map<String, List<Integer>> byName = new LinkedHashMap<>();
        for (int clip = 0; clip < clipIds.size(); clip++) {
            int index = clip;
            assignments.holder(clipIds.get(clip))
                    .ifPresent(holder -> byName.computeIfAbsent(holder, h -> new ArrayList<>()).add(index));
        }
        return byName;
    }

    private List<Integer> held(ClipAssignments assignments, String name) {
        return byAnnotator(assignments).getOrDefault(name, List.of());
    }

    private static boolean allLabelled(LabelsSnapshot snapshot, int first, int cameras) {
        for (int row = first; row < first + cameras; row++) {
            if (!snapshot.isLabelled(row)) {
                return false;
            }
        }
        return true;
    }

    /** The clips named, checked against the dataset; nothing is refused for form, {@link ClipSelection} did that. */
    private SortedSet<Integer> resolve(ClipSelection clips) throws AssignmentRefusedException {
        SortedSet<Integer> chosen = new TreeSet<>();
        int count = clipIds.size();
        for (ClipSelection.Range range : clips.numbers()) {
            if (range.last() > count) {
                throw new AssignmentRefusedException("there is no clip " + Math.max(range.first(), count + 1)
                        + ": the dataset has " + count + (count == 1 ? " clip" : " clips"));
            }
            for (int clip = range.first(); clip <= range.last(); clip++) {
                chosen.add(clip - 1);
            }
        }
        for (String id : clips.clipIds()) {
            List<Integer> withId = clipsById.get(id);
            if (withId == null) {
                throw new AssignmentRefusedException("clip id \"" + id + "\": no clip of the dataset has it");
            }
            chosen.addAll(withId);
        }
        for (int clip : chosen) {
            if (clipIds.get(clip).isEmpty()) {
                throw new AssignmentRefusedException("clip " + (clip + 1) + " has no clip_id: clips are assigned by"
                        + " their clip_id, so only clips with one can be");
            }
        }
        return chosen;
    }

    /** Adds every clip sharing an id with a chosen one: they are kept as one. */
    private SortedSet<Integer> withSharedIds(SortedSet<Integer> chosen) {
        SortedSet<Integer> all = new TreeSet<>(chosen);
        for (int clip : chosen) {
            all.addAll(clipsById.get(clipIds.get(clip)));
        }
        return all;
    }

    private static String checkedName(String annotator) throws AssignmentRefusedException {
        try {
            return ClipAssignments.checkedAnnotator(Objects.requireNonNull(annotator, "annotator").strip());
        } catch (IllegalArgumentException e) {
            throw new AssignmentRefusedException(e.getMessage(), e);
        }
    }

    private static String count(List<Integer> clips) {
        return clips.size() + " " + clipWord(clips);
    }

    private static String clipWord(List<Integer> clips) {
        return clips.size() == 1 ? "clip" : "clips";
    }
}
