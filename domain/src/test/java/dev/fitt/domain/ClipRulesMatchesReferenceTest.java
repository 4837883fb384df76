package dev.fitt.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * {@link ClipRules} lays out every dataset exactly as the rules as first written
 * ({@link ReferenceClipRules}): thousands of random datasets mixing grouped, interleaved,
 * unequal, repeated and single-camera clips, equal camera names as distinct strings included.
 */
@Timeout(60)
class ClipRulesMatchesReferenceTest {
    private static final String[] CAMERAS = {"front", "left", "right", "rear", "a", "b", "c", "d", "e", "f", "g"};

    @Test
    void everyRandomDatasetIsLaidOutAsTheReferenceDoes() {
        Random random = new Random(20261129);
        for (int dataset = 0; dataset < 3_000; dataset++) {
            List<String[]> rows = randomRows(random);
            RowKeys keys = keys(rows);

            DisplayOrder actual = ClipRules.displayOrder(keys);
            DisplayOrder expected = ReferenceClipRules.displayOrder(keys);

            assertThat(displayToFile(actual)).as("dataset %d: %s", dataset, describe(rows))
                    .isEqualTo(displayToFile(expected));
            assertThat(actual.clips()).as("dataset %d: %s", dataset, describe(rows)).isEqualTo(expected.clips());
            assertThat(actual.cameraNames()).as("dataset %d: %s", dataset, describe(rows))
                    .isEqualTo(expected.cameraNames());
        }
    }

    @Test
    void aClipWithMoreCamerasThanTheListWalksIsStillGrouped() {
        List<String[]> rows = new ArrayList<>();
        for (String camera : CAMERAS) {
            for (int frame = 0; frame < 3; frame++) {
                rows.add(new String[] {"clip", camera});
            }
        }

        DisplayOrder order = ClipRules.displayOrder(keys(rows));

        assertThat(order.clips()).containsExactly(new Clip(0, rows.size(), CAMERAS.length));
        assertThat(displayToFile(order)).isEqualTo(displayToFile(ReferenceClipRules.displayOrder(keys(rows))));
    }

    private static List<String[]> randomRows(Random random) {
        List<String[]> rows = new ArrayList<>();
        int clips = 1 + random.nextInt(6);
        for (int clip = 0; clip < clips; clip++) {
            // Neighbouring clips sometimes share an id, which makes them one clip.
            String clipId = "c" + random.nextInt(clips + 1);
            int cameraCount = 1 + random.nextInt(random.nextInt(10) == 0 ? CAMERAS.length : 4);
            int frames = 1 + random.nextInt(5);
            switch (random.nextInt(5)) {
                case 0 -> grouped(rows, clipId, cameraCount, frames);
                case 1 -> interleaved(rows, clipId, cameraCount, frames);
                case 2 -> {
                    grouped(rows, clipId, cameraCount, frames);
                    rows.remove(rows.size() - 1);
                }
                default -> {
                    int size = 1 + random.nextInt(12);
                    for (int row = 0; row < size; row++) {
                        rows.add(new String[] {clipId, camera(random.nextInt(cameraCount))});
                    }
                }
            }
        }
        return rows;
    }

    private static void grouped(List<String[]> rows, String clipId, int cameras, int frames) {
        for (int camera = 0; camera < cameras; camera++) {
            for (int frame = 0; frame < frames; frame++) {
                rows.add(new String[] {clipId, camera(camera)});
            }
        }
    }

    private static void interleaved(List<String[]> rows, String clipId, int cameras, int frames) {
        for (int frame = 0; frame < frames; frame++) {
            for (int camera = 0; camera < cameras; camera++) {
                rows.add(new String[] {clipId, camera(camera)});
            }
        }
    }

    /** A new String each time: equal names are not the same object, as after reading a file. */
    private static String camera(int index) {
        return new String(CAMERAS[index].toCharArray());
    }

    private static RowKeys keys(List<String[]> rows) {
        return new RowKeys() {
            @Override
            public int size() {
                return rows.size();
            }

            @Override
            public String clipId(int row) {
                return rows.get(row)[0];
            }

            @Override
            public String camera(int row) {
                return rows.get(row)[1];
            }
        };
    }

    private static int[] displayToFile(DisplayOrder order) {
        int[] out = new int[order.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = order.fileRow(i);
        }
        return out;
    }

    private static String describe(List<String[]> rows) {
        StringBuilder text = new StringBuilder();
        for (String[] row : rows) {
            text.append(row[0]).append(':').append(row[1]).append(' ');
        }
        return text.toString();
    }
}
