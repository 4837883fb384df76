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
import java.util.function.BooleanSupplier;

/**
 * The session's copy of who labelled and reviewed each row, as far as fetched, with the rows whose
 * record changes once the server has the session's own edits (fetched again then). Any thread.
 *
 * <p>Answers and the session's own verdicts race: an answer to a request the server handled
 * before it had a verdict shows the older record (the reviewer saw "one fewer" flicker back, and
 * an accept then overwrote the reviewer's own correction). Requests and deliveries are stamped
 * from one clock, and an answer leaves alone the rows whose verdict was not delivered before its
 * request started; the request made once it is delivered brings the server's record.
 */
final class ProvenanceCache {
    /** Null: never fetched. */
    private final RowProvenance[] rows;
    /**
     * When each row's last verdict given here was delivered, on {@link #clock}: 0 never given one,
     * {@link #UNDELIVERED} not yet delivered.
     */
    private final int[] verdictAt;
    private final BitSet afterDelivery = new BitSet();
    private int clock;
    private static final int UNDELIVERED = Integer.MAX_VALUE;

    ProvenanceCache(int rowCount) {
        rows = new RowProvenance[rowCount];
        verdictAt = new int[rowCount];
    }

    int rowCount() {
        return rows.length;
    }

    /** The stamp of a request about to be sent, for {@link #put}. */
    synchronized int fetchStarts() {
        return ++clock;
    }

    /**
     * The answer to a request stamped {@code startedAt}: rows whose verdict here was not delivered
     * before it keep the verdict.
     */
    synchronized void put(int first, List<RowProvenance> fetched, int startedAt) {
        for (int i = 0; i < fetched.size(); i++) {
            if (verdictAt[first + i] < startedAt) {
                rows[first + i] = fetched.get(i);
            }
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
     * delivery). A row not fetched yet gets it too, with its labeller unknown until then: an
     * accept must leave the reviewer's own correction alone even before the answer.
     */
    synchronized void reviewedHere(int first, int last, String reviewer, Review review) {
        for (int row = first; row <= last; row++) {
            RowProvenance was = rows[row] == null ? RowProvenance.NONE : rows[row];
            rows[row] = new RowProvenance(was.labelledBy(), was.labelledAt(), reviewer, review);
            verdictAt[row] = UNDELIVERED;
        }
        afterDelivery.set(first, last + 1);
    }

    /** Rows whose record the session's own edits change: fetched again once delivered. */
    synchronized void changedHere(int first, int last) {
        afterDelivery.set(first, last + 1);
    }

    /**
     * The rows marked by {@link #reviewedHere} and {@link #changedHere}, as ranges, when the server
     * has every edit ({@code nothingPending}, asked under this cache's lock): unmarks them, and
     * answers to requests started from now replace their verdicts. Asked, not told: news of an empty
     * queue can arrive after the next edit was queued and its verdict marked here, and taking that
     * verdict then would let the server's answer from before it replace it for good.
     */
    synchronized List<RowRange> takeDelivered(BooleanSupplier nothingPending) {
        if (!nothingPending.getAsBoolean()) {
            return List.of();
        }
        List<RowRange> ranges = new ArrayList<>();
        int now = ++clock;
        for (int from = afterDelivery.nextSetBit(0); from >= 0; from = afterDelivery.nextSetBit(from)) {
            int to = afterDelivery.nextClearBit(from);
            ranges.add(new RowRange(from, to - 1));
            for (int row = from; row < to; row++) {
                if (verdictAt[row] == UNDELIVERED) {
                    verdictAt[row] = now;
                }
            }
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
