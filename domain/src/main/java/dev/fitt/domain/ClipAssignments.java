package dev.fitt.domain;

import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Who works on which clips of one dataset, as it is stored: the holder of each assigned clip, by
 * the clip's {@code clip_id}. Kept by id, not by place, so an assignment still names the same
 * recording when rows are added to the data file; a clip id held by nobody is not in the map.
 */
public record ClipAssignments(SortedMap<String, String> holders) {
    public static final ClipAssignments NONE = new ClipAssignments(new TreeMap<>());

    public ClipAssignments {
        Objects.requireNonNull(holders, "holders");
        TreeMap<String, String> copy = new TreeMap<>();
        for (Map.Entry<String, String> e : holders.entrySet()) {
            copy.put(checkedClipId(e.getKey()), checkedAnnotator(e.getValue()));
        }
        holders = Collections.unmodifiableSortedMap(copy);
    }

    /** A clip id as a clip's rows carry it: not empty (a clip without an id cannot be named). */
    public static String checkedClipId(String clipId) {
        Objects.requireNonNull(clipId, "clipId");
        if (clipId.isEmpty()) {
            throw new IllegalArgumentException("a clip without a clip_id cannot be assigned");
        }
        return clipId;
    }

    /** An annotator name as identify ({@code 1A}) takes it: 1 to 100 characters, not only spaces, no surrounding spaces. */
    public static String checkedAnnotator(String annotator) {
        Objects.requireNonNull(annotator, "annotator");
        if (annotator.isBlank() || annotator.length() > Attribution.MAX_NAME || !annotator.strip().equals(annotator)) {
            throw new IllegalArgumentException("an annotator name needs 1 to " + Attribution.MAX_NAME
                    + " characters, not only spaces and none around it, got \"" + annotator + "\"");
        }
        return annotator;
    }

    public Optional<String> holder(String clipId) {
        return Optional.ofNullable(holders.get(clipId));
    }

    public boolean isEmpty() {
        return holders.isEmpty();
    }

    /** The same, with {@code clipId} held by {@code annotator} (whoever held it before). */
    public ClipAssignments with(String clipId, String annotator) {
        return withAll(List.of(clipId), annotator);
    }

    /**
     * The same, with every clip of {@code clipIds} held by {@code annotator} (whoever held them
     * before): one copy for a lead's thousands of clips, not one per clip.
     */
    public ClipAssignments withAll(Collection<String> clipIds, String annotator) {
        TreeMap<String, String> changed = new TreeMap<>(holders);
        clipIds.forEach(clipId -> changed.put(clipId, annotator));
        return new ClipAssignments(changed);
    }

    /** The same, with {@code clipId} held by nobody. */
    public ClipAssignments without(String clipId) {
        return withoutAll(List.of(clipId));
    }

    /** The same, with every clip of {@code clipIds} held by nobody. */
    public ClipAssignments withoutAll(Collection<String> clipIds) {
        TreeMap<String, String> changed = new TreeMap<>(holders);
        clipIds.forEach(changed::remove);
        return new ClipAssignments(changed);
    }
}
