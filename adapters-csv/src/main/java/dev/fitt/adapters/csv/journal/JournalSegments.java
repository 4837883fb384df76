package dev.fitt.adapters.csv.journal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/** Names and finds the numbered segment files of one journal: {@code <output>.journal.000001}. */
final class JournalSegments {
    private final Path folder;
    private final String prefix;
    private final Pattern name;

    JournalSegments(Path outputFile) {
        Path absolute = outputFile.toAbsolutePath();
        this.folder = absolute.getParent();
        this.prefix = absolute.getFileName() + ".journal.";
        this.name = Pattern.compile(Pattern.quote(prefix) + "(\\d{6,})");
    }

    Path folder() {
        return folder;
    }

    Path segment(long number) {
        return folder.resolve(prefix + String.format("%06d", number));
    }

    /** Existing segment numbers, oldest first. */
    List<Long> existing() throws IOException {
        List<Long> numbers = new ArrayList<>();
        if (!Files.isDirectory(folder)) {
            return numbers;
        }
        try (Stream<Path> files = Files.list(folder)) {
            files.forEach(file -> {
                Matcher m = name.matcher(file.getFileName().toString());
                if (m.matches()) {
                    numbers.add(Long.parseLong(m.group(1)));
                }
            });
        }
        numbers.sort(null);
        return numbers;
    }
}
