package dev.fitt.client.port.out;

import dev.fitt.domain.Clip;
import dev.fitt.domain.LabelsSnapshot;
import dev.fitt.domain.TagSet;
import java.util.List;
import java.util.Objects;

/** What a client learns of a dataset on connect: tags, clips and the labels in display order. */
public record DatasetView(TagSet tags, List<Clip> clips, LabelsSnapshot labels) {
    public DatasetView {
        Objects.requireNonNull(tags, "tags");
        Objects.requireNonNull(labels, "labels");
        clips = List.copyOf(clips);
        if (labels.tagCount() != tags.size()) {
            throw new IllegalArgumentException(labels.tagCount() + " label columns for " + tags.size() + " tags");
        }
    }

    public int size() {
        return labels.rowCount();
    }
}
