package dev.fitt.bootstrap.sample;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

@Timeout(120)
class SampleGeneratorTest {

    @TempDir
    Path dir;

    private final SampleGenerator generator = new SampleGenerator();

    private static List<String[]> dataRows(Path dataCsv) throws IOException {
        List<String> lines = Files.readAllLines(dataCsv);
        List<String[]> rows = new ArrayList<>();
        for (String line : lines.subList(1, lines.size())) {
            rows.add(line.split(",", -1));
        }
        return rows;
    }

    @Test
    void dataCsvHasOneColumnPerTagAndTheRequestedRows() throws IOException {
        SampleSpec spec = new SampleSpec(dir, 24, List.of("cam_a", "cam_b"), 7, 4, 2);

        SampleSummary summary = generator.generate(spec, false);

        List<String> lines = Files.readAllLines(summary.dataCsv());
        assertThat(lines.get(0)).isEqualTo("clip_id,modality,file_path,tag_code_100,tag_code_200,"
                + "tag_code_300,tag_code_400,tag_code_500,tag_code_600,tag_code_700");
        assertThat(lines).hasSize(1 + 24);
        assertThat(dataRows(summary.dataCsv())).allSatisfy(cells -> assertThat(cells).hasSize(10));
        assertThat(summary.rows()).isEqualTo(24);
        assertThat(summary.clips()).isEqualTo(2);
    }

    @Test
    void metaCsvStartsWithTheReadmeAliasesThenNumbersTheRest() throws IOException {
        SampleSummary summary = generator.generate(new SampleSpec(dir, 6, List.of("c"), 7, 1, 1), false);

        assertThat(Files.readAllLines(summary.metaCsv())).containsExactly(
                "code,alias", "100,Clear Weather", "200,Rainy", "300,Foggy", "400,Night Time",
                "500,Heavy Traffic", "600,Tag 600", "700,Tag 700");
    }

    @Test
    void camerasComeGroupedInsideEachClip() throws IOException {
        SampleSpec spec = new SampleSpec(dir, 12, List.of("front", "left", "right"), 2, 3, 2);

        List<String[]> rows = dataRows(generator.generate(spec, false).dataCsv());

        assertThat(rows).extracting(cells -> cells[0] + ":" + cells[1]).containsExactly(
                "1:front", "1:front", "1:left", "1:left", "1:right", "1:right",
                "2:front", "2:front", "2:left", "2:left", "2:right", "2:right");
    }

    @Test
    void rowsThatDoNotFillAFrameGoToTheLastClip() throws IOException {
        SampleSpec spec = new SampleSpec(dir, 8, List.of("front", "left", "right"), 1, 2, 2);

        List<String[]> rows = dataRows(generator.generate(spec, false).dataCsv());

        assertThat(rows).extracting(cells -> cells[0] + ":" + cells[1]).containsExactly(
                "1:front", "1:left", "1:right",
                "2:front", "2:front", "2:left", "2:left", "2:right");
    }

    @Test
    void rowsReuseThePoolImagesInTurn() throws IOException {
        SampleSpec spec = new SampleSpec(dir, 9, List.of("front", "rear"), 2, 4, 1);

        SampleSummary summary = generator.generate(spec, false);

        List<String> paths = dataRows(summary.dataCsv()).stream().map(cells -> cells[2]).toList();
        for (int i = 0; i < paths.size(); i++) {
            assertThat(paths.get(i)).isEqualTo(String.format("images/img_%06d.jpg", i % 4));
            assertThat(summary.dataCsv().resolveSibling(paths.get(i))).isRegularFile();
        }
        try (Stream<Path> images = Files.list(summary.imageDir())) {
            assertThat(images).hasSize(4);
        }
    }

    @Test
    void mostRowsAreUnlabelledAndLabelledOnesHaveExactlyOneTrueTag() throws IOException {
        SampleSpec spec = new SampleSpec(dir, 600, List.of("front", "rear"), 3, 2, 5);

        SampleSummary summary = generator.generate(spec, false);

        List<String[]> rows = dataRows(summary.dataCsv());
        List<String[]> labelled = rows.stream().filter(cells -> !cells[3].isEmpty()).toList();
        assertThat(labelled).hasSize(summary.labelledRows());
        assertThat(labelled.size()).isBetween(1, rows.size() / 5);
        assertThat(labelled).allSatisfy(cells -> assertThat(
                Arrays.stream(cells, 3, 6).filter("True"::equals).count()).isEqualTo(1));
        assertThat(rows).filteredOn(cells -> cells[3].isEmpty())
                .allSatisfy(cells -> assertThat(Arrays.copyOfRange(cells, 3, 6)).containsOnly(""));
    }

