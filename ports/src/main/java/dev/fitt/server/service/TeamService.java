package dev.fitt.server.service;

import dev.fitt.domain.AnnotatorStats;
import dev.fitt.domain.Clip;
import dev.fitt.domain.HourlyActivity;
import dev.fitt.domain.ProvenanceTable;
import dev.fitt.domain.Review;
import dev.fitt.domain.RowProvenance;
import dev.fitt.server.port.in.GetAnnotatorStatsUseCase;
import dev.fitt.server.port.in.GetHourlyActivityUseCase;
import dev.fitt.server.port.in.GetProvenanceUseCase;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * What a lead asks about the team: each row's provenance, and each annotator's work counted in
 * frames. Copies under the state's lock and counts outside it, so a query never stalls a tag change.
 */
public final class TeamService implements GetProvenanceUseCase, GetAnnotatorStatsUseCase, GetHourlyActivityUseCase {
    private final ServerState state;

    TeamService(ServerState state) {
        this.state = Objects.requireNonNull(state, "state");
    }

    @Override
    public List<RowProvenance> provenance(int first, int last) {
        if (first < 0 || last < first || last >= state.dataset.size()) {
            throw new IllegalArgumentException("rows " + first + ".." + last + " are outside 0.."
                    + (state.dataset.size() - 1));
        }
        List<RowProvenance> rows = new ArrayList<>(last - first + 1);
        synchronized (state.lock) {
            ProvenanceTable table = state.provenanceLocked();
            for (int row = first; row <= last; row++) {
                rows.add(table.row(row));
            }
        }
        return rows;
    }

    @Override
    public List<RowProvenance> provenanceInFileOrder() {
        List<RowProvenance> displayOrder;
        synchronized (state.lock) {
            displayOrder = state.provenanceLocked().snapshot();
        }
        return ProvenanceTable.inFileOrder(displayOrder, state.dataset.order());
    }

    /**
     * A frame counts for an annotator when any of its images was last labelled by them; it counts
     * as reviewed (corrected) when any of those images was reviewed (corrected).
     */
    @Override
    public List<AnnotatorStats> annotatorStats() {
        List<RowProvenance> rows;
        Map<String, ServerState.Activity> activity;
        Instant now;
        synchronized (state.lock) {
            rows = state.provenanceLocked().snapshot();
            activity = state.activityLocked();
            now = state.clock.instant();
        }
        Instant hourAgo = now.minus(Duration.ofHours(1));
        Instant dayAgo = now.minus(Duration.ofDays(1));
        Map<String, Counts> byName = new TreeMap<>();
        int frameCount = 0;
        for (Clip clip : state.dataset.clips()) {
            for (int k = 0; k < clip.frameCount(); k++, frameCount++) {
                int begin = clip.begin() + k * clip.cameras();
                for (int row = begin; row < begin + clip.cameras(); row++) {
                    RowProvenance p = rows.get(row);
                    if (!p.labelledBy().isEmpty()) {
                        Counts c = byName.computeIfAbsent(p.labelledBy(), n -> new Counts());
                        c.frames.set(frameCount);
                        if (p.labelledAt().isAfter(hourAgo)) {
                            c.lastHour.set(frameCount);
                        }
                        if (p.labelledAt().isAfter(dayAgo)) {
                            c.lastDay.set(frameCount);
                        }
                        if (p.review() != Review.NONE) {
                            c.reviewed.set(frameCount);
                        }
                        if (p.review() == Review.CORRECTED) {
                            c.corrected.set(frameCount);
                        }
                        c.seen(p.labelledAt());
                    }
                    if (!p.reviewedBy().isEmpty()) {
                        byName.computeIfAbsent(p.reviewedBy(), n -> new Counts()).reviews.set(frameCount);
                    }
                }
            }
        }
        activity.forEach((name, a) -> byName.computeIfAbsent(name, n -> new Counts()).seen(a.last));
        List<AnnotatorStats> stats = new ArrayList<>();
        byName.forEach((name, c) -> {
            ServerState.Activity a = activity.get(name);
            stats.add(new AnnotatorStats(name, c.frames.cardinality(), a == null ? 0 : a.changes,
                    c.lastHour.cardinality(), c.lastDay.cardinality(), c.reviewed.cardinality(),
                    c.corrected.cardinality(), c.reviews.cardinality(), c.lastActive));
        });
        stats.sort(Comparator.comparing(AnnotatorStats::annotator));
        return stats;
    }

    /**
     * A frame counts for an annotator in the hour of their newest label in it, so their hours add
     * up to {@link AnnotatorStats#framesLastDay()}; a label from a clock ahead of this one (another
     * server's) counts in the newest hour, as it counts in the last hour there.
     */
    @Override
    public HourlyActivity hourlyActivity() {
        List<RowProvenance> rows;
        Instant now;
        synchronized (state.lock) {
            rows = state.provenanceLocked().snapshot();
            now = state.clock.instant();
        }
        Map<String, int[]> byName = new TreeMap<>();
        Map<String, Instant> newest = new TreeMap<>();
        int reviewed = 0;
        for (Clip clip : state.dataset.clips()) {
            for (int k = 0; k < clip.frameCount(); k++) {
                int begin = clip.begin() + k * clip.cameras();
                newest.clear();
                boolean anyReview = false;
                for (int row = begin; row < begin + clip.cameras(); row++) {
                    RowProvenance p = rows.get(row);
                    anyReview |= p.review() != Review.NONE;
                    if (!p.labelledBy().isEmpty()) {
                        newest.merge(p.labelledBy(), p.labelledAt(), (a, b) -> a.isAfter(b) ? a : b);
                    }
                }
                if (anyReview) {
                    reviewed++;
                }
                newest.forEach((name, at) -> {
                    int hour = hourOf(at, now);
                    if (hour >= 0) {
                        byName.computeIfAbsent(name, n -> new int[HourlyActivity.HOURS])[hour]++;
                    }
                });
            }
        }
        List<HourlyActivity.AnnotatorHours> annotators = new ArrayList<>();
        byName.forEach((name, hours) -> annotators.add(new HourlyActivity.AnnotatorHours(name,
                Arrays.stream(hours).boxed().toList())));
        return new HourlyActivity(now, reviewed, annotators);
    }

    /** 0 (the oldest) .. 23 (the newest hour), or -1 for a day ago or earlier. */
    private static int hourOf(Instant at, Instant now) {
        long age = Math.max(0, Duration.between(at, now).toMillis());
        long hoursAgo = age / Duration.ofHours(1).toMillis();
        return hoursAgo >= HourlyActivity.HOURS ? -1 : HourlyActivity.HOURS - 1 - (int) hoursAgo;
    }

    /** One annotator's frames, as sets of frame numbers. */
    private static final class Counts {
        final BitSet frames = new BitSet();
        final BitSet lastHour = new BitSet();
        final BitSet lastDay = new BitSet();
        final BitSet reviewed = new BitSet();
        final BitSet corrected = new BitSet();
        final BitSet reviews = new BitSet();
        Instant lastActive = Instant.EPOCH;

        void seen(Instant at) {
            if (at.isAfter(lastActive)) {
                lastActive = at;
            }
        }
    }
}
