package dev.fitt.adapters.socket.protocol;

import java.util.List;
import java.util.Objects;

/**
 * Datasets ({@code 18}, {@code 19}): the datasets a server offers; a selection done. Their bytes:
 * {@link DatasetCodec}.
 */
public sealed interface DatasetReply extends Reply {
    /**
     * One dataset of a {@link Datasets} reply. {@code state}: {@code 00} not loaded since the server
     * started (counts 0), {@code 01} loaded (counts current), {@code 02} unloaded after being idle
     * (counts as it was unloaded), {@code 03} could not be loaded ({@code problem} says why).
     */
    record DatasetEntry(String name, int state, long rows, long clips, long frames, long labelledFrames,
            String problem) {
        public static final int NOT_LOADED_YET = 0;
        public static final int LOADED = 1;
        public static final int UNLOADED = 2;
        public static final int FAILED = 3;

        public DatasetEntry {
            Fields.string(name, "dataset name");
            if (state < NOT_LOADED_YET || state > FAILED) {
                throw new IllegalArgumentException("dataset state " + state + " is not 00..03");
            }
            Fields.u32(rows, "dataset rows");
            Fields.u32(clips, "dataset clips");
            Fields.u32(frames, "dataset frames");
            Fields.u32(labelledFrames, "dataset labelled frames");
            Fields.string(problem, "dataset problem");
        }
    }

    /** {@code FF 18 len req 00 selected default count (name state rows clips frames labelledFrames problem)...}. */
    record Datasets(long id, String selected, String defaultDataset, List<DatasetEntry> datasets)
            implements DatasetReply, Reply.Identified {
        public Datasets {
            Fields.requestId(id);
            Fields.string(selected, "selected dataset");
            Fields.string(defaultDataset, "default dataset");
            datasets = List.copyOf(Objects.requireNonNull(datasets, "datasets"));
            Fields.u16(datasets.size(), "dataset count");
        }

        @Override
        public byte command() {
            return Wire.LIST_DATASETS;
        }
    }

    /** {@code FF 19 len req 00}: this connection works on the dataset it asked for from now on. */
    record DatasetSelected(long id) implements DatasetReply, Reply.Identified {
        public DatasetSelected {
            Fields.requestId(id);
        }

        @Override
        public byte command() {
            return Wire.SELECT_DATASET;
        }
    }
}
