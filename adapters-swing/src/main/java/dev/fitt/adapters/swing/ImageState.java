package dev.fitt.adapters.swing;

import java.util.Objects;

/** What a camera view can show for its image right now. */
sealed interface ImageState {
    record Loading() implements ImageState {
    }

    record Ready(Picture picture) implements ImageState {
        public Ready {
            Objects.requireNonNull(picture, "picture");
        }
    }

    /** The image could not be had; {@code message} is fit to show (the server's own words). */
    record Failed(String message) implements ImageState {
        public Failed {
            Objects.requireNonNull(message, "message");
        }
    }
}
