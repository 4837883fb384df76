package dev.fitt.adapters.csv;

/** Tag codes are integers written in several ways ({@code 100}, {@code 0100}, {@code " 100"}); one spelling here. */
final class TagCodes {
    private TagCodes() {
    }

    /** The canonical code, or the trimmed text when it is not an integer. */
    static String normalize(String raw) {
        String trimmed = raw.strip();
        Integer code = parseOrNull(trimmed);
        return code == null ? trimmed : code.toString();
    }

    static Integer parseOrNull(String text) {
        if (text.isEmpty()) {
            return null;
        }
        for (int i = 0; i < text.length(); i++) {
            if (!Character.isDigit(text.charAt(i)) && !(i == 0 && text.charAt(i) == '-' && text.length() > 1)) {
                return null;
            }
        }
        try {
            return Integer.valueOf(text);
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
