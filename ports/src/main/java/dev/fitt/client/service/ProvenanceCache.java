package dev.fitt.client.service;

import dev.fitt.domain.Review;
import dev.fitt.domain.RowProvenance;
import dev.fitt.domain.labelling.RowRange;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;

/**
 * The session's copy of who labelled and reviewed each row, as far as fetched, with the rows whose
 * record changes once the server has the session's own edits (fetched again then). Any thread.
 */
final class ProvenanceCache {
    /** Null: never fetched. */
    private final RowProvenance[] rows;
    private final BitSet afterDelivery = new BitSet();

    ProvenanceCache(int rowCount) {
        rows = new RowProvenance[rowCount];
    }

    int rowCount() {
        return rows.length;
    }

    synchronized void put(int first, List<RowProvenance> fetched) {
        for (int i = 0; i < fetched.size(); i++) {
            rows[first + i] = fetched.get(i);
        }
    }

    /** Rows {@code first..last}, empty when any was never fetched. */
    synchronized Optional<List<RowProvenance>> get(int first, int last) {
        List<RowProvenance> out = new ArrayList<>(last - first + 1);
        for (int row = first; row <= last; row++) {
            if (rows[row] == null) {
                return Optional.empty();
            }
            out.add(rows[row]);
        }
        return Optional.of(out);
    }

    /** Rows {@code first..last}, a never-fetched one as {@link RowProvenance#NONE}. */
    synchronized List<RowProvenance> known(int first, int last) {
        List<RowProvenance> out = new ArrayList<>(last - first + 1);
        for (int row = first; row <= last; row++) {
            out.add(rows[row] == null ? RowProvenance.NONE : rows[row]);
        }
        return out;
    }

    /**
     * The reviewer's verdict shown at once, before the server confirms it (fetched again after
     * delivery); rows not fetched yet stay unknown.
     */
    synchronized void reviewedHere(int first, int last, String reviewer, Review review) {
        for (int row = first; row <= last; row++) {
            RowProvenance was = rows[row];
            if (was != null) {
                rows[row] = new RowProvenance(was.labelledBy(), was.labelledAt(), reviewer, review);
            }
        }
        afterDelivery.set(first, last + 1);
    }

    /** Rows whose record the session's own edits change: fetched again once delivered. */
    synchronized void changedHere(int first, int last) {
        afterDelivery.set(first, last + 1);
    }

    /** The rows marked by {@link #reviewedHere} and {@link #changedHere}, as ranges; unmarks them. */
    synchronized List<RowRange> takeDelivered() {
        List<RowRange> ranges = new ArrayList<>();
        for (int from = afterDelivery.nextSetBit(0); from >= 0; from = afterDelivery.nextSetBit(from)) {
            int to = afterDelivery.nextClearBit(from);
            ranges.add(new RowRange(from, to - 1));
            from = to;
        }
        afterDelivery.clear();
        return ranges;
    }

    /** Every name that labelled a fetched row, sorted. */
    synchronized List<String> annotators() {
        TreeSet<String> names = new TreeSet<>();
        Arrays.stream(rows).filter(r -> r != null && !r.labelledBy().isEmpty()).forEach(r -> names.add(r.labelledBy()));
        return List.copyOf(names);
    }
}
