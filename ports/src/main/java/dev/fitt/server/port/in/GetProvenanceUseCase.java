package dev.fitt.server.port.in;

import dev.fitt.domain.RowProvenance;
import java.util.List;

/** Per row: labelled by whom and when, reviewed by whom, accepted or corrected. */
public interface GetProvenanceUseCase {
    /** The provenance of display rows {@code first..last}; rows outside the dataset are an {@link IllegalArgumentException}. */
    List<RowProvenance> provenance(int first, int last);

    /** Every row's provenance in file order (for exports). */
    List<RowProvenance> provenanceInFileOrder();
}
