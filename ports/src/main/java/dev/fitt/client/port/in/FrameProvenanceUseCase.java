package dev.fitt.client.port.in;

import dev.fitt.domain.RowProvenance;
import java.util.List;
import java.util.Optional;

/**
 * Who labelled and reviewed the images of a frame, as the server records it (team work). Fetched
 * in the background as the annotator moves and whenever others change the rows; changes come as
 * {@link SessionListener#provenanceChanged}. UI thread.
 */
public interface FrameProvenanceUseCase {
    /** Whether the server records who did what (team work); without it nothing is ever known. */
    boolean offered();

    /**
     * The frame's images' provenance, camera by camera, as last fetched (it may be about to change);
     * empty while not fetched yet. Asks the server again in the background.
     */
    Optional<List<RowProvenance>> ofFrame(int frameNumber);
}
