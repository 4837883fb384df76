package dev.fitt.server.port.in;

import dev.fitt.domain.TagSet;

/** The dataset's tags, in column order. */
public interface GetTagSetUseCase {
    TagSet tagSet();
}
