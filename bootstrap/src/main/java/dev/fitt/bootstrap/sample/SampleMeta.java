package dev.fitt.bootstrap.sample;

import java.io.IOException;
import java.io.Writer;
import java.util.List;

/** The meta CSV: the README's example aliases first, then plain "Tag 600", "Tag 700", ... */
final class SampleMeta {
    private static final List<String> KNOWN_ALIASES =
            List.of("Clear Weather", "Rainy", "Foggy", "Night Time", "Heavy Traffic");

    private final SampleSpec spec;

    SampleMeta(SampleSpec spec) {
        this.spec = spec;
    }

    String alias(int tagIndex) {
        return tagIndex < KNOWN_ALIASES.size() ? KNOWN_ALIASES.get(tagIndex) : "Tag " + spec.tagCode(tagIndex);
    }

    void write(Writer out) throws IOException {
        out.write("code,alias\n");
        for (int tag = 0; tag < spec.tags(); tag++) {
            out.write(spec.tagCode(tag) + "," + alias(tag) + "\n");
        }
    }
}
