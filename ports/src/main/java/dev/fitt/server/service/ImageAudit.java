package dev.fitt.server.service;

import dev.fitt.domain.Dataset;
import dev.fitt.ports.ImageUnavailableException;
import dev.fitt.server.port.out.ImageSourcePort;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReferenceArray;
import java.util.concurrent.atomic.LongAdder;

/**
 * Checks that every row's image can be served, without reading any: one
 * {@link ImageSourcePort#check} (a stat) per row. Rows are checked in chunks on a few threads,
 * because the time goes in waiting for the disk (or a network share), not in computing; the
 * examples are the first unavailable rows in display order, whatever thread found them.
 */
public final class ImageAudit {
    private static final int CHUNK = 2_048;

    private final ImageSourcePort images;
    private final int threads;
    private final int examples;

    /**
     * @param threads  at most this many checks at once
     * @param examples how many unavailable images the report names
     */
    public ImageAudit(ImageSourcePort images, int threads, int examples) {
        this.images = Objects.requireNonNull(images, "images");
        if (threads < 1 || examples < 0) {
            throw new IllegalArgumentException("threads must be >= 1 and examples >= 0, got " + threads + " and "
                    + examples);
        }
        this.threads = threads;
        this.examples = examples;
    }

    public ImageAuditReport audit(Dataset dataset) throws InterruptedException {
        int rows = dataset.size();
        int chunks = (rows + CHUNK - 1) / CHUNK;
        AtomicInteger nextChunk = new AtomicInteger();
        LongAdder unavailable = new LongAdder();
        AtomicReferenceArray<List<String>> found = new AtomicReferenceArray<>(chunks);
        int workers = Math.max(1, Math.min(threads, chunks));
        ExecutorService pool = Executors.newFixedThreadPool(workers, task -> {
            Thread thread = new Thread(task, "fitt-image-audit");
            thread.setDaemon(true);
            return thread;
        });
        try {
            List<Future<?>> running = new ArrayList<>();
            for (int w = 0; w < workers; w++) {
                running.add(pool.submit(() -> {
                    for (int chunk = nextChunk.getAndIncrement(); chunk < chunks; chunk = nextChunk.getAndIncrement()) {
                        found.set(chunk, checkChunk(dataset, chunk, unavailable));
                    }
                }));
            }
            for (Future<?> worker : running) {
                worker.get();
            }
        } catch (ExecutionException e) {
            throw new IllegalStateException("checking the images failed: " + e.getCause(), e.getCause());
        } finally {
            pool.shutdownNow();
        }
        List<String> firstFew = new ArrayList<>();
        for (int chunk = 0; chunk < chunks && firstFew.size() < examples; chunk++) {
            for (String reason : found.get(chunk)) {
                if (firstFew.size() < examples) {
                    firstFew.add(reason);
                }
            }
        }
        return new ImageAuditReport(rows, unavailable.sum(), firstFew);
    }

    /** The reasons of the chunk's first few unavailable images; counts them all. */
    private List<String> checkChunk(Dataset dataset, int chunk, LongAdder unavailable) {
        List<String> reasons = new ArrayList<>();
        int end = (int) Math.min(dataset.size(), (long) (chunk + 1) * CHUNK);
        for (int index = chunk * CHUNK; index < end; index++) {
            try {
                images.check(dataset.filePath(index));
            } catch (ImageUnavailableException e) {
                unavailable.increment();
                if (reasons.size() < examples) {
                    reasons.add(e.getMessage());
                }
            }
        }
        return reasons;
    }
}
