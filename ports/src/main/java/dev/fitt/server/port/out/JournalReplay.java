package dev.fitt.server.port.out;

import dev.fitt.domain.Attribution;
import dev.fitt.domain.RecordedChange;
import dev.fitt.domain.TagChange;
import java.util.List;

/**
 * What a journal held at start-up: the good changes in order with who made them (unknown for
 * records from before journals kept authors), and a warning for any damage found.
 */
public record JournalReplay(List<RecordedChange> recorded, List<String> warnings) {
    public JournalReplay {
        recorded = List.copyOf(recorded);
        warnings = List.copyOf(warnings);
    }

    /** Changes of a journal that keeps no authors. */
    public static JournalReplay unattributed(List<TagChange> changes, List<String> warnings) {
        return new JournalReplay(changes.stream().map(c -> new RecordedChange(c, Attribution.UNKNOWN)).toList(),
                warnings);
    }

    public static JournalReplay empty() {
        return new JournalReplay(List.of(), List.of());
    }

    /** The changes alone, in order. */
    public List<TagChange> changes() {
        return recorded.stream().map(RecordedChange::change).toList();
    }
}
