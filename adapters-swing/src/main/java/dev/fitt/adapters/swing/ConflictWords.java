package dev.fitt.adapters.swing;

import dev.fitt.domain.TagChange;
import dev.fitt.domain.TagValue;
import dev.fitt.client.port.in.LabellingSession;
import java.util.ArrayList;
import java.util.List;

/**
 * A conflict in plain words: "front, frame 4: Ana chose Foggy, you chose Night Time", or "someone"
 * when the server did not say who.
 */
final class ConflictWords {
    private final LabellingSession session;

    ConflictWords(LabellingSession session) {
        this.session = session;
    }

    String describe(TagChange change) {
        List<TagValue> theirs = session.state().serverValuesAt(change.first());
        String author = session.state().serverAuthorAt(change.first());
        String mine = "you chose " + tagWords(change.values());
        if (change.first() == change.last()) {
            return session.state().imagePlace(change.first()) + ": " + (theirs.equals(change.values())
                    ? (author.isEmpty() ? "someone else" : author) + " changed it first"
                    : (author.isEmpty() ? "someone" : author) + " chose " + tagWords(theirs)) + ", " + mine;
        }
        return session.state().imagePlace(change.first()) + " \u2026 " + session.state().imagePlace(change.last())
                + " (" + change.rowCount() + " images): " + (author.isEmpty() ? "someone else" : author)
                + " changed them first, " + mine;
    }

    private String tagWords(List<TagValue> values) {
        List<String> chosen = new ArrayList<>();
        for (int tag = 0; tag < values.size(); tag++) {
            if (values.get(tag) == TagValue.TRUE) {
                chosen.add(session.state().tags().get(tag).alias());
            }
        }
        if (!chosen.isEmpty()) {
            return String.join(" + ", chosen);
        }
        return values.stream().allMatch(TagValue::isSet) ? "no tag" : "nothing (unlabelled)";
    }
}