    @Test
    void imagesArePhotoSizedJpegsThatImageIoDecodes() throws IOException {
        SampleSpec spec = new SampleSpec(dir, 6, List.of("camera_front", "camera_left", "camera_right"), 5, 6, 1);

        SampleSummary summary = generator.generate(spec, false);

        try (Stream<Path> images = Files.list(summary.imageDir())) {
            List<Path> files = images.sorted().toList();
            assertThat(files).hasSize(6);
            for (Path file : files) {
                assertThat(Files.size(file)).as(file.toString())
                        .isBetween((long) SampleGenerator.MIN_IMAGE_BYTES, (long) SampleGenerator.MAX_IMAGE_BYTES);
                BufferedImage image = ImageIO.read(file.toFile());
                assertThat(image).as(file.toString()).isNotNull();
                assertThat(image.getWidth()).isEqualTo(1280);
                assertThat(image.getHeight()).isEqualTo(720);
            }
        }
    }

    @Test
    void sameSpecGivesTheSameBytes() throws IOException {
        SampleSpec first = new SampleSpec(dir.resolve("a"), 40, List.of("x", "y"), 3, 2, 2);
        SampleSpec second = new SampleSpec(dir.resolve("b"), 40, List.of("x", "y"), 3, 2, 2);

        SampleSummary a = generator.generate(first, false);
        SampleSummary b = generator.generate(second, false);

        assertThat(Files.readString(a.dataCsv()).replace(dir.resolve("a").toString(), ""))
                .isEqualTo(Files.readString(b.dataCsv()).replace(dir.resolve("b").toString(), ""));
        assertThat(Files.readAllBytes(a.imageDir().resolve("img_000001.jpg")))
                .isEqualTo(Files.readAllBytes(b.imageDir().resolve("img_000001.jpg")));
    }

    @Test
    void existingDataIsNotReplacedWithoutForce() throws IOException {
        Files.writeString(dir.resolve("data.csv"), "precious");
        SampleSpec spec = new SampleSpec(dir, 3, List.of("c"), 1, 1, 1);

        assertThatThrownBy(() -> generator.generate(spec, false))
                .isInstanceOf(FileAlreadyExistsException.class)
                .hasMessageContaining(dir.resolve("data.csv").toString())
                .hasMessageContaining("--force");
        assertThat(Files.readString(dir.resolve("data.csv"))).isEqualTo("precious");

        generator.generate(spec, true);
        assertThat(Files.readString(dir.resolve("data.csv"))).startsWith("clip_id,");
    }

    @Test
    void imagePathsAreRelativeToTheDataCsvSoTheSampleCanBeMoved() throws IOException {
        Path out = dir.resolve("a,b");
        SampleSummary summary = generator.generate(new SampleSpec(out, 1, List.of("c"), 1, 1, 1), false);

        assertThat(Files.readAllLines(summary.dataCsv()).get(1)).isEqualTo("1,c,images/img_000000.jpg,");
    }

    @Test
    void aNamedDatasetHasClipIdsUnlikeClipNumbersAndItsOwnImagesAndKeepsAnEqualMeta() throws IOException {
        generator.generate(new SampleSpec(dir, 4, List.of("c"), 1, 2, 2), "day1", false);
        Path meta = dir.resolve("meta.csv");
        String metaText = Files.readString(meta);
        SampleSummary day2 = generator.generate(new SampleSpec(dir, 4, List.of("c"), 1, 2, 2), "day2", false);

        assertThat(day2.dataCsv()).isEqualTo(dir.resolve("day2.csv"));
        assertThat(Files.readAllLines(day2.dataCsv())).element(1).asString()
                .startsWith("day2_0001,c,images/day2_img_000000.jpg,");
        assertThat(Files.readAllLines(day2.dataCsv())).element(4).asString()
                .startsWith("day2_0002,c,images/day2_img_000001.jpg,");
        assertThat(dir.resolve("images/day1_img_000000.jpg")).exists();
        assertThat(meta).hasContent(metaText);

        assertThatThrownBy(() -> generator.generate(new SampleSpec(dir, 4, List.of("c"), 3, 2, 2), "day3", false))
                .isInstanceOf(FileAlreadyExistsException.class).hasMessageContaining(meta.toString())
                .hasMessageContaining("--force");
        assertThat(dir.resolve("day3.csv")).doesNotExist();
        generator.generate(new SampleSpec(dir, 4, List.of("c"), 3, 2, 2), "day3", true);
        assertThat(Files.readString(meta)).isNotEqualTo(metaText);
    }

    @Test
    void everyClipIdAppearsInOneRunInAscendingOrder() throws IOException {
        SampleSpec spec = SampleSpec.withDefaults(dir, 300, null, null, 3, null);

        List<String[]> rows = dataRows(generator.generate(spec, false).dataCsv());

        List<String> runs = new ArrayList<>();
        for (String[] cells : rows) {
            if (runs.isEmpty() || !runs.get(runs.size() - 1).equals(cells[0])) {
                runs.add(cells[0]);
            }
        }
        assertThat(runs).containsExactly("1", "2", "3", "4", "5");
        assertThat(new LinkedHashSet<>(rows.stream().map(cells -> cells[1]).toList()))
                .containsExactly("camera_front", "camera_left", "camera_right");
        assertThat(rows.stream().collect(Collectors.groupingBy(cells -> cells[0], Collectors.counting())))
                .containsValues(60L);
    }
}
