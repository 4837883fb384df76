package dev.fitt.adapters.socket.protocol;

import dev.fitt.domain.TagValue;
import java.util.List;
import java.util.Objects;

/**
 * A message from client to server: protocol v1, or an extension (docs/PROTOCOL-EXTENSIONS.md) a
 * client may send only after its hello. Numbers are unsigned, held in a wider Java type.
 */
public sealed interface Request {
    byte command();

    /** {@code FF 01 index}: the image of one display index. */
    record Image(long index) implements Request {
        public Image {
            Wire.checkU32(index, "image index");
        }

        @Override
        public byte command() {
            return Wire.IMAGE;
        }
    }

    /** {@code FF 02}: the tag aliases. */
    record TagList() implements Request {
        @Override
        public byte command() {
            return Wire.TAG_LIST;
        }
    }

    /** {@code FF 03 first last count values...}: set rows first..last (inclusive) to the values. */
    record Change(long first, long last, List<Boolean> values) implements Request {
        public Change {
            Wire.checkU32(first, "first row");
            Wire.checkU32(last, "last row");
            values = List.copyOf(Objects.requireNonNull(values, "values"));
        }

        @Override
        public byte command() {
            return Wire.CHANGE;
        }
    }

    /** {@code FF 04}: write the labels to storage. */
    record Save() implements Request {
        @Override
        public byte command() {
            return Wire.SAVE;
        }
    }

    /** {@code FF 05}: the clips in display order. */
    record ClipList() implements Request {
        @Override
        public byte command() {
            return Wire.CLIP_LIST;
        }
    }

    /** {@code FF 06}: the labels as CSV text. */
    record Labels() implements Request {
        @Override
        public byte command() {
            return Wire.LABELS;
        }
    }

    /** {@code FF 10 len version capabilities token}: asks for extensions; must come first. */
    record Hello(int version, long capabilities, String token) implements Request {
        public Hello {
            Wire.checkU16(version, "hello version");
            Wire.checkU32(capabilities, "hello capabilities");
            Wire.checkString(token, "hello token");
        }

        @Override
        public byte command() {
            return Wire.HELLO;
        }

        @Override
        public String toString() {
            return "Hello[version=" + version + ", capabilities=" + capabilities + ", token=" + token.length()
                    + " chars]";
        }
    }

    /** An extension request carries an id its reply repeats. */
    sealed interface Identified extends Request {
        long id();
    }

    /** {@code FF 11 len req}: the labels with row versions. */
    record VersionedLabels(long id) implements Identified {
        public VersionedLabels {
            Wire.checkU32(id, "request id");
        }

        @Override
        public byte command() {
            return Wire.VERSIONED_LABELS;
        }
    }

    /** {@code FF 12 len req basis first last count codes}: a change applied only if no row is newer than basis. */
    record VersionedChange(long id, long basis, long first, long last, List<TagValue> values) implements Identified {
        public VersionedChange {
            Wire.checkU32(id, "request id");
            Wire.checkU64(basis, "change basis");
            Wire.checkU32(first, "first row");
            Wire.checkU32(last, "last row");
            values = List.copyOf(Objects.requireNonNull(values, "values"));
            Wire.checkU16(values.size(), "change value count");
        }

        @Override
        public byte command() {
            return Wire.VERSIONED_CHANGE;
        }
    }

    /** {@code FF 13 len req}: push every change other connections make. */
    record Subscribe(long id) implements Identified {
        public Subscribe {
            Wire.checkU32(id, "request id");
        }

        @Override
        public byte command() {
            return Wire.SUBSCRIBE;
        }
    }

    /** {@code FF 16 len req}: the camera names of every clip. */
    record CameraNames(long id) implements Identified {
        public CameraNames {
            Wire.checkU32(id, "request id");
        }

        @Override
        public byte command() {
            return Wire.CAMERA_NAMES;
        }
    }

    /** {@code FF 17 len req}: the id of every clip. */
    record ClipIds(long id) implements Identified {
        public ClipIds {
            Wire.checkU32(id, "request id");
        }

        @Override
        public byte command() {
            return Wire.CLIP_IDS;
        }
    }

    /** {@code FF 15 len req}: labelled counts per tag and clip. */
    record Stats(long id) implements Identified {
        public Stats {
            Wire.checkU32(id, "request id");
        }

        @Override
        public byte command() {
            return Wire.STATS;
        }
    }

    /** {@code FF 20 len req token}: this connection acts as administrator, proven by the admin token. */
    record AdminAuthorise(long id, String token) implements Identified {
        public AdminAuthorise {
            Wire.checkU32(id, "request id");
            Wire.checkString(token, "admin token");
        }

