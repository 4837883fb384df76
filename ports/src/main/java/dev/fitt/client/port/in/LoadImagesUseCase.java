package dev.fitt.client.port.in;

import java.util.List;

/**
 * Image bytes for the UI to decode. Calls block on the server: make them off the UI thread.
 * Failures are remembered so a broken image is not requested on every repaint.
 */
public interface LoadImagesUseCase {
    /** The image at a display index, from the cache, the remembered failure, or the server. */
    ImageOutcome image(int displayIndex);

    /** "Image refresh": forgets the cached bytes or failure and asks the server again. */
    ImageOutcome refresh(int displayIndex);

    /** Display indices worth fetching while frame {@code frameNumber} is shown, most urgent first. */
    List<Integer> prefetchIndices(int frameNumber);
}
