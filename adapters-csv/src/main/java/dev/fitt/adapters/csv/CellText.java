package dev.fitt.adapters.csv;

import java.io.IOException;
import java.io.Writer;

/**
 * Writes a cell as commons-csv's printer does with {@link CsvFiles#FORMAT} (quote mode MINIMAL):
 * quoted when it starts with a character up to '#', ends with one up to ' ', or holds a comma,
 * quote, CR or LF; quotes doubled inside. Saves must stay byte-identical to what that printer
 * wrote, so this rule is copied rather than "improved".
 */
final class CellText {
    private CellText() {
    }

    /** Writes {@code length} chars of {@code text}; nothing for an empty cell. */
    static void write(char[] text, int length, Writer out) throws IOException {
        if (length == 0) {
            return;
        }
        if (!needsQuotes(text, length)) {
            out.write(text, 0, length);
            return;
        }
        out.write('"');
        int start = 0;
        for (int i = 0; i < length; i++) {
            if (text[i] == '"') {
                out.write(text, start, i + 1 - start);
                start = i;
            }
        }
        out.write(text, start, length - start);
        out.write('"');
    }

    static void write(String text, Writer out) throws IOException {
        write(text.toCharArray(), text.length(), out);
    }

    private static boolean needsQuotes(char[] text, int length) {
        if (text[0] <= '#' || text[length - 1] <= ' ') {
            return true;
        }
        for (int i = 0; i < length; i++) {
            char c = text[i];
            if (c == ',' || c == '"' || c == '\r' || c == '\n') {
                return true;
            }
        }
        return false;
    }
}
