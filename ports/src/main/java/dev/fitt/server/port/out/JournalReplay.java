package dev.fitt.server.port.out;

import dev.fitt.domain.TagChange;
import java.util.List;

/** What a journal held at start-up: the good changes in order, and a warning for any damage found. */
public record JournalReplay(List<TagChange> changes, List<String> warnings) {
    public JournalReplay {
        changes = List.copyOf(changes);
        warnings = List.copyOf(warnings);
    }

    public static JournalReplay empty() {
        return new JournalReplay(List.of(), List.of());
    }
}
