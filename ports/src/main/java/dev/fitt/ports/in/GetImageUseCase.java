package dev.fitt.ports.in;

import dev.fitt.ports.ImageUnavailableException;
import dev.fitt.ports.out.ImageContent;

/** The image file of one display index, bytes exactly as stored. */
public interface GetImageUseCase {
    ImageContent image(int index) throws ImageUnavailableException;
}
