package dev.fitt.domain;

import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/** The tags of a dataset in column order: the order of every label vector on the wire and on disk. */
public record TagSet(List<Tag> tags) {
    public TagSet {
        Objects.requireNonNull(tags, "tags");
        tags = List.copyOf(tags);
        if (tags.isEmpty()) {
            throw new IllegalArgumentException("a dataset needs at least one tag");
        }
        Set<String> columns = new HashSet<>();
        for (Tag tag : tags) {
            if (!columns.add(tag.column())) {
                throw new IllegalArgumentException("tag column " + tag.column() + " appears twice");
            }
        }
    }

    public int size() {
        return tags.size();
    }

    public Tag get(int index) {
        return tags.get(index);
    }

    public List<String> aliases() {
        return tags.stream().map(Tag::alias).toList();
    }

    public List<String> columns() {
        return tags.stream().map(Tag::column).toList();
    }
}
