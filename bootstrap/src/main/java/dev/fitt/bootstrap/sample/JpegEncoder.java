package dev.fitt.bootstrap.sample;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.MemoryCacheImageOutputStream;

/**
 * Encodes JPEGs whose size lands in a target range, like real camera frames, by searching the
 * quality setting. The search is bounded: after a few steps the closest result is returned.
 */
final class JpegEncoder {
    private static final int MAX_STEPS = 8;
    private static final float START_QUALITY = 0.8f;

    private final int minBytes;
    private final int maxBytes;

    JpegEncoder(int minBytes, int maxBytes) {
        if (minBytes < 1 || maxBytes < minBytes) {
            throw new IllegalArgumentException("need 0 < minBytes <= maxBytes, got " + minBytes + ".." + maxBytes);
        }
        this.minBytes = minBytes;
        this.maxBytes = maxBytes;
    }

    byte[] encode(BufferedImage image) {
        float low = 0.05f;
        float high = 1.0f;
        float quality = START_QUALITY;
        byte[] best = null;
        for (int step = 0; step < MAX_STEPS; step++) {
            byte[] jpeg = encode(image, quality);
            if (best == null || distance(jpeg.length) < distance(best.length)) {
                best = jpeg;
            }
            if (jpeg.length < minBytes) {
                low = quality;
            } else if (jpeg.length > maxBytes) {
                high = quality;
            } else {
                return jpeg;
            }
            quality = (low + high) / 2;
        }
        return best;
    }

    private int distance(int size) {
        return size < minBytes ? minBytes - size : Math.max(0, size - maxBytes);
    }

    private static byte[] encode(BufferedImage image, float quality) {
        ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(256 * 1024);
        try (MemoryCacheImageOutputStream out = new MemoryCacheImageOutputStream(bytes)) {
            ImageWriteParam param = writer.getDefaultWriteParam();
            param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
            param.setCompressionQuality(quality);
            writer.setOutput(out);
            writer.write(null, new IIOImage(image, null, null), param);
        } catch (IOException e) {
            throw new UncheckedIOException("JPEG encoding failed", e);
        } finally {
            writer.dispose();
        }
        return bytes.toByteArray();
    }
}
