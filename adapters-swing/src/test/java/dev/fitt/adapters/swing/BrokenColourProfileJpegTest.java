package dev.fitt.adapters.swing;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Optional;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

/**
 * JPEGs whose embedded colour profile is split into APP2 markers that do not add up (one missing,
 * one twice), as some cameras and editors write them. Java's own reader refuses the whole picture
 * ("Invalid icc profile"); the TwelveMonkeys reader shows it, without the broken profile.
 */
class BrokenColourProfileJpegTest {
    private static final int CYAN = 0x00_FF_FF;

    private final PictureDecoder decoder = new PictureDecoder();

    @Test
    void aPictureWhoseProfileLacksAPartIsShown() throws IOException {
        byte[] profile = srgbProfile();
        byte[] secondHalf = Arrays.copyOfRange(profile, profile.length / 2, profile.length);

        byte[] jpeg = withMarkers(cyanJpeg(48, 32), iccMarker(secondHalf, 2, 2));

        assertShownWhole(jpeg);
        assertShownScaled(jpeg);
    }

    @Test
    void aPictureWhoseProfileHasAPartTwiceIsShown() throws IOException {
        byte[] profile = srgbProfile();
        byte[] firstHalf = Arrays.copyOf(profile, profile.length / 2);
        byte[] secondHalf = Arrays.copyOfRange(profile, profile.length / 2, profile.length);

        byte[] jpeg = withMarkers(cyanJpeg(48, 32), iccMarker(firstHalf, 1, 2), iccMarker(secondHalf, 1, 2));

        assertShownWhole(jpeg);
        assertShownScaled(jpeg);
    }

    private void assertShownWhole(byte[] jpeg) {
        BufferedImage full = decoder.decode(jpeg, Optional.empty()).orElseThrow().full().orElseThrow();
        assertThat(full.getWidth()).isEqualTo(48);
        assertThat(full.getRGB(24, 16) & 0xFF_FF_FF).isEqualTo(CYAN);
    }

    private void assertShownScaled(byte[] jpeg) {
        BufferedImage scaled = decoder.decode(jpeg, Optional.of(new PaintBox(24, 24))).orElseThrow().scaled()
                .orElseThrow();
        assertThat(scaled.getWidth()).isEqualTo(24);
        assertThat(scaled.getRGB(12, 8) & 0xFF_FF_FF).isEqualTo(CYAN);
    }

    private static byte[] srgbProfile() {
        return ICC_Profile.getInstance(ColorSpace.CS_sRGB).getData();
    }

    private static byte[] cyanJpeg(int width, int height) throws IOException {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                image.setRGB(x, y, CYAN);
            }
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        ImageIO.write(image, "jpeg", bytes);
        return bytes.toByteArray();
    }

    /** An APP2 marker holding part {@code sequence} of {@code count} of an ICC profile. */
    private static byte[] iccMarker(byte[] part, int sequence, int count) {
        byte[] name = "ICC_PROFILE\0".getBytes(StandardCharsets.US_ASCII);
        int length = 2 + name.length + 2 + part.length;
        ByteArrayOutputStream marker = new ByteArrayOutputStream();
        marker.write(0xFF);
        marker.write(0xE2);
        marker.write(length >> 8);
        marker.write(length & 0xFF);
        marker.writeBytes(name);
        marker.write(sequence);
        marker.write(count);
        marker.writeBytes(part);
        return marker.toByteArray();
    }

    /** The JPEG with {@code markers} after its JFIF APP0 marker, where cameras put theirs. */
    private static byte[] withMarkers(byte[] jpeg, byte[]... markers) {
        int app0End = 4 + (((jpeg[4] & 0xFF) << 8) | (jpeg[5] & 0xFF));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(jpeg, 0, app0End);
        for (byte[] marker : markers) {
            out.writeBytes(marker);
        }
        out.write(jpeg, app0End, jpeg.length - app0End);
        return out.toByteArray();
    }
}
