package dev.fitt.server.port.in;

import dev.fitt.domain.LabelsSnapshot;

/** The labels as they are now, unsaved edits included, in display order. */
public interface GetLabelsUseCase {
    LabelsSnapshot labels();
}
