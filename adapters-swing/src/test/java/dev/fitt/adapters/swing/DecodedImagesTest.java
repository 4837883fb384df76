package dev.fitt.adapters.swing;

import static org.assertj.core.api.Assertions.assertThat;

import dev.fitt.client.port.in.ImageOutcome;
import dev.fitt.client.port.in.LoadImagesUseCase;
import dev.fitt.ports.ImageContent;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** Decoding and budget rules, exercised through "load all" on the calling thread (no display needed). */
@Timeout(value = 30, unit = TimeUnit.SECONDS)
class DecodedImagesTest {
    private static final byte[] PNG = DemoDataset.png(100, 50, 0, "x");
    private final ThreadPoolExecutor workers = Workers.pool("test-images", 1);

    /** Image 0..2 are 100x50 PNGs, 3 is garbage, 4 the server cannot deliver, 5 the server is unreachable. */
    private final LoadImagesUseCase source = new LoadImagesUseCase() {
        @Override
        public ImageOutcome image(int index) {
            return switch (index) {
                case 3 -> new ImageOutcome.Loaded(index, new ImageContent("not a png".getBytes(StandardCharsets.UTF_8)));
                case 4 -> new ImageOutcome.Unavailable(index, "image not found: clip2/rear/0002.png");
                case 5 -> new ImageOutcome.Unreachable(index, "connection refused");
                default -> new ImageOutcome.Loaded(index, new ImageContent(PNG));
            };
        }

        @Override
        public ImageOutcome refresh(int index) {
            return image(index);
        }

        @Override
        public List<Integer> prefetchIndices(int frameNumber) {
            return List.of(frameNumber);
        }
    };

    @AfterEach
    void stop() {
        workers.shutdownNow();
    }

    @Test
    void decodedImagesAreReadyAndFailuresCarryTheServersMessage() {
        DecodedImages images = new DecodedImages(source, 1_000_000, workers, index -> { });
        for (int index = 0; index < 6; index++) {
            assertThat(images.preload(index)).isTrue();
        }
        assertThat(images.state(0)).isInstanceOf(ImageState.Ready.class);
        assertThat(images.state(3)).isEqualTo(new ImageState.Failed("image 4 arrived but is not a picture Java can"
                + " decode (9 bytes; PNG, JPEG, GIF and BMP are supported)"));
        assertThat(images.state(4)).isEqualTo(new ImageState.Failed("image not found: clip2/rear/0002.png"));
        assertThat(images.state(5)).isEqualTo(new ImageState.Failed(
                "server unreachable: connection refused (press R to retry)"));
    }

    @Test
    void picturesLoadedAfterTheViewsPaintedOneAreScaledForThem() {
        DecodedImages images = new DecodedImages(source, 1_000_000, workers, index -> { });
        images.paintInto(new PaintBox(40, 30));

        images.preload(0);

        assertThat(picture(images, 0).fits(new PaintBox(40, 30))).isTrue();
        assertThat(picture(images, 0).scaled()).get().extracting(i -> i.getWidth() + "x" + i.getHeight())
                .isEqualTo("40x20");
        assertThat(picture(images, 0).full()).as("the whole picture is not kept beside the copy").isEmpty();
    }

    @Test
    void picturesLoadedBeforeAnyViewPaintedHaveNoScaledCopy() {
        DecodedImages images = new DecodedImages(source, 1_000_000, workers, index -> { });

        images.preload(0);

        assertThat(picture(images, 0).scaled()).isEmpty();
        assertThat(picture(images, 0).full()).get().extracting(i -> i.getWidth() + "x" + i.getHeight())
                .isEqualTo("100x50");
    }

    @Test
    void zoomChangeIsReportedOnceAndRescalesAKeptPictureInTheBackground() throws InterruptedException {
        LinkedBlockingQueue<Integer> ready = new LinkedBlockingQueue<>();
        DecodedImages images = new DecodedImages(source, 1_000_000, workers, ready::add);
        assertThat(images.paintInto(new PaintBox(40, 30))).isTrue();
        images.preload(0);

        assertThat(images.paintInto(new PaintBox(80, 40))).isTrue();
        assertThat(images.paintInto(new PaintBox(80, 40))).as("same box again").isFalse();
        assertThat(picture(images, 0).fits(new PaintBox(80, 40))).as("stale copy until rescaled").isFalse();

        assertThat(ready.poll(20, TimeUnit.SECONDS)).isEqualTo(0);
        assertThat(picture(images, 0).fits(new PaintBox(80, 40))).isTrue();
        assertThat(picture(images, 0).fits(new PaintBox(40, 30))).isFalse();
    }

    @Test
    void theFileAndItsScaledCopyCountAgainstTheBudget() {
        long onePicture = PNG.length + 4L * 50 * 25;
        DecodedImages images = new DecodedImages(source, 2 * onePicture - 1, workers, index -> { });
        images.paintInto(new PaintBox(50, 25));

        assertThat(images.preload(0)).isTrue();
        assertThat(picture(images, 0).weight()).isEqualTo(onePicture);
        assertThat(images.preload(1)).as("two files and two copies are one byte over the budget").isFalse();
        assertThat(images.state(1)).isInstanceOf(ImageState.Loading.class);
    }

    private static Picture picture(DecodedImages images, int index) {
        return ((ImageState.Ready) images.state(index)).picture();
    }

    @Test
    void loadAllStopsWhenTheNextImageWouldPushOthersOutOfTheBudget() {
        long twoImages = 2 * (PNG.length + 4L * 100 * 50);
        DecodedImages images = new DecodedImages(source, twoImages, workers, index -> { });
        List<int[]> progress = new ArrayList<>();
        List<LoadAllJob.End> ends = new ArrayList<>();
        new LoadAllJob(source::prefetchIndices, images, 3, 0, new LoadAllJob.Listener() {
            @Override
            public void progress(int framesDone, int frameCount) {
                progress.add(new int[] {framesDone, frameCount});
            }

            @Override
            public void finished(LoadAllJob.End end, int framesDone) {
                ends.add(end);
            }
        }).run();

        assertThat(ends).containsExactly(LoadAllJob.End.MEMORY_FULL);
        assertThat(progress).hasSize(2);
        assertThat(images.state(0)).isInstanceOf(ImageState.Ready.class);
        assertThat(images.state(1)).isInstanceOf(ImageState.Ready.class);
    }

    @Test
    void loadAllStartsAtTheCurrentFrameAndWraps() {
        DecodedImages images = new DecodedImages(source, 10_000_000, workers, index -> { });
        List<Integer> done = new ArrayList<>();
        List<LoadAllJob.End> ends = new ArrayList<>();
        new LoadAllJob(source::prefetchIndices, images, 3, 2, new LoadAllJob.Listener() {
            @Override
            public void progress(int framesDone, int frameCount) {
                done.add(framesDone);
            }

            @Override
            public void finished(LoadAllJob.End end, int framesDone) {
                ends.add(end);
            }
        }).run();

        assertThat(done).containsExactly(1, 2, 3);
        assertThat(ends).containsExactly(LoadAllJob.End.DONE);
    }
}
