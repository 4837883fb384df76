package dev.fitt.bootstrap.settings;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import java.nio.file.Path;
import java.util.List;

/** Turns jackson's exceptions into one line a user can act on: file, line, column, field. */
final class JsonProblemMessage {

    private JsonProblemMessage() {
    }

    static String of(Path file, String text, JsonProcessingException problem) {
        String where = where(file, problem.getLocation());
        if (problem instanceof MismatchedInputException mismatch) {
            return where + ": " + mismatch(mismatch, text);
        }
        if (problem instanceof StreamReadException) {
            return where + ": invalid JSON: " + problem.getOriginalMessage();
        }
        return where + ": " + problem.getOriginalMessage();
    }

    private static String where(Path file, JsonLocation location) {
        if (location == null || location.getLineNr() < 1) {
            return file.toString();
        }
        return file + ", line " + location.getLineNr() + ", column " + location.getColumnNr();
    }

    private static String mismatch(MismatchedInputException mismatch, String text) {
        String field = fieldName(mismatch.getPath());
        if (field == null) {
            return "expected a JSON object like {\"field\": value, ...}";
        }
        String expected = expected(mismatch.getTargetType());
        return "field \"" + field + "\" must be " + expected + offending(text, field);
    }

    private static String fieldName(List<JsonMappingException.Reference> path) {
        for (int i = path.size() - 1; i >= 0; i--) {
            String name = path.get(i).getFieldName();
            if (name != null) {
                return name;
            }
        }
        return null;
    }

    private static String expected(Class<?> type) {
        if (type == Integer.class || type == int.class) {
            return "a whole number";
        }
        if (type == Boolean.class || type == boolean.class) {
            return "true or false";
        }
        if (type == String.class) {
            return "a string in double quotes";
        }
        return "a " + (type == null ? "different value" : type.getSimpleName());
    }

    /**
     * The value that did not fit, read again from the text: jackson has closed its parser by the
     * time the exception arrives. A type mismatch means the JSON itself parsed, so this works.
     */
    private static String offending(String text, String field) {
        try {
            JsonNode value = new ObjectMapper().readTree(text).get(field);
            return value == null ? "" : ", got " + value;
        } catch (JsonProcessingException e) {
            return "";
        }
    }
}
