package dev.fitt.server.port.in;

import java.util.List;

/** Each clip's {@code clip_id}, so an annotator can tell which recording is on screen. */
public interface GetClipIdsUseCase {
    /** One id per clip, in the order of the clip list. */
    List<String> clipIds();
}
