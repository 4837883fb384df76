package dev.fitt.adapters.swing;

import dev.fitt.domain.labelling.ImageCache;
import dev.fitt.client.port.in.ImageOutcome;
import dev.fitt.client.port.in.LoadImagesUseCase;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.function.IntConsumer;
import javax.swing.SwingUtilities;

/**
 * Decoded pictures by display index: fetched and decoded on background threads, kept in an
 * {@link ImageCache} with a byte budget, handed to the UI through a callback on the event thread.
 * A new frame's prefetch replaces the queue of the previous one, so a fast annotator never waits
 * behind images of frames already passed.
 */
final class DecodedImages {
    private final LoadImagesUseCase source;
    private final ImageCache<Picture> cache;
    private final long budget;
    private final Map<Integer, String> failures = new ConcurrentHashMap<>();
    private final Set<Integer> queued = ConcurrentHashMap.newKeySet();
    private final ThreadPoolExecutor workers;
    private final PictureDecoder decoder = new PictureDecoder();
    private final IntConsumer readyOnEdt;
    /** Where views paint pictures now; empty until a view has painted one. */
    private volatile Optional<PaintBox> box = Optional.empty();

    /** Makes the cache for a session once its image source is known. */
    @FunctionalInterface
    interface Factory {
        DecodedImages create(LoadImagesUseCase source, IntConsumer readyOnEdt);
    }

    DecodedImages(LoadImagesUseCase source, long budget, ThreadPoolExecutor workers, IntConsumer readyOnEdt) {
        this.source = source;
        this.budget = budget;
        this.cache = new ImageCache<>(budget, Picture::weight);
        this.workers = workers;
        this.readyOnEdt = readyOnEdt;
    }

    /**
     * What to show for {@code index} now; asks for it in the background when not yet known, or
     * for a scaled copy when the one kept does not fit the views' paint box.
     */
    ImageState state(int index) {
        Optional<Picture> picture = cache.get(index);
        if (picture.isPresent()) {
            request(index);
            return new ImageState.Ready(picture.get());
        }
        String failure = failures.get(index);
        if (failure != null) {
            return new ImageState.Failed(failure);
        }
        request(index);
        return new ImageState.Loading();
    }

    /**
     * The views now paint pictures into {@code newBox} (after a zoom or a resize): pictures
     * fetched from now on get a copy scaled for it; those already kept get one when next
     * requested. True when the box changed, so the caller re-requests what it wants scaled.
     */
    boolean paintInto(PaintBox newBox) {
        if (box.equals(Optional.of(newBox))) {
            return false;
        }
        box = Optional.of(newBox);
        return true;
    }

    /** Replaces whatever was waiting with {@code indices}, most urgent first. */
    void prefetch(List<Integer> indices) {
        List<Runnable> dropped = new ArrayList<>();
        workers.getQueue().drainTo(dropped);
        for (Runnable task : dropped) {
            queued.remove(((Fetch) task).index);
        }
        indices.forEach(this::request);
    }

    /** Forgets the image or failure and asks the server again. */
    void refresh(int index) {
        cache.remove(index);
        failures.remove(index);
        queued.add(index);
        workers.execute(new Fetch(index, true));
    }

    /**
     * Fetches and decodes {@code index} on the calling (background) thread for "load all". False
     * when keeping it would push other images out of the budget: memory is full, stop loading.
     */
    boolean preload(int index) {
        if (cache.contains(index) || failures.containsKey(index)) {
            return true;
        }
        Optional<Picture> picture = fetch(index, false);
        if (picture.isPresent() && cache.weight() + picture.get().weight() > budget) {
            return false;
        }
        picture.ifPresent(kept -> cache.put(index, kept));
        return true;
    }

    long budget() {
        return budget;
    }

    private void request(int index) {
        if (needsWork(index) && queued.add(index)) {
            workers.execute(new Fetch(index, false));
        }
    }

    /** Not yet fetched (and not failed), or kept without a copy scaled for the current box. */
    private boolean needsWork(int index) {
        Optional<Picture> picture = cache.get(index);
        if (picture.isPresent()) {
            return box.filter(current -> !picture.get().fits(current)).isPresent();
        }
        return !failures.containsKey(index);
    }

    /**
     * A kept picture for the views' current box: itself when its copy fits, else decoded again
     * from its bytes (the whole picture is not kept once a copy is scaled).
     */
    private Optional<Picture> forTheViews(Picture kept) {
        Optional<PaintBox> current = box;
        if (current.isEmpty() || kept.fits(current.get())) {
            return Optional.of(kept);
        }
        return decoder.decode(kept.encoded(), current);
    }

    private Optional<Picture> fetch(int index, boolean refresh) {
        ImageOutcome outcome = refresh ? source.refresh(index) : source.image(index);
        if (outcome instanceof ImageOutcome.Loaded loaded) {
            Optional<Picture> image = decoder.decode(loaded.content().bytes(), box);
            if (image.isEmpty()) {
                failures.put(index, "image " + (index + 1) + " arrived but is not a picture Java can decode ("
                        + loaded.content().size() + " bytes; PNG, JPEG, GIF and BMP are supported)");
            }
            return image;
        }
        if (outcome instanceof ImageOutcome.Unavailable unavailable) {
            failures.put(index, unavailable.message());
        } else if (outcome instanceof ImageOutcome.Unreachable unreachable) {
            failures.put(index, "server unreachable: " + unreachable.message() + " (press R to retry)");
        }
        return Optional.empty();
    }

    /** One fetch-and-decode (or new decode of a kept picture for a new box); a class (not a lambda) so a replaced queue knows which index it dropped. */
    private final class Fetch implements Runnable {
        final int index;
        final boolean refresh;

        Fetch(int index, boolean refresh) {
            this.index = index;
            this.refresh = refresh;
        }

        @Override
        public void run() {
            try {
                Optional<Picture> kept = refresh ? Optional.empty() : cache.get(index);
                Optional<Picture> picture = kept.isPresent() ? kept.flatMap(DecodedImages.this::forTheViews)
                        : fetch(index, refresh);
                picture.ifPresent(done -> cache.put(index, done));
            } catch (RuntimeException e) {
                failures.put(index, "image " + (index + 1) + " could not be loaded: " + e.getMessage());
            } finally {
                queued.remove(index);
                SwingUtilities.invokeLater(() -> readyOnEdt.accept(index));
            }
        }
    }
}
