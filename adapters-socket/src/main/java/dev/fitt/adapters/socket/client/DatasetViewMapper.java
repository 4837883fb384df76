package dev.fitt.adapters.socket.client;

import dev.fitt.adapters.socket.protocol.LabelsCsvReader;
import dev.fitt.adapters.socket.protocol.ProtocolException;
import dev.fitt.adapters.socket.protocol.Reply;
import dev.fitt.domain.Clip;
import dev.fitt.domain.Tag;
import dev.fitt.domain.TagSet;
import dev.fitt.client.port.out.DatasetView;
import java.util.ArrayList;
import java.util.List;

/**
 * Builds what the client learns on connect from the three v1 replies. v1 sends aliases (tag list)
 * and column names (labels header) separately; a tag's code is its column without the
 * {@code tag_code_} prefix, or the column itself (the single-tag {@code label} format).
 */
final class DatasetViewMapper {
    private static final String CODE_PREFIX = "tag_code_";

    private DatasetViewMapper() {
    }

    static DatasetView toView(Reply tagList, Reply labels, Reply clipList) throws ProtocolException {
        List<String> aliases = expect(tagList, Reply.TagList.class, "tag list").aliases();
        LabelsCsvReader.Parsed parsed = LabelsCsvReader.read(expect(labels, Reply.Labels.class, "labels").csv());
        List<Reply.ClipEntry> clips = expect(clipList, Reply.ClipList.class, "clip list").clips();
        if (aliases.size() != parsed.columns().size()) {
            throw new ProtocolException("the tag list names " + aliases.size() + " tags but the labels header has "
                    + parsed.columns().size() + " columns: " + parsed.columns());
        }
        try {
            return new DatasetView(tagSet(aliases, parsed.columns()), clips(clips, parsed.labels().rowCount()),
                    parsed.labels());
        } catch (IllegalArgumentException e) {
            throw new ProtocolException("the dataset does not add up: " + e.getMessage());
        }
    }

    static String code(String column) {
        return column.startsWith(CODE_PREFIX) && column.length() > CODE_PREFIX.length()
                ? column.substring(CODE_PREFIX.length()) : column;
    }

    private static TagSet tagSet(List<String> aliases, List<String> columns) {
        List<Tag> tags = new ArrayList<>(aliases.size());
        for (int i = 0; i < aliases.size(); i++) {
            tags.add(new Tag(code(columns.get(i)), aliases.get(i), columns.get(i)));
        }
        return new TagSet(tags);
    }

    private static List<Clip> clips(List<Reply.ClipEntry> entries, int rows) throws ProtocolException {
        List<Clip> clips = new ArrayList<>(entries.size() + 1);
        for (int i = 0; i < entries.size(); i++) {
            Reply.ClipEntry entry = entries.get(i);
            if (entry.end() > Integer.MAX_VALUE || entry.cameras() > Integer.MAX_VALUE) {
                throw new ProtocolException("clip " + i + " of the clip list ends beyond any index: " + entry);
            }
            try {
                if (i == entries.size() - 1 && entry.end() == rows - 1L) {
                    clips.addAll(withLastRow((int) entry.begin(), rows, (int) entry.cameras()));
                } else {
                    clips.add(new Clip((int) entry.begin(), (int) entry.end(), (int) entry.cameras()));
                }
            } catch (IllegalArgumentException e) {
                throw new ProtocolException("clip " + i + " of the clip list: " + e.getMessage());
            }
        }
        return clips;
    }

    /**
     * The original Python server ends its last clip one row early (it closes the clip at the last
     * index, exclusive), so with several cameras that clip no longer splits into whole frames, and
     * the last row is out of every clip. Its own client copes by letting the last frame run past the
     * clip's end; here the last row is given back: to that clip when it then splits into whole
     * frames, else (the row began a clip of its own) as a one-image clip.
     */
    private static List<Clip> withLastRow(int begin, int rows, int cameras) {
        if (cameras >= 1 && (rows - begin) % cameras == 0) {
            return List.of(new Clip(begin, rows, cameras));
        }
        return List.of(new Clip(begin, rows - 1, cameras), new Clip(rows - 1, rows, 1));
    }

    private static <T extends Reply> T expect(Reply reply, Class<T> type, String what) throws ProtocolException {
        if (type.isInstance(reply)) {
            return type.cast(reply);
        }
        throw new ProtocolException("the server could not send its " + what + " (it answered with an error)");
    }
}
