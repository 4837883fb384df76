package dev.fitt.server.service;

import dev.fitt.domain.Dataset;
import dev.fitt.ports.ImageUnavailableException;
import dev.fitt.server.port.in.GetImageUseCase;
import dev.fitt.ports.ImageContent;
import dev.fitt.server.port.out.ImageFile;
import dev.fitt.server.port.out.ImageSourcePort;
import java.util.Objects;
import java.util.Optional;

/** A frame's image by its index: a client can only name an index, never a file. */
public final class ImageService implements GetImageUseCase {
    private final Dataset dataset;
    private final ImageSourcePort images;

    ImageService(Dataset dataset, ImageSourcePort images) {
        this.dataset = Objects.requireNonNull(dataset, "dataset");
        this.images = Objects.requireNonNull(images, "images");
    }

    @Override
    public ImageContent image(int index) throws ImageUnavailableException {
        if (!dataset.contains(index)) {
            throw new ImageUnavailableException("image index " + index + " is out of range: the dataset has "
                    + dataset.size() + " images (0.." + (dataset.size() - 1) + ")");
        }
        return images.read(dataset.filePath(index));
    }

    @Override
    public Optional<ImageFile> imageFile(int index) {
        return dataset.contains(index) ? images.file(dataset.filePath(index)) : Optional.empty();
    }
}
