package dev.fitt.client.service;

import dev.fitt.domain.labelling.FrameList;
import dev.fitt.domain.labelling.ImageCache;
import dev.fitt.domain.labelling.PrefetchPlan;
import dev.fitt.ports.ImageUnavailableException;
import dev.fitt.ports.ServerUnreachableException;
import dev.fitt.client.port.in.ImageOutcome;
import dev.fitt.client.port.in.LoadImagesUseCase;
import dev.fitt.ports.ImageContent;
import dev.fitt.client.port.out.TaggingServerPort;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Fetches image bytes through the server port, keeping them in a byte-bounded LRU cache and
 * remembering the server's message for images it could not deliver until a refresh. Decoding is
 * the UI's business. Thread-safe: the UI may fetch from several worker threads.
 */
public final class ImageLoader implements LoadImagesUseCase {
    private final TaggingServerPort server;
    private final FrameList frames;
    private final PrefetchPlan plan;
    private final ImageCache<ImageContent> cache;
    private final Map<Integer, String> failures = new ConcurrentHashMap<>();

    public ImageLoader(TaggingServerPort server, FrameList frames, PrefetchPlan plan, ImageCache<ImageContent> cache) {
        this.server = Objects.requireNonNull(server, "server");
        this.frames = Objects.requireNonNull(frames, "frames");
        this.plan = Objects.requireNonNull(plan, "plan");
        this.cache = Objects.requireNonNull(cache, "cache");
    }

    @Override
    public ImageOutcome image(int displayIndex) {
        var cached = cache.get(displayIndex);
        if (cached.isPresent()) {
            return new ImageOutcome.Loaded(displayIndex, cached.get());
        }
        String failure = failures.get(displayIndex);
        if (failure != null) {
            return new ImageOutcome.Unavailable(displayIndex, failure);
        }
        try {
            ImageContent content = server.fetchImage(displayIndex);
            cache.put(displayIndex, content);
            return new ImageOutcome.Loaded(displayIndex, content);
        } catch (ImageUnavailableException e) {
            String message = "image " + displayIndex + ": " + e.getMessage();
            failures.put(displayIndex, message);
            return new ImageOutcome.Unavailable(displayIndex, message);
        } catch (ServerUnreachableException e) {
            return new ImageOutcome.Unreachable(displayIndex, "image " + displayIndex + ": " + e.getMessage());
        }
    }

    @Override
    public ImageOutcome refresh(int displayIndex) {
        cache.remove(displayIndex);
        failures.remove(displayIndex);
        return image(displayIndex);
    }

    @Override
    public List<Integer> prefetchIndices(int frameNumber) {
        return plan.indices(frames, frameNumber).stream()
                .filter(index -> !cache.contains(index) && !failures.containsKey(index))
                .toList();
    }
}
