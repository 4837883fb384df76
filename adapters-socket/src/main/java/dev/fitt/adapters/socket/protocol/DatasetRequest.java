package dev.fitt.adapters.socket.protocol;

/**
 * Datasets ({@code 18}, {@code 19}): which datasets a server offers, and choosing the one this
 * connection works on. Their bytes: {@link DatasetCodec}.
 */
public sealed interface DatasetRequest extends Request.Identified {
    /** {@code FF 18 len req}: the datasets the server offers and which one this connection works on. */
    record ListDatasets(long id) implements DatasetRequest {
        public ListDatasets {
            Fields.requestId(id);
        }

        @Override
        public byte command() {
            return Wire.LIST_DATASETS;
        }
    }

    /** {@code FF 19 len req name}: work on the dataset {@code name} from now on. */
    record SelectDataset(long id, String name) implements DatasetRequest {
        public SelectDataset {
            Fields.requestId(id);
            Fields.string(name, "dataset name");
        }

        @Override
        public byte command() {
            return Wire.SELECT_DATASET;
        }
    }
}
