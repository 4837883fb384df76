package dev.fitt.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Clips an administrator names: ranges of clip numbers, 1-based as the client shows them
 * ("Clip c / C"), and clip ids (the {@code clip_id} column). Only the form is checked here; whether
 * the clips exist is for the dataset to say.
 */
public record ClipSelection(List<Range> numbers, List<String> clipIds) {
    public ClipSelection {
        numbers = List.copyOf(numbers);
        clipIds = List.copyOf(clipIds);
        clipIds.forEach(ClipAssignments::checkedClipId);
    }

    /** Clip numbers {@code first..last}, both included, 1-based. */
    public record Range(int first, int last) {
        public Range {
            if (first < 1) {
                throw new IllegalArgumentException("clip numbers start at 1 (as the client shows \"Clip 1 / C\"), got "
                        + first);
            }
            if (last < first) {
                throw new IllegalArgumentException("a range of clips goes up: " + first + "-" + last
                        + " ends before it starts");
            }
        }

        @Override
        public String toString() {
            return first == last ? Integer.toString(first) : first + "-" + last;
        }
    }

    public boolean isEmpty() {
        return numbers.isEmpty() && clipIds.isEmpty();
    }

    /**
     * Reads {@code 1-50,60,70-80}: clip numbers and ranges, comma separated, spaces allowed around each.
     *
     * @throws IllegalArgumentException naming the part that is not a clip number or range, and why
     */
    public static List<Range> parseNumbers(String text) {
        Objects.requireNonNull(text, "text");
        List<Range> ranges = new ArrayList<>();
        for (String part : text.split(",", -1)) {
            String p = part.strip();
            if (p.isEmpty()) {
                throw new IllegalArgumentException("\"" + text + "\" has an empty part: write clip numbers and ranges"
                        + " separated by commas, like 1-50,60,70-80");
            }
            int dash = p.indexOf('-', 1);
            try {
                ranges.add(dash < 0 ? new Range(number(p), number(p))
                        : new Range(number(p.substring(0, dash).strip()), number(p.substring(dash + 1).strip())));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("\"" + p + "\": " + e.getMessage(), e);
            }
        }
        return List.copyOf(ranges);
    }

    /** Reads {@code a,b}: clip ids, comma separated, spaces around each dropped. */
    public static List<String> parseIds(String text) {
        Objects.requireNonNull(text, "text");
        List<String> ids = new ArrayList<>();
        for (String part : text.split(",", -1)) {
            String id = part.strip();
            if (id.isEmpty()) {
                throw new IllegalArgumentException("\"" + text + "\" has an empty clip id: write clip ids separated by"
                        + " commas, like walk_0042,walk_0043");
            }
            ids.add(id);
        }
        return List.copyOf(ids);
    }

    private static int number(String text) {
        if (text.isEmpty() || !text.chars().allMatch(c -> c >= '0' && c <= '9')) {
            throw new IllegalArgumentException("\"" + text + "\" is not a clip number (clip numbers are 1, 2, ...;"
                    + " ranges are like 1-50)");
        }
        try {
            return Integer.parseInt(text);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("\"" + text + "\" is too large for a clip number", e);
        }
    }

    /** Clip indices (0-based, ascending) as the client numbers them, in ranges: {@code [0, 1, 2, 5]} is "1-3,6". */
    public static String describe(List<Integer> indices) {
        StringBuilder text = new StringBuilder();
        int i = 0;
        while (i < indices.size()) {
            int j = i;
            while (j + 1 < indices.size() && indices.get(j + 1) == indices.get(j) + 1) {
                j++;
            }
            if (text.length() > 0) {
                text.append(',');
            }
            text.append(indices.get(i) + 1);
            if (j > i) {
                text.append('-').append(indices.get(j) + 1);
            }
            i = j + 1;
        }
        return text.toString();
    }
}
