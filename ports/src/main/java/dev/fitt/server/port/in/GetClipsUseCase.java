package dev.fitt.server.port.in;

import dev.fitt.domain.Clip;
import java.util.List;

/** The clips in display order; together they cover every row exactly once. */
public interface GetClipsUseCase {
    List<Clip> clips();
}
