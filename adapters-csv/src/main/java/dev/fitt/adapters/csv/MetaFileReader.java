package dev.fitt.adapters.csv;

import dev.fitt.ports.DatasetLoadException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVRecord;

/** Reads the meta CSV: tag code to alias, from columns code/tag_code and alias/scenario. */
final class MetaFileReader implements CsvFiles.Visitor {
    static final String NEEDS = "a meta CSV needs a code (or tag_code) column and an alias (or scenario) column";

    private final String fileName;
    private final Map<String, String> aliases = new LinkedHashMap<>();
    private int code = -1;
    private int alias = -1;

    private MetaFileReader(String fileName) {
        this.fileName = fileName;
    }

    /** Tag code (normalized) to alias, in file order; the first row of a code wins. */
    static Map<String, String> read(Path metaCsv) throws DatasetLoadException {
        MetaFileReader reader = new MetaFileReader(CsvFiles.name(metaCsv));
        if (!CsvFiles.read(metaCsv, "meta CSV", reader)) {
            throw new DatasetLoadException("meta CSV " + metaCsv.toAbsolutePath() + " is empty; " + NEEDS);
        }
        return reader.aliases;
    }

    @Override
    public void header(List<String> names) throws DatasetLoadException {
        for (int i = 0; i < names.size(); i++) {
            String name = names.get(i).strip();
            if ((name.equals("code") || name.equals("tag_code")) && code < 0) {
                code = i;
            } else if ((name.equals("alias") || name.equals("scenario")) && alias < 0) {
                alias = i;
            }
        }
        if (code < 0 || alias < 0) {
            String missing = code < 0 && alias < 0 ? "code and alias columns" : code < 0 ? "code column" : "alias column";
            throw new DatasetLoadException(fileName + " has no " + missing + " (header: " + String.join(",", names)
                    + "); " + NEEDS);
        }
    }

    @Override
    public void record(CSVRecord record, long line) {
        String tagCode = TagCodes.normalize(CsvFiles.cell(record, code));
        if (!tagCode.isEmpty()) {
            aliases.putIfAbsent(tagCode, CsvFiles.cell(record, alias).strip());
        }
    }
}
