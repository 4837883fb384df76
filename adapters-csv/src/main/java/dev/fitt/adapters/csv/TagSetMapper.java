package dev.fitt.adapters.csv;

import dev.fitt.domain.Tag;
import dev.fitt.domain.TagSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Maps the data file's tag columns and the meta file's aliases to the domain's tag set. */
final class TagSetMapper {
    private static final Logger LOG = LoggerFactory.getLogger(TagSetMapper.class);

    private TagSetMapper() {
    }

    static TagSet toTagSet(DataFile data, Map<String, String> aliases, String metaName) {
        List<Tag> tags = new ArrayList<>();
        for (TagColumn column : data.layout().tagColumns()) {
            String code = column.code() != null ? column.code() : data.formatBCode();
            String alias = aliases.get(code);
            if (alias == null || alias.isEmpty()) {
                // The original tool kept going with a placeholder name; so do we, but say so.
                alias = code + "_fallback";
                LOG.warn("tag code {} (column {}) has no alias in {}; showing it as {}", code, column.name(), metaName,
                        alias);
            }
            tags.add(new Tag(code, alias, column.name()));
        }
        return new TagSet(tags);
    }
}
