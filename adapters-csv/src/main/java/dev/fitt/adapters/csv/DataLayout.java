package dev.fitt.adapters.csv;

import dev.fitt.ports.DatasetLoadException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Where things are in a data CSV's header. Format A: one {@code tag_code_<code>} column per tag.
 * Format B: a {@code tag_code} (or {@code tag_codes}) column naming the single tag, whose cells
 * are in the {@code label} column. Column indices are -1 when a column is absent.
 */
record DataLayout(int filePath, int clipId, int modality, int formatBCode, List<TagColumn> tagColumns) {
    static final String NEEDS = "a data CSV needs clip_id (optional), modality (optional), file_path and tag columns "
            + "tag_code_<code> (format A) or tag_code + label (format B)";
    private static final String FORMAT_A_PREFIX = "tag_code_";

    DataLayout {
        tagColumns = List.copyOf(tagColumns);
    }

    boolean isFormatB() {
        return formatBCode >= 0;
    }

    int tagCount() {
        return tagColumns.size();
    }

    static DataLayout of(List<String> header, String fileName) throws DatasetLoadException {
        int filePath = -1;
        int clipId = -1;
        int modality = -1;
        int bCode = -1;
        int bLabel = -1;
        List<TagColumn> formatA = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < header.size(); i++) {
            String name = header.get(i).strip();
            if (name.isEmpty()) {
                continue;
            }
            boolean meaningful = true;
            switch (name) {
                case "file_path" -> filePath = i;
                case "clip_id" -> clipId = i;
                case "modality" -> modality = i;
                case "tag_code", "tag_codes" -> bCode = bCode < 0 ? i : bCode;
                case "label" -> bLabel = i;
                default -> {
                    Integer code = name.startsWith(FORMAT_A_PREFIX)
                            ? TagCodes.parseOrNull(name.substring(FORMAT_A_PREFIX.length())) : null;
                    if (code != null) {
                        formatA.add(new TagColumn(name, i, code.toString()));
                    } else {
                        meaningful = false;
                    }
                }
            }
            if (meaningful && !seen.add(name)) {
                throw new DatasetLoadException(fileName + " line 1: column " + name
                        + " appears twice in the header; each column may appear once");
            }
        }
        if (filePath < 0) {
            throw new DatasetLoadException(fileName + " has no file_path column; " + NEEDS);
        }
        if (!formatA.isEmpty()) {
            return new DataLayout(filePath, clipId, modality, -1, formatA);
        }
        if (bCode >= 0 && bLabel >= 0) {
            return new DataLayout(filePath, clipId, modality, bCode, List.of(new TagColumn("label", bLabel, null)));
        }
        String found = bCode >= 0 ? " (it has " + header.get(bCode).strip() + " but no label column)"
                : bLabel >= 0 ? " (it has label but no tag_code column)" : "";
        throw new DatasetLoadException(fileName + " has no tag columns" + found + "; " + NEEDS);
    }
}
