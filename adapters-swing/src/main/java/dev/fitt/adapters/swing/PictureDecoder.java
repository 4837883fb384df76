package dev.fitt.adapters.swing;

import java.awt.Dimension;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Iterator;
import java.util.Optional;
import java.util.Set;
import javax.imageio.ImageIO;
import javax.imageio.ImageReadParam;
import javax.imageio.ImageReader;
import javax.imageio.ImageTypeSpecifier;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.MemoryCacheImageInputStream;

/**
 * Turns an image file's bytes into a {@link Picture}, on the decode workers. When the views' paint
 * box is known, the picture is decoded into a buffer each thread reuses and only the scaled copy
 * is new. A fresh full-size picture per decode (a 1280x720 JPEG: 2.7 MB decoded, 3.7 MB as packed
 * RGB) is what made cold frames slow in phases: G1 allocates such arrays outside the young
 * generation, each one starts a collection cycle, the heap shrinks and grows again, and memory the
 * JVM has not touched yet costs a page fault per 4 KB (about 11 µs on a virtual machine, so ~3 ms
 * per MB). The buffer costs one decoded picture per worker thread, outside the cache's budget.
 */
final class PictureDecoder {
    /** Decoded types whose every pixel the reader writes and that need no palette of the file's own. */
    private static final Set<Integer> REUSABLE = Set.of(BufferedImage.TYPE_3BYTE_BGR, BufferedImage.TYPE_INT_RGB,
            BufferedImage.TYPE_BYTE_GRAY);
    private final ThreadLocal<BufferedImage> buffers = new ThreadLocal<>();

    /**
     * The picture in {@code bytes}: only a copy scaled for {@code box} when one is given, else the
     * whole picture as {@link #paintable}; empty when Java cannot decode it.
     */
    Optional<Picture> decode(byte[] bytes, Optional<PaintBox> box) {
        // From memory, not ImageIO.read(InputStream): that one copies the stream to a temp file first.
        try (ImageInputStream in = new MemoryCacheImageInputStream(new ByteArrayInputStream(bytes))) {
            Iterator<ImageReader> readers = ImageIO.getImageReaders(in);
            if (!readers.hasNext()) {
                return Optional.empty();
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(in, true, true);
                if (box.isEmpty()) {
                    return Optional.of(Picture.whole(bytes, paintable(reader.read(0))));
                }
                int width = reader.getWidth(0);
                int height = reader.getHeight(0);
                ImageReadParam param = reader.getDefaultReadParam();
                reusableBuffer(reader, width, height).ifPresent(param::setDestination);
                Dimension size = box.get().fitted(width, height);
                BufferedImage scaled = PictureScaler.scale(reader.read(0, param), size.width, size.height);
                return Optional.of(Picture.scaled(bytes, width, height, scaled));
            } finally {
                reader.dispose();
            }
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    /** This thread's buffer for the reader's own decoded type and the picture's size, when that type is reusable. */
    private Optional<BufferedImage> reusableBuffer(ImageReader reader, int width, int height) throws IOException {
        Iterator<ImageTypeSpecifier> types = reader.getImageTypes(0);
        int type = types.hasNext() ? types.next().getBufferedImageType() : BufferedImage.TYPE_CUSTOM;
        if (!REUSABLE.contains(type)) {
            return Optional.empty();
        }
        BufferedImage buffer = buffers.get();
        if (buffer == null || buffer.getType() != type || buffer.getWidth() != width || buffer.getHeight() != height) {
            buffer = new BufferedImage(width, height, type);
            buffers.set(buffer);
        }
        return Optional.of(buffer);
    }

    /**
     * The picture as packed RGB pixels. JPEGs decode to 3-byte BGR, which Java2D scales through a
     * slow generic loop on the event thread at every paint; converting once, on the worker thread,
     * makes painting several times faster. Pictures with alpha stay as they are.
     */
    static BufferedImage paintable(BufferedImage decoded) {
        int type = decoded.getType();
        if (type == BufferedImage.TYPE_INT_RGB || type == BufferedImage.TYPE_INT_ARGB
                || type == BufferedImage.TYPE_INT_ARGB_PRE || decoded.getColorModel().hasAlpha()) {
            return decoded;
        }
        BufferedImage packed = new BufferedImage(decoded.getWidth(), decoded.getHeight(), BufferedImage.TYPE_INT_RGB);
        Graphics2D g = packed.createGraphics();
        try {
            g.drawImage(decoded, 0, 0, null);
        } finally {
            g.dispose();
        }
        return packed;
    }
}
