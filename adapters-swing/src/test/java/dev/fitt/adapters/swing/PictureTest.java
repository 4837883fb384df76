package dev.fitt.adapters.swing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.Dimension;
import java.awt.image.BufferedImage;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** What a kept picture paints, when its copy fits a view, what it weighs; the scaler's copies. */
class PictureTest {
    private static final BufferedImage PHOTO = new BufferedImage(1280, 720, BufferedImage.TYPE_INT_RGB);
    /** Stands for the file's bytes: only their number matters here. */
    private static final byte[] JPEG = new byte[140_000];

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
    void scaledCopyIsPaintedOnlyIntoABoxItFitsExactly() {
        Picture picture = Picture.scaled(JPEG, 1280, 720, copy(600, 338));

        assertThat(picture.fits(new PaintBox(600, 338))).isTrue();
        assertThat(picture.fits(new PaintBox(600, 400))).as("same fitted size, taller box").isTrue();
        assertThat(picture.fits(new PaintBox(420, 236))).as("after a zoom change").isFalse();
        assertThat(picture.paintable()).as("until rescaled, the old copy is what there is to paint")
                .isSameAs(picture.scaled().orElseThrow());
    }

    @Test
    void wholePictureFitsNoBoxAndIsWhatIsPainted() {
        Picture picture = Picture.whole(JPEG, PHOTO);

        assertThat(picture.fits(new PaintBox(1280, 720))).isFalse();
        assertThat(picture.paintable()).isSameAs(PHOTO);
        assertThat(picture.width()).isEqualTo(1280);
        assertThat(picture.height()).isEqualTo(720);
    }

    @Test
    void weightCountsTheFileAndEveryDecodedCopy() {
        assertThat(Picture.whole(JPEG, PHOTO).weight()).isEqualTo(JPEG.length + 4L * 1280 * 720);
        assertThat(Picture.scaled(JPEG, 1280, 720, copy(640, 360)).weight()).isEqualTo(JPEG.length + 4L * 640 * 360);
    }

    @Test
    void pictureWithNothingToPaintIsRefused() {
        assertThatThrownBy(() -> new Picture(JPEG, 1280, 720, Optional.empty(), Optional.empty()))
                .hasMessage("a picture needs its whole decoded image or a scaled copy");
    }

    private static BufferedImage copy(int width, int height) {
        return new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
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
