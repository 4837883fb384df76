package dev.fitt.server.port.in;

import dev.fitt.ports.ImageUnavailableException;
import dev.fitt.ports.ImageContent;
import dev.fitt.server.port.out.ImageFile;
import java.util.Optional;

/** The image file of one display index, bytes exactly as stored. */
public interface GetImageUseCase {
    ImageContent image(int index) throws ImageUnavailableException;

    /**
     * The plain file holding the image of {@code index}, when there is one, to be sent as it is;
     * empty otherwise, and then {@link #image} answers (or says what is wrong).
     */
    default Optional<ImageFile> imageFile(int index) {
        return Optional.empty();
    }
}
