package dev.fitt.server.service;

import java.util.List;
import java.util.Objects;

/**
 * What {@link ImageAudit} found.
 *
 * @param unavailable how many rows' images cannot be served (missing, unreadable or refused)
 * @param examples    the reasons of the first few of them, in display order
 */
public record ImageAuditReport(int rows, long unavailable, List<String> examples) {
    public ImageAuditReport {
        Objects.requireNonNull(examples, "examples");
        examples = List.copyOf(examples);
        if (rows < 0 || unavailable < 0 || unavailable > rows || examples.size() > unavailable) {
            throw new IllegalArgumentException("inconsistent report: " + unavailable + " of " + rows
                    + " unavailable, " + examples.size() + " examples");
        }
    }

    public boolean allAvailable() {
        return unavailable == 0;
    }

    /** True when the dataset has rows and not one image can be served: a wrong folder, not a few gaps. */
    public boolean noneAvailable() {
        return rows > 0 && unavailable == rows;
    }

    /** One line, then one indented line per example. */
    public String text() {
        if (allAvailable()) {
            return String.format("images: all %,d can be served", rows);
        }
        StringBuilder text = new StringBuilder(String.format("images: %,d of %,d cannot be served (missing,"
                + " unreadable or refused)%s", unavailable, rows, examples.isEmpty() ? "" : ", the first:"));
        for (String example : examples) {
            text.append(System.lineSeparator()).append("    ").append(example);
        }
        return text.toString();
    }
}
