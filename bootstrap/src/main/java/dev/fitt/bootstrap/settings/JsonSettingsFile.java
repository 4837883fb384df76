package dev.fitt.bootstrap.settings;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.type.LogicalType;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Reads and writes one settings record as JSON. Strict about types (no "52973" for a number, no
 * 1.5 for a whole number, no 127 for a host) because a silently coerced setting is harder to debug than an error.
 */
final class JsonSettingsFile {

    private final ObjectMapper mapper = JsonMapper.builder()
            .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
            .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .withCoercionConfig(LogicalType.Textual, config -> config
                    .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                    .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                    .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail))
            .build();
    private final UnknownFieldWarning unknownFields = new UnknownFieldWarning(mapper);

    /** @throws SettingsException naming the file, and where known the line, column and field */
    <T> T read(Path file, Class<T> type) {
        String text;
        try {
            text = Files.readString(file);
        } catch (IOException e) {
            throw new SettingsException("cannot read settings file " + file + ": " + e,
                    SettingsException.IO_FAILURE, e);
        }
        if (text.isBlank()) {
            throw new SettingsException(file + ": file is empty, expected a JSON object",
                    SettingsException.BAD_SETTINGS);
        }
        try {
            T value = mapper.readerFor(type).readValue(text);
            unknownFields.warnAbout(file, text, type);
            return value;
        } catch (JsonProcessingException e) {
            throw new SettingsException(JsonProblemMessage.of(file, text, e), SettingsException.BAD_SETTINGS, e);
        } catch (IOException e) {
            throw new SettingsException("cannot read settings file " + file + ": " + e,
                    SettingsException.IO_FAILURE, e);
        }
    }

    /** Writes {@code value} in the README's layout (4-space indent, {@code "key": value}). */
    void write(Path file, Object value) {
        DefaultPrettyPrinter printer = new DefaultPrettyPrinter(
                Separators.createDefaultInstance().withObjectFieldValueSpacing(Separators.Spacing.AFTER))
                .withObjectIndenter(new DefaultIndenter("    ", "\n"));
        try {
            Path parent = file.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            Files.writeString(file, mapper.writer(printer).writeValueAsString(value) + "\n");
        } catch (IOException e) {
            throw new SettingsException("cannot write settings file " + file + ": " + e,
                    SettingsException.IO_FAILURE, e);
        }
    }
}
