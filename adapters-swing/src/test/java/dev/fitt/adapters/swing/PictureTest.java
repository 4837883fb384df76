package dev.fitt.adapters.swing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.Dimension;
import java.awt.image.BufferedImage;
import org.junit.jupiter.api.Test;

/** Scaled copies: their size, when they fit a view, what they weigh. */
class PictureTest {
    private static final BufferedImage PHOTO = new BufferedImage(1280, 720, BufferedImage.TYPE_INT_RGB);

    @Test
    void pictureIsFittedIntoTheBoxKeepingItsAspect() {
        assertThat(new PaintBox(640, 1000).fitted(PHOTO)).isEqualTo(new Dimension(640, 360));
        assertThat(new PaintBox(1000, 360).fitted(PHOTO)).isEqualTo(new Dimension(640, 360));
    }

    @Test
    void emptyBoxIsRefusedNamingItsSize() {
        assertThatThrownBy(() -> new PaintBox(0, 10)).hasMessage("paint box must be at least 1x1 pixels, got 0x10");
    }

    @Test
    void scaledCopyHasTheFittedSizeAndIsPaintedOnlyIntoThatBox() {
        Picture picture = Picture.of(PHOTO).scaledTo(new PaintBox(600, 338));

        assertThat(picture.scaled()).get().extracting(BufferedImage::getWidth, BufferedImage::getHeight)
                .containsExactly(600, 338);
        assertThat(picture.fits(new PaintBox(600, 338))).isTrue();
        assertThat(picture.fits(new PaintBox(600, 400))).as("same fitted size, taller box").isTrue();
        assertThat(picture.fits(new PaintBox(420, 236))).as("after a zoom change").isFalse();
    }

    @Test
    void pictureWithoutScaledCopyFitsNoBox() {
        assertThat(Picture.of(PHOTO).fits(new PaintBox(1280, 720))).isFalse();
    }

    @Test
    void scalingForTheBoxItAlreadyFitsKeepsTheSameCopy() {
        Picture picture = Picture.of(PHOTO).scaledTo(new PaintBox(600, 338));

        assertThat(picture.scaledTo(new PaintBox(600, 338))).isSameAs(picture);
    }

    @Test
    void weightCountsTheFullPictureAndItsScaledCopy() {
        Picture picture = Picture.of(PHOTO);

        assertThat(picture.weight()).isEqualTo(4L * 1280 * 720);
        assertThat(picture.scaledTo(new PaintBox(640, 360)).weight()).isEqualTo(4L * 1280 * 720 + 4L * 640 * 360);
    }

    @Test
    void shrunkCopyKeepsTheColoursOfFlatAreas() {
        BufferedImage halves = new BufferedImage(1280, 720, BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < 720; y++) {
            for (int x = 0; x < 1280; x++) {
                halves.setRGB(x, y, x < 640 ? 0xC03020 : 0x2040E0);
            }
        }

        BufferedImage copy = PictureScaler.scale(halves, 300, 169);

        assertThat(copy.getType()).isEqualTo(BufferedImage.TYPE_INT_RGB);
        assertThat(copy.getRGB(40, 80) & 0xFFFFFF).isEqualTo(0xC03020);
        assertThat(copy.getRGB(260, 80) & 0xFFFFFF).isEqualTo(0x2040E0);
    }

    @Test
    void translucentPictureKeepsItsAlphaWhenScaled() {
        BufferedImage translucent = new BufferedImage(100, 50, BufferedImage.TYPE_INT_ARGB);

        assertThat(PictureScaler.scale(translucent, 40, 20).getColorModel().hasAlpha()).isTrue();
    }
}
