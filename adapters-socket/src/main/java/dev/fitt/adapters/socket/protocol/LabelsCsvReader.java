package dev.fitt.adapters.socket.protocol;

import dev.fitt.domain.LabelsSnapshot;
import dev.fitt.domain.TagValue;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Reads a labels reply's CSV text: the header names the tag columns, each further line is one
 * display row. Cells are True/False in any case, 1/0 (also 1.0/0.0, as a float column prints),
 * or empty for a row never labelled. Works on the bytes directly: a million rows arrive at once.
 */
public final class LabelsCsvReader {
    /** The header's column names and the rows beneath it. */
    public record Parsed(List<String> columns, LabelsSnapshot labels) {
    }

    private LabelsCsvReader() {
    }

    public static Parsed read(byte[] csv) throws ProtocolException {
        int headerEnd = indexOf(csv, 0);
        List<String> columns = header(new String(csv, 0, trimCr(csv, 0, headerEnd), StandardCharsets.UTF_8));
        int tags = columns.size();
        byte[] cells = new byte[Math.max(16, tags * 1024)];
        int used = 0;
        int line = 2;
        int position = headerEnd + 1;
        while (position < csv.length) {
            int lineEnd = indexOf(csv, position);
            int end = trimCr(csv, position, lineEnd);
            if (lineEnd == csv.length && end == position) {
                break;
            }
            if (used + tags > cells.length) {
                cells = Arrays.copyOf(cells, Math.max(cells.length * 2, used + tags));
            }
            int column = 0;
            int cellStart = position;
            for (int i = position; i <= end; i++) {
                if (i == end || csv[i] == ',') {
                    if (column >= tags) {
                        throw new ProtocolException("labels line " + line + " has more cells than the "
                                + tags + " tag columns of the header");
                    }
                    cells[used + column] = value(csv, cellStart, i, line, columns.get(column)).code();
                    column++;
                    cellStart = i + 1;
                }
            }
            if (column != tags) {
                throw new ProtocolException("labels line " + line + " has " + column + " cells but the header names "
                        + tags + " tag columns");
            }
            used += tags;
            line++;
            position = lineEnd + 1;
        }
        return new Parsed(columns, LabelsSnapshot.of(used / tags, tags, Arrays.copyOf(cells, used)));
    }

    private static TagValue value(byte[] csv, int from, int to, int line, String column) throws ProtocolException {
        while (from < to && csv[from] == ' ') {
            from++;
        }
        while (to > from && csv[to - 1] == ' ') {
            to--;
        }
        if (to - from >= 2 && csv[from] == '"' && csv[to - 1] == '"') {
            from++;
            to--;
        }
        if (from == to) {
            return TagValue.UNSET;
        }
        if (is(csv, from, to, "true") || is(csv, from, to, "1") || is(csv, from, to, "1.0")) {
            return TagValue.TRUE;
        }
        if (is(csv, from, to, "false") || is(csv, from, to, "0") || is(csv, from, to, "0.0")) {
            return TagValue.FALSE;
        }
        throw new ProtocolException("labels line " + line + ", column " + column + ": '"
                + new String(csv, from, Math.min(to - from, 40), StandardCharsets.UTF_8)
                + "' is not True, False or empty");
    }

    private static boolean is(byte[] csv, int from, int to, String lowerCase) {
        if (to - from != lowerCase.length()) {
            return false;
        }
        for (int i = 0; i < lowerCase.length(); i++) {
            if (Character.toLowerCase((char) csv[from + i]) != lowerCase.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    /** Splits the header line, honouring RFC 4180 quotes. */
    private static List<String> header(String line) throws ProtocolException {
        List<String> columns = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                    cell.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    cell.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                columns.add(cell.toString());
                cell.setLength(0);
            } else {
                cell.append(c);
            }
        }
        columns.add(cell.toString());
        for (int i = 0; i < columns.size(); i++) {
            if (columns.get(i).isBlank()) {
                throw new ProtocolException("labels header (line 1) has an empty name in column " + (i + 1)
                        + ": '" + line + "'");
            }
        }
        return columns;
    }

    private static int indexOf(byte[] csv, int from) {
        for (int i = from; i < csv.length; i++) {
            if (csv[i] == '\n') {
                return i;
            }
        }
        return csv.length;
    }

    private static int trimCr(byte[] csv, int from, int end) {
        return end > from && csv[end - 1] == '\r' ? end - 1 : end;
    }
}
