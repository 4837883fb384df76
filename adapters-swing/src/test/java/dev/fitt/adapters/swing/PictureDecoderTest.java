package dev.fitt.adapters.swing;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.Random;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

/** What a decode keeps, and that reusing one buffer per thread never mixes pictures up. */
class PictureDecoderTest {
    private final PictureDecoder decoder = new PictureDecoder();

    @Test
    void withABoxOnlyACopyOfTheFittedSizeIsKeptBesideTheFile() {
        byte[] jpeg = jpeg(320, 180, 1);

        Picture picture = decoder.decode(jpeg, Optional.of(new PaintBox(100, 100))).orElseThrow();

        assertThat(picture.full()).isEmpty();
        assertThat(picture.scaled()).get().extracting(BufferedImage::getWidth, BufferedImage::getHeight)
                .containsExactly(100, 56);
        assertThat(picture.width()).isEqualTo(320);
        assertThat(picture.height()).isEqualTo(180);
        assertThat(picture.encoded()).isSameAs(jpeg);
    }

    @Test
    void copyHasThePixelsOfScalingAFreshlyDecodedPicture() {
        byte[] jpeg = jpeg(320, 180, 2);

        Picture picture = decoder.decode(jpeg, Optional.of(new PaintBox(150, 150))).orElseThrow();

        assertSamePixels(picture.scaled().orElseThrow(), PictureScaler.scale(read(jpeg), 150, 84));
    }

    @Test
    void picturesDecodedOneAfterAnotherOnOneThreadKeepTheirOwnPixels() {
        byte[] first = jpeg(320, 180, 3);
        byte[] second = jpeg(320, 180, 4);
        byte[] otherSize = jpeg(200, 200, 5);
        Optional<PaintBox> box = Optional.of(new PaintBox(160, 160));

        BufferedImage firstCopy = decoder.decode(first, box).orElseThrow().scaled().orElseThrow();
        BufferedImage secondCopy = decoder.decode(second, box).orElseThrow().scaled().orElseThrow();
        BufferedImage otherCopy = decoder.decode(otherSize, box).orElseThrow().scaled().orElseThrow();

        assertSamePixels(firstCopy, PictureScaler.scale(read(first), 160, 90));
        assertSamePixels(secondCopy, PictureScaler.scale(read(second), 160, 90));
        assertSamePixels(otherCopy, PictureScaler.scale(read(otherSize), 160, 160));
    }

    @Test
    void withoutABoxTheWholePictureIsKeptAsPackedRgb() {
        byte[] jpeg = jpeg(320, 180, 6);

        Picture picture = decoder.decode(jpeg, Optional.empty()).orElseThrow();

        assertThat(picture.scaled()).isEmpty();
        BufferedImage whole = picture.full().orElseThrow();
        assertThat(whole.getType()).isEqualTo(BufferedImage.TYPE_INT_RGB);
        assertSamePixels(whole, read(jpeg));
    }

    @Test
    void translucentPictureKeepsItsAlphaInTheCopy() throws IOException {
        BufferedImage translucent = new BufferedImage(100, 50, BufferedImage.TYPE_INT_ARGB);
        translucent.setRGB(10, 10, 0x80FF0000);
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        ImageIO.write(translucent, "png", png);

        Picture picture = decoder.decode(png.toByteArray(), Optional.of(new PaintBox(50, 25))).orElseThrow();

        assertThat(picture.scaled().orElseThrow().getColorModel().hasAlpha()).isTrue();
    }

    @Test
    void bytesThatAreNoPictureGiveNothing() {
        byte[] garbage = "not a picture".getBytes(StandardCharsets.UTF_8);

        assertThat(decoder.decode(garbage, Optional.of(new PaintBox(50, 25)))).isEmpty();
        assertThat(decoder.decode(garbage, Optional.empty())).isEmpty();
    }

    @Test
    void photosArePackedAsRgbAndTheirPixelsKept() {
        BufferedImage bgr = new BufferedImage(4, 2, BufferedImage.TYPE_3BYTE_BGR);
        bgr.setRGB(1, 1, 0x123456);

        BufferedImage packed = PictureDecoder.paintable(bgr);

        assertThat(packed.getType()).isEqualTo(BufferedImage.TYPE_INT_RGB);
        assertThat(packed.getRGB(1, 1) & 0xFFFFFF).isEqualTo(0x123456);
        assertThat(packed.getWidth()).isEqualTo(4);
    }

    @Test
    void picturesWithTransparencyKeepIt() {
        BufferedImage translucent = new BufferedImage(4, 2, BufferedImage.TYPE_4BYTE_ABGR);

        assertThat(PictureDecoder.paintable(translucent)).isSameAs(translucent);
    }

    /** A JPEG of random coloured blocks: each seed gives a picture no other seed gives. */
    private static byte[] jpeg(int width, int height, long seed) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Random random = new Random(seed);
        for (int y = 0; y < height; y += 10) {
            for (int x = 0; x < width; x += 10) {
                int rgb = random.nextInt(0x1000000);
                for (int dy = y; dy < Math.min(height, y + 10); dy++) {
                    for (int dx = x; dx < Math.min(width, x + 10); dx++) {
                        image.setRGB(dx, dy, rgb);
                    }
                }
            }
        }
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ImageIO.write(image, "jpg", out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static BufferedImage read(byte[] bytes) {
        try {
            return ImageIO.read(new ByteArrayInputStream(bytes));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void assertSamePixels(BufferedImage actual, BufferedImage expected) {
        assertThat(actual.getWidth()).isEqualTo(expected.getWidth());
        assertThat(actual.getHeight()).isEqualTo(expected.getHeight());
        for (int y = 0; y < expected.getHeight(); y++) {
            for (int x = 0; x < expected.getWidth(); x++) {
                if (actual.getRGB(x, y) != expected.getRGB(x, y)) {
                    throw new AssertionError("pixel " + x + "," + y + " differs: " + Integer.toHexString(actual.getRGB(x, y))
                            + " instead of " + Integer.toHexString(expected.getRGB(x, y)));
                }
            }
        }
    }
}
