package dev.fitt.domain.labelling;

import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.ToLongFunction;

/**
 * Images by display index, least recently used evicted first once their total weight passes a
 * budget. Generic over the value so the same cache holds raw bytes here and decoded pictures in
 * the Swing adapter (with their own weight function). A value heavier than the whole budget is
 * not kept. Thread-safe: fetch threads fill it while the UI reads it.
 */
public final class ImageCache<V> {
    private final long budget;
    private final ToLongFunction<V> weigher;
    private final LinkedHashMap<Integer, V> entries = new LinkedHashMap<>(16, 0.75f, true);
    private long weight;

    public ImageCache(long budget, ToLongFunction<V> weigher) {
        if (budget < 1) {
            throw new IllegalArgumentException("image cache budget must be >= 1, got " + budget);
        }
        this.budget = budget;
        this.weigher = Objects.requireNonNull(weigher, "weigher");
    }

    public synchronized Optional<V> get(int index) {
        return Optional.ofNullable(entries.get(index));
    }

    public synchronized boolean contains(int index) {
        return entries.containsKey(index);
    }

    public synchronized void put(int index, V value) {
        Objects.requireNonNull(value, "value");
        long w = weigher.applyAsLong(value);
        if (w < 0) {
            throw new IllegalArgumentException("image " + index + " weighs " + w + ": weights must be >= 0");
        }
        remove(index);
        if (w > budget) {
            return;
        }
        entries.put(index, value);
        weight += w;
        Iterator<Map.Entry<Integer, V>> eldest = entries.entrySet().iterator();
        while (weight > budget && eldest.hasNext()) {
            Map.Entry<Integer, V> entry = eldest.next();
            weight -= weigher.applyAsLong(entry.getValue());
            eldest.remove();
        }
    }

    public synchronized void remove(int index) {
        V old = entries.remove(index);
        if (old != null) {
            weight -= weigher.applyAsLong(old);
        }
    }

    public synchronized long weight() {
        return weight;
    }

    public synchronized int size() {
        return entries.size();
    }
}