        @Override
        public byte command() {
            return Wire.ADMIN_AUTHORISE;
        }

        @Override
        public String toString() {
            return "AdminAuthorise[id=" + id + ", token=" + token.length() + " chars]";
        }
    }

    /** {@code FF 21 len req}: the server's settings and their current values. */
    record AdminSettings(long id) implements Identified {
        public AdminSettings {
            Wire.checkU32(id, "request id");
        }

        @Override
        public byte command() {
            return Wire.ADMIN_SETTINGS;
        }
    }

    /** {@code FF 22 len req name value}: change one setting while the server runs. */
    record AdminSet(long id, String name, String value) implements Identified {
        public AdminSet {
            Wire.checkU32(id, "request id");
            Wire.checkString(name, "setting name");
            Wire.checkString(value, "setting value");
        }

        @Override
        public byte command() {
            return Wire.ADMIN_SET;
        }

        @Override
        public String toString() {
            // A token's value stays out of logs.
            return "AdminSet[id=" + id + ", name=" + name + ", value=" + (name.endsWith("token") ? "..." : value) + "]";
        }
    }

    /** {@code FF 23 len req dataset}: save now; an empty name saves every dataset. */
    record AdminSave(long id, String dataset) implements Identified {
        public AdminSave {
            Wire.checkU32(id, "request id");
            Wire.checkString(dataset, "dataset name");
        }

        @Override
        public byte command() {
            return Wire.ADMIN_SAVE;
        }
    }

    /** {@code FF 24 len req}: connections, and per dataset its size, progress, changes and saves. */
    record AdminStats(long id) implements Identified {
        public AdminStats {
            Wire.checkU32(id, "request id");
        }

        @Override
        public byte command() {
            return Wire.ADMIN_STATS;
        }
    }

    /** {@code FF 18 len req}: the datasets the server offers and which one this connection works on. */
    record ListDatasets(long id) implements Identified {
        public ListDatasets {
            Wire.checkU32(id, "request id");
        }

        @Override
        public byte command() {
            return Wire.LIST_DATASETS;
        }
    }

    /** {@code FF 19 len req name}: work on the dataset {@code name} from now on. */
    record SelectDataset(long id, String name) implements Identified {
        public SelectDataset {
            Wire.checkU32(id, "request id");
            Wire.checkString(name, "dataset name");
        }

        @Override
        public byte command() {
            return Wire.SELECT_DATASET;
        }
    }

    /** {@code FF 1A len req name}: the annotator's name, recorded with every change of this connection. */
    record Identify(long id, String name) implements Identified {
        public Identify {
            Wire.checkU32(id, "request id");
            Wire.checkString(name, "annotator name");
        }

        @Override
        public byte command() {
            return Wire.IDENTIFY;
        }
    }

    /**
     * {@code FF 1C len req basis first last verdict count codes}: a reviewer's verdict on rows
     * first..last: {@code 01} accepted (no codes), {@code 02} corrected to the codes.
     */
    record Review(long id, long basis, long first, long last, boolean accepted, List<TagValue> values)
            implements Identified {
        public static final int ACCEPT = 1;
        public static final int CORRECT = 2;

        public Review {
            Wire.checkU32(id, "request id");
            Wire.checkU64(basis, "review basis");
            Wire.checkU32(first, "first row");
            Wire.checkU32(last, "last row");
            values = List.copyOf(Objects.requireNonNull(values, "values"));
            Wire.checkU16(values.size(), "review value count");
            if (accepted != values.isEmpty()) {
                throw new IllegalArgumentException(accepted ? "an accept carries no tag values"
                        : "a correction needs tag values");
            }
        }

        @Override
        public byte command() {
            return Wire.REVIEW;
        }
    }

    /** {@code FF 1D len req first last}: who labelled and reviewed rows first..last. */
    record Provenance(long id, long first, long last) implements Identified {
        public Provenance {
            Wire.checkU32(id, "request id");
            Wire.checkU32(first, "first row");
            Wire.checkU32(last, "last row");
        }

        @Override
        public byte command() {
            return Wire.PROVENANCE;
        }
    }

    /** {@code FF 1E len req}: each annotator's work. */
    record AnnotatorStats(long id) implements Identified {
        public AnnotatorStats {
            Wire.checkU32(id, "request id");
        }

        @Override
        public byte command() {
            return Wire.ANNOTATOR_STATS;
        }
    }
}
