package dev.fitt.adapters.csv;

import java.nio.file.Path;

/** Names the file saves go to, as the original tool did: {@code <stem>__labelled__.csv}. */
final class OutputFiles {
    static final String SUFFIX = "__labelled__.csv";

    private OutputFiles() {
    }

    static String labelledName(Path dataCsv) {
        String name = dataCsv.getFileName().toString();
        int dot = name.lastIndexOf('.');
        String stem = dot > 0 ? name.substring(0, dot) : name;
        return stem + SUFFIX;
    }

    static Path outputFile(CsvStoreConfig config) {
        return config.saveToSameFile() ? config.dataCsv() : config.saveDir().resolve(labelledName(config.dataCsv()));
    }
}
