package dev.fitt.adapters.socket;

import dev.fitt.ports.in.GetClipsUseCase;
import dev.fitt.ports.in.GetImageUseCase;
import dev.fitt.ports.in.GetLabelsUseCase;
import dev.fitt.ports.in.GetTagSetUseCase;
import dev.fitt.ports.in.SaveLabelsUseCase;
import dev.fitt.ports.in.TagFramesUseCase;
import java.util.Objects;

/** The core's use cases the socket server answers with; every edit goes through {@code tagFrames}. */
public record ServedUseCases(GetTagSetUseCase tags, GetClipsUseCase clips, GetLabelsUseCase labels,
        TagFramesUseCase tagFrames, SaveLabelsUseCase save, GetImageUseCase images) {
    public ServedUseCases {
        Objects.requireNonNull(tags, "tags");
        Objects.requireNonNull(clips, "clips");
        Objects.requireNonNull(labels, "labels");
        Objects.requireNonNull(tagFrames, "tagFrames");
        Objects.requireNonNull(save, "save");
        Objects.requireNonNull(images, "images");
    }
}
