package dev.fitt.adapters.csv;

import java.util.HashMap;
import java.util.Map;

/**
 * Shares one String per distinct value of a column with few values (clip ids, cameras), so a
 * million rows hold a handful of strings instead of a million copies.
 */
final class Interner {
    private final Map<String, String> seen = new HashMap<>();
    private String last = "";

    String intern(String value) {
        // Consecutive rows nearly always repeat the previous value: skip the hash lookup then.
        if (value.equals(last)) {
            return last;
        }
        String shared = seen.putIfAbsent(value, value);
        last = shared == null ? value : shared;
        return last;
    }

    /** The shared String of {@code chars[0, length)}; makes one only when the previous value differs. */
    String intern(char[] chars, int length) {
        if (sameAsLast(chars, length)) {
            return last;
        }
        return intern(new String(chars, 0, length));
    }

    private boolean sameAsLast(char[] chars, int length) {
        if (last.length() != length) {
            return false;
        }
        for (int i = 0; i < length; i++) {
            if (last.charAt(i) != chars[i]) {
                return false;
            }
        }
        return true;
    }
}
