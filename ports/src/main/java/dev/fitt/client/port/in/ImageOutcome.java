package dev.fitt.client.port.in;

import dev.fitt.ports.ImageContent;
import java.util.Objects;

/** The result of asking for one image: its bytes, or why it could not be had. */
public sealed interface ImageOutcome {
    int index();

    record Loaded(int index, ImageContent content) implements ImageOutcome {
        public Loaded {
            Objects.requireNonNull(content, "content");
        }
    }

    /** The server could not deliver it; {@code message} is the server's, fit to show. */
    record Unavailable(int index, String message) implements ImageOutcome {
        public Unavailable {
            Objects.requireNonNull(message, "message");
        }
    }

    /** The server could not be reached; ask again later (nothing is remembered). */
    record Unreachable(int index, String message) implements ImageOutcome {
        public Unreachable {
            Objects.requireNonNull(message, "message");
        }
    }
}
