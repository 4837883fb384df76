package dev.fitt.adapters.csv;

import dev.fitt.domain.LabelsSnapshot;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The labels of a saved file, kept in binary with the fingerprints of the saved file and of the
 * data CSV its rows were checked against: with both unchanged, reading the saved CSV again would
 * give exactly these labels. A save writes it as it writes the CSV, so a restart after any save
 * need not parse the saved CSV.
 */
final class LabelsCacheFile {
    static final String KIND = "fitt saved labels";

    private LabelsCacheFile() {
    }

    static void write(Path file, Fingerprint data, Fingerprint saved, LabelsSnapshot labels) throws IOException {
        try (CacheOutput out = new CacheOutput(file, KIND)) {
            writeKey(out, data, saved);
            out.writeInt(labels.rowCount());
            out.writeInt(labels.tagCount());
            out.writeBytes(labels.toCodes());
            out.commit();
        }
    }

    /** The labels kept in {@code file} if they were kept for exactly these two files and this shape. */
    static Optional<LabelsSnapshot> read(Path file, Fingerprint data, Fingerprint saved, int rows, int tags)
            throws IOException {
        try (CacheInput in = CacheInput.open(file, KIND)) {
            if (!readKey(in).equals(new Key(data, saved)) || in.readInt() != rows || in.readInt() != tags) {
                return Optional.empty();
            }
            byte[] cells = new byte[Math.multiplyExact(rows, tags)];
            in.readBytes(cells);
            in.finish();
            return Optional.of(LabelsSnapshot.of(rows, tags, cells));
        }
    }

    private record Key(Fingerprint data, Fingerprint saved) {
    }

    private static void writeKey(CacheOutput out, Fingerprint data, Fingerprint saved) throws IOException {
        out.writeLong(data.size());
        out.writeLong(data.checksum());
        out.writeLong(saved.size());
        out.writeLong(saved.checksum());
    }

    private static Key readKey(CacheInput in) throws IOException {
        Fingerprint data = new Fingerprint(in.readLong(), in.readLong());
        return new Key(data, new Fingerprint(in.readLong(), in.readLong()));
    }
}
