package dev.fitt.domain;

import java.util.Objects;

/**
 * A scenario tag: its code (e.g. {@code 100}), the alias annotators see (e.g. {@code Clear Weather})
 * and the name of the data column that holds it ({@code tag_code_100}, or {@code label}).
 */
public record Tag(String code, String alias, String column) {
    public Tag {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(alias, "alias");
        Objects.requireNonNull(column, "column");
        if (code.isBlank()) {
            throw new IllegalArgumentException("a tag code must not be blank");
        }
        if (column.isBlank()) {
            throw new IllegalArgumentException("a tag column must not be blank (tag " + code + ")");
        }
    }
}
