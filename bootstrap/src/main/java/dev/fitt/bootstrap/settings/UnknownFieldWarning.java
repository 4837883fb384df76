package dev.fitt.bootstrap.settings;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.introspect.BeanPropertyDefinition;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Set;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Unknown fields are most likely typos or settings of a newer version: worth a warning that
 * names them and where they are, not worth refusing to start. A separate streaming pass, because
 * jackson buffers properties for records and so has lost their line by the time it calls a
 * problem handler.
 */
final class UnknownFieldWarning {
    private static final Logger LOG = LoggerFactory.getLogger(UnknownFieldWarning.class);

    private final ObjectMapper mapper;

    UnknownFieldWarning(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    /** Call only with text that already read successfully as {@code type}. */
    void warnAbout(Path file, String text, Class<?> type) throws IOException {
        Set<String> known = knownFields(type);
        try (JsonParser parser = mapper.createParser(text)) {
            if (parser.nextToken() != JsonToken.START_OBJECT) {
                return;
            }
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String field = parser.currentName();
                JsonLocation at = parser.currentTokenLocation();
                if (!known.contains(field)) {
                    LOG.warn("{}, line {}, column {}: ignoring unknown field \"{}\"",
                            file, at.getLineNr(), at.getColumnNr(), field);
                }
                parser.nextToken();
                parser.skipChildren();
            }
        }
    }

    private Set<String> knownFields(Class<?> type) {
        BeanDescription description = mapper.getDeserializationConfig()
                .introspect(mapper.constructType(type));
        return description.findProperties().stream()
                .map(BeanPropertyDefinition::getName)
                .collect(Collectors.toSet());
    }
}
