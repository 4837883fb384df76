package dev.fitt.adapters.swing;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.awt.image.DataBuffer;
import java.awt.image.Raster;
import java.awt.image.WritableRaster;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Optional;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageOutputStream;
import org.junit.jupiter.api.Test;

/**
 * CMYK JPEGs as Photoshop and other Adobe tools write them (YCCK: an Adobe marker with transform 2,
 * ink stored as luma/chroma plus inverted black) show their colours. Java 17's own reader gets them
 * right too; this keeps the TwelveMonkeys reader, which now comes first, to it.
 */
class CmykJpegDecodingTest {
    private final PictureDecoder decoder = new PictureDecoder();

    @Test
    void aYcckJpegShowsItsColoursWhole() throws IOException {
        Picture picture = decoder.decode(ycckJpeg(64, 48), Optional.empty()).orElseThrow();

        BufferedImage full = picture.full().orElseThrow();
        assertThat(full.getWidth()).isEqualTo(64);
        assertCyan(full.getRGB(32, 24));
    }

    @Test
    void aYcckJpegShowsItsColoursScaled() throws IOException {
        Picture picture = decoder.decode(ycckJpeg(64, 48), Optional.of(new PaintBox(32, 32))).orElseThrow();

        BufferedImage scaled = picture.scaled().orElseThrow();
        assertThat(scaled.getWidth()).isEqualTo(32);
        assertCyan(scaled.getRGB(16, 12));
    }

    /**
     * Pure cyan (C 100 %, M, Y, K 0) as a YCCK JPEG: Java's writer writes the four channels as they
     * are, and the Adobe APP14 marker that says what they hold is added after the start-of-image
     * marker.
     */
    private static byte[] ycckJpeg(int width, int height) throws IOException {
        // YCCK holds C, M, Y as if they were R, G, B, in YCbCr, and K inverted (as libjpeg reads it).
        int red = 255;
        int green = 0;
        int blue = 0;
        int[] ycck = {
            sample(0.299 * red + 0.587 * green + 0.114 * blue),
            sample(128 - 0.168736 * red - 0.331264 * green + 0.5 * blue),
            sample(128 + 0.5 * red - 0.418688 * green - 0.081312 * blue),
            255 - 0};
        WritableRaster raster = Raster.createInterleavedRaster(DataBuffer.TYPE_BYTE, width, height, 4, null);
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                raster.setPixel(x, y, ycck);
            }
        }
        ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ImageOutputStream out = ImageIO.createImageOutputStream(bytes)) {
            writer.setOutput(out);
            writer.write(null, new IIOImage(raster, null, null), null);
        } finally {
            writer.dispose();
        }
        byte[] plain = bytes.toByteArray();
        byte[] adobe = {(byte) 0xFF, (byte) 0xEE, 0, 14, 'A', 'd', 'o', 'b', 'e', 0, 100, 0, 0, 0, 0, 2};
        byte[] marked = new byte[plain.length + adobe.length];
        System.arraycopy(plain, 0, marked, 0, 2);
        System.arraycopy(adobe, 0, marked, 2, adobe.length);
        System.arraycopy(plain, 2, marked, 2 + adobe.length, plain.length - 2);
        return marked;
    }

    private static int sample(double value) {
        return (int) Math.max(0, Math.min(255, Math.round(value)));
    }

    /** Printing cyan, converted through a CMYK profile, is a strong blue-green (about 00AEEF), never black. */
    private static void assertCyan(int rgb) {
        Color colour = new Color(rgb);
        assertThat(colour.getRed()).as("red of %06x", rgb & 0xFF_FF_FF).isLessThan(100);
        assertThat(colour.getGreen()).as("green of %06x", rgb & 0xFF_FF_FF).isGreaterThan(120);
        assertThat(colour.getBlue()).as("blue of %06x", rgb & 0xFF_FF_FF).isGreaterThan(150);
    }
}
