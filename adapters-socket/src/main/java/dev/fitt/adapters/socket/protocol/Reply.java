package dev.fitt.adapters.socket.protocol;

import dev.fitt.domain.LabelsSnapshot;
import dev.fitt.domain.TagValue;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * A message from server to client: protocol v1, or an extension (docs/PROTOCOL-EXTENSIONS.md) sent
 * only to a client that said hello. Numbers are unsigned, held in a wider Java type.
 *
 * <p>Longer than the project's 300 lines on purpose: it is the closed list of replies, one small
 * record each (its wire form, its field ranges), which the encoder, the decoder and both sides
 * dispatch over. In one file the sealed set needs no {@code permits} list to keep in step, a new
 * extension reply is one record added here, and a reader sees every reply the protocol has at once;
 * split by v1 and extension, each name would change at every use for no new boundary.
 */
public sealed interface Reply {
    byte command();

    /** {@code FF 01 00 index size bytes}: an image file exactly as stored. */
    record Image(long index, byte[] bytes) implements Reply {
        public Image {
            Wire.checkU32(index, "image index");
            Objects.requireNonNull(bytes, "bytes");
        }

        @Override
        public byte command() {
            return Wire.IMAGE;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Image other && index == other.index && Arrays.equals(bytes, other.bytes);
        }

        @Override
        public int hashCode() {
            return Long.hashCode(index) * 31 + Arrays.hashCode(bytes);
        }

        @Override
        public String toString() {
            return "Image[index=" + index + ", " + bytes.length + " bytes]";
        }
    }

    /**
     * An image to be sent as {@link Image} straight from its file, the kernel copying it to the
     * socket; {@code asBytes} makes the reply to send instead when that cannot be done (a TLS
     * connection, a file that is gone: then its error says why).
     */
    record ImageFile(long index, Path path, Supplier<Reply> asBytes) implements Reply {
        public ImageFile {
            Wire.checkU32(index, "image index");
            Objects.requireNonNull(path, "path");
            Objects.requireNonNull(asBytes, "asBytes");
        }

        @Override
        public byte command() {
            return Wire.IMAGE;
        }
    }

    /** {@code FF 01 01 index size message}: why an image cannot be delivered. */
    record ImageError(long index, String message) implements Reply {
        public ImageError {
            Wire.checkU32(index, "image index");
            Objects.requireNonNull(message, "message");
        }

        @Override
        public byte command() {
            return Wire.IMAGE;
        }
    }

    /** {@code FF 02 00 count (len alias)...}: the tag aliases in tag order. */
    record TagList(List<String> aliases) implements Reply {
        public TagList {
            aliases = List.copyOf(Objects.requireNonNull(aliases, "aliases"));
        }

        @Override
        public byte command() {
            return Wire.TAG_LIST;
        }
    }

    /** {@code FF 05 00 count (begin end cameras)...}: the clips in display order. */
    record ClipList(List<ClipEntry> clips) implements Reply {
        public ClipList {
            clips = List.copyOf(Objects.requireNonNull(clips, "clips"));
        }

        @Override
        public byte command() {
            return Wire.CLIP_LIST;
        }
    }

    /** One clip as the wire carries it; not yet checked against the clip rules. */
    record ClipEntry(long begin, long end, long cameras) {
        public ClipEntry {
            Wire.checkU32(begin, "clip begin");
            Wire.checkU32(end, "clip end");
            Wire.checkU32(cameras, "clip cameras");
        }
    }

    /** {@code FF 06 00 size text}: the labels as UTF-8 CSV text. */
    record Labels(byte[] csv) implements Reply {
        public Labels {
            Objects.requireNonNull(csv, "csv");
        }

        @Override
        public byte command() {
            return Wire.LABELS;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Labels other && Arrays.equals(csv, other.csv);
        }

        @Override
        public int hashCode() {
            return Arrays.hashCode(csv);
        }

        @Override
        public String toString() {
            return "Labels[" + csv.length + " bytes]";
        }
    }

    /**
     * A reply too large to build whole for every request (it grows with the dataset, and every
     * client reads it when it connects): {@link StreamedReplyWriter} writes it from the
     * shared snapshot a bounded block at a time, byte for byte what the reply it stands for encodes
     * to. Only the server sends these; a client decodes the reply they stand for.
     */
    sealed interface Streamed extends Reply {
    }

    /** Stands for {@link Labels}: the CSV text of {@code labels}, {@code csvBytes} long, made as it is written. */
    record LabelsFromSnapshot(List<String> columns, LabelsSnapshot labels, int csvBytes) implements Streamed {
        public LabelsFromSnapshot {
            columns = List.copyOf(Objects.requireNonNull(columns, "columns"));
            Objects.requireNonNull(labels, "labels");
            if (columns.size() != labels.tagCount()) {
                throw new IllegalArgumentException(columns.size() + " column names for " + labels.tagCount() + " tags");
            }
            if (csvBytes < 0) {
                throw new IllegalArgumentException("negative CSV size " + csvBytes);
            }
        }

        /** Measures the CSV text first: its size goes before it on the wire. */
        public static LabelsFromSnapshot of(List<String> columns, LabelsSnapshot labels) {
            return new LabelsFromSnapshot(columns, labels, LabelsCsvWriter.size(columns, labels));
        }

        @Override
        public byte command() {
            return Wire.LABELS;
        }

        @Override
        public String toString() {
            return "LabelsFromSnapshot[" + labels.rowCount() + " rows, " + csvBytes + " bytes]";
        }
    }

    /** Stands for {@link VersionedLabels}: the codes and row versions of {@code labels} in display order. */
    record VersionedLabelsFromSnapshot(long id, dev.fitt.domain.VersionedLabels labels) implements Streamed, Identified {
        public VersionedLabelsFromSnapshot {
            Wire.checkU32(id, "request id");
            Objects.requireNonNull(labels, "labels");
            Wire.checkU64(labels.version(), "labels version");
            Wire.checkU16(labels.labels().tagCount(), "tag count");
            if (bodyBytes(labels) > 0xFFFF_FFFFL) {
                throw new IllegalArgumentException(labels.labels().rowCount() + " rows x " + labels.labels().tagCount()
                        + " tags need " + bodyBytes(labels) + " bytes, more than one reply can carry");
            }
        }

        /** What the length field counts: request id, status, version, rows, tags, codes, row versions. */
        static long bodyBytes(dev.fitt.domain.VersionedLabels labels) {
            long rows = labels.labels().rowCount();
            return 4 + 1 + 8 + 4 + 2 + rows * labels.labels().tagCount() + 8 * rows;
        }

        @Override
        public byte command() {
            return Wire.VERSIONED_LABELS;
        }

        @Override
        public String toString() {
            return "VersionedLabelsFromSnapshot[id=" + id + ", version=" + labels.version() + ", "
                    + labels.labels().rowCount() + " rows]";
        }
    }

    /** {@code FF 03 00} or {@code FF 04 00}: a change or save went through. */
    record Done(byte command) implements Reply {
        public Done {
            if (command != Wire.CHANGE && command != Wire.SAVE) {
                throw new IllegalArgumentException("only change and save answer a bare OK, not command " + command);
            }
        }
    }

    /**
     * {@code FF cmd 01}, for a change or save followed by {@code len message} when the peer gives a
     * reason. Tag list, clip list and labels errors never carry one; the original server sends none
     * for a failed save.
     */
    record Refused(byte command, Optional<String> message) implements Reply {
        public Refused {
            Objects.requireNonNull(message, "message");
            if (command < Wire.TAG_LIST || command > Wire.LABELS) {
                throw new IllegalArgumentException("command " + command + " has no bare error reply");
            }
            if (message.isPresent() && command != Wire.CHANGE && command != Wire.SAVE) {
                throw new IllegalArgumentException("a " + Wire.commandName(command) + " error carries no message");
            }
        }

        public static Refused bare(byte command) {
            return new Refused(command, Optional.empty());
        }

        public static Refused because(byte command, String message) {
            return new Refused(command, Optional.of(message));
        }
    }

    /** {@code FF 10 len status version capabilities message}: the answer to a hello. */
    record HelloReply(byte status, int version, long capabilities, String message) implements Reply {
        public HelloReply {
            if (status != Wire.OK && status != Wire.ERROR && status != Wire.REFUSED) {
                throw new IllegalArgumentException("a hello reply has status 00, 01 or 03, not " + status);
            }
            Wire.checkU16(version, "hello version");
            Wire.checkU32(capabilities, "hello capabilities");
            Wire.checkString(message, "hello message");
        }

        public static HelloReply granted(int version, long capabilities) {
            return new HelloReply(Wire.OK, version, capabilities, "");
        }

        public static HelloReply refused(String reason) {
            return new HelloReply(Wire.REFUSED, 0, 0, reason);
        }

        @Override
        public byte command() {
            return Wire.HELLO;
        }
    }

    /** An extension reply that answers the request with the same id. */
    sealed interface Identified extends Reply {
        long id();
    }

    /**
     * {@code FF 11 len req 00 version rows tags codes rowVersions}: every cell as a value code
     * (display order, row-major) and the version of the change that last touched each row.
     */
    record VersionedLabels(long id, long version, int rows, int tags, byte[] codes, long[] rowVersions)
            implements Identified {
        public VersionedLabels {
            Wire.checkU32(id, "request id");
            Wire.checkU64(version, "labels version");
            Wire.checkU16(tags, "tag count");
            Objects.requireNonNull(codes, "codes");
            Objects.requireNonNull(rowVersions, "rowVersions");
            if (rows < 0 || (long) rows * tags != codes.length || rowVersions.length != rows) {
                throw new IllegalArgumentException(rows + " rows x " + tags + " tags do not match " + codes.length
                        + " codes and " + rowVersions.length + " row versions");
            }
        }

        @Override
        public byte command() {
            return Wire.VERSIONED_LABELS;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof VersionedLabels other && id == other.id && version == other.version
                    && rows == other.rows && tags == other.tags && Arrays.equals(codes, other.codes)
                    && Arrays.equals(rowVersions, other.rowVersions);
        }

        @Override
        public int hashCode() {
            return Objects.hash(id, version, rows, tags) * 31 + Arrays.hashCode(codes);
        }

        @Override
        public String toString() {
            return "VersionedLabels[id=" + id + ", version=" + version + ", " + rows + " rows x " + tags + " tags]";
        }
    }

    /** {@code FF 12 len req status version message}: applied (00), rejected (01) or in conflict (02). */
    record ChangeOutcome(long id, byte status, long version, String message) implements Identified {
        public ChangeOutcome {
            Wire.checkU32(id, "request id");
            if (status != Wire.OK && status != Wire.ERROR && status != Wire.CONFLICT) {
                throw new IllegalArgumentException("a versioned change reply has status 00, 01 or 02, not " + status);
            }
            Wire.checkU64(version, "change version");
            Wire.checkString(message, "change message");
        }

        @Override
        public byte command() {
            return Wire.VERSIONED_CHANGE;
        }
    }

    /** {@code FF 13 len req 00}: pushes follow from now on. */
    record Subscribed(long id) implements Identified {
        public Subscribed {
            Wire.checkU32(id, "request id");
        }

        @Override
        public byte command() {
            return Wire.SUBSCRIBE;
        }
    }

    /** {@code FF 15 len req 00 rows labelledRows tags trueCounts clips labelledRowsPerClip}. */
    record Stats(long id, long rows, long labelledRows, List<Long> trueCounts, List<Long> labelledRowsPerClip)
            implements Identified {
        public Stats {
            Wire.checkU32(id, "request id");
            Wire.checkU32(rows, "row count");
            Wire.checkU32(labelledRows, "labelled row count");
            trueCounts = List.copyOf(Objects.requireNonNull(trueCounts, "trueCounts"));
            labelledRowsPerClip = List.copyOf(Objects.requireNonNull(labelledRowsPerClip, "labelledRowsPerClip"));
            Wire.checkU16(trueCounts.size(), "tag count");
            trueCounts.forEach(count -> Wire.checkU32(count, "true count"));
            labelledRowsPerClip.forEach(count -> Wire.checkU32(count, "labelled rows of a clip"));
        }

        @Override
        public byte command() {
            return Wire.STATS;
        }
    }

    /**
     * {@code FF 16 len req 00 clips (count (len name)...)...}: per clip (in clip order) the names of
     * its cameras in frame order.
     */
    record CameraNames(long id, List<List<String>> names) implements Identified {
        public CameraNames {
            Wire.checkU32(id, "request id");
            names = Objects.requireNonNull(names, "names").stream().map(List::copyOf).toList();
            Wire.checkU32(names.size(), "clip count");
            for (List<String> clip : names) {
                Wire.checkU16(clip.size(), "camera count of a clip");
                clip.forEach(name -> Wire.checkString(name, "camera name"));
            }
        }

        @Override
        public byte command() {
            return Wire.CAMERA_NAMES;
        }
    }

    /** {@code FF 17 len req 00 clips (len id)...}: each clip's {@code clip_id}, in clip order. */
    record ClipIds(long id, List<String> ids) implements Identified {
        public ClipIds {
            Wire.checkU32(id, "request id");
            ids = List.copyOf(Objects.requireNonNull(ids, "ids"));
            Wire.checkU32(ids.size(), "clip count");
            ids.forEach(clipId -> Wire.checkString(clipId, "clip id"));
        }

        @Override
        public byte command() {
            return Wire.CLIP_IDS;
        }
    }

    /**
     * {@code FF cmd len req 01 message}: a labels, subscribe, stats, camera names, clip ids, list or
     * select datasets, identify, provenance or annotator stats request failed.
     */
    record ExtensionError(byte command, long id, String message) implements Identified {
        public ExtensionError {
            if (command != Wire.VERSIONED_LABELS && command != Wire.SUBSCRIBE && command != Wire.STATS
                    && command != Wire.CAMERA_NAMES && command != Wire.CLIP_IDS && command != Wire.LIST_DATASETS
                    && command != Wire.SELECT_DATASET && command != Wire.IDENTIFY && command != Wire.PROVENANCE
                    && command != Wire.ANNOTATOR_STATS) {
                throw new IllegalArgumentException("command " + command + " has no extension error reply");
            }
            Wire.checkU32(id, "request id");
            Wire.checkString(message, "error message");
        }
    }

    /** {@code FF 14 len version first last count codes}: a change another connection made. */
    record Pushed(long version, long first, long last, List<TagValue> values) implements Reply {
        public Pushed {
            Wire.checkU64(version, "pushed version");
            Wire.checkU32(first, "first row");
            Wire.checkU32(last, "last row");
            values = List.copyOf(Objects.requireNonNull(values, "values"));
            Wire.checkU16(values.size(), "pushed value count");
        }

        @Override
        public byte command() {
            return Wire.PUSHED;
        }
    }

    /**
     * {@code FF cmd len req status message}: the answer to an admin authorise ({@code 20}: {@code 00}
     * ok, {@code 03} refused) or save ({@code 23}), and the error reply ({@code 01}) of admin
     * settings ({@code 21}) and stats ({@code 24}).
     */
    record AdminDone(byte command, long id, byte status, String message) implements Identified {
        public AdminDone {
            if (command != Wire.ADMIN_AUTHORISE && command != Wire.ADMIN_SAVE && command != Wire.ADMIN_SETTINGS
                    && command != Wire.ADMIN_STATS) {
                throw new IllegalArgumentException("command " + command + " has no admin outcome reply");
            }
            boolean settingsOrStats = command == Wire.ADMIN_SETTINGS || command == Wire.ADMIN_STATS;
            if (status != Wire.OK && status != Wire.ERROR && status != Wire.REFUSED
                    || settingsOrStats && status != Wire.ERROR
                    || status == Wire.REFUSED && command != Wire.ADMIN_AUTHORISE) {
                throw new IllegalArgumentException("an " + Wire.commandName(command) + " reply of this shape cannot"
                        + " have status " + status);
            }
            Wire.checkU32(id, "request id");
            Wire.checkString(message, "admin message");
        }

        public boolean ok() {
            return status == Wire.OK;
        }
    }

    /**
     * {@code FF 22 len req status written message}: a setting changed ({@code 00}) or refused
     * ({@code 01}, the message says why); {@code written} says whether the settings file holds it.
     */
    record AdminSetOutcome(long id, byte status, boolean written, String message) implements Identified {
        public AdminSetOutcome {
            if (status != Wire.OK && status != Wire.ERROR) {
                throw new IllegalArgumentException("an admin set reply has status 00 or 01, not " + status);
            }
            Wire.checkU32(id, "request id");
            Wire.checkString(message, "admin message");
        }

        @Override
        public byte command() {
            return Wire.ADMIN_SET;
        }
    }

    /** One setting in an admin settings reply: secrets come as "(set)", never their value. */
    record AdminSetting(String name, String value, boolean live) {
        public AdminSetting {
            Wire.checkString(name, "setting name");
            Wire.checkString(value, "setting value");
        }
    }

    /** {@code FF 21 len req 00 count (name value live)...}: every setting and whether it may change live. */
    record AdminSettingList(long id, List<AdminSetting> settings) implements Identified {
        public AdminSettingList {
            Wire.checkU32(id, "request id");
            settings = List.copyOf(Objects.requireNonNull(settings, "settings"));
            Wire.checkU16(settings.size(), "setting count");
        }

        @Override
        public byte command() {
            return Wire.ADMIN_SETTINGS;
        }
    }

    /**
     * One dataset in an admin stats reply: the catalog's entry for it (as in a list datasets reply)
     * and this run's changes and saves, 0 while it is not loaded (the server does not load a
     * dataset to count it).
     */
    record AdminDataset(DatasetEntry dataset, long changes, long unsavedChanges, long saves) {
        public AdminDataset {
            Objects.requireNonNull(dataset, "dataset");
            Wire.checkU64(changes, "changes");
            Wire.checkU64(unsavedChanges, "unsaved changes");
            Wire.checkU32(saves, "saves");
        }

        public String name() {
            return dataset.name();
        }
    }

    /** {@code FF 24 len req 00 connections count dataset...}: how the server is doing. */
    record AdminStatsReply(long id, long connections, List<AdminDataset> datasets) implements Identified {
        public AdminStatsReply {
            Wire.checkU32(id, "request id");
            Wire.checkU32(connections, "connections");
            datasets = List.copyOf(Objects.requireNonNull(datasets, "datasets"));
            Wire.checkU16(datasets.size(), "dataset count");
        }

        @Override
        public byte command() {
            return Wire.ADMIN_STATS;
        }
    }

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
            Wire.checkString(name, "dataset name");
            if (state < NOT_LOADED_YET || state > FAILED) {
                throw new IllegalArgumentException("dataset state " + state + " is not 00..03");
            }
            Wire.checkU32(rows, "dataset rows");
            Wire.checkU32(clips, "dataset clips");
            Wire.checkU32(frames, "dataset frames");
            Wire.checkU32(labelledFrames, "dataset labelled frames");
            Wire.checkString(problem, "dataset problem");
        }
    }

    /** {@code FF 18 len req 00 selected default count (name state rows clips frames labelledFrames problem)...}. */
    record Datasets(long id, String selected, String defaultDataset, List<DatasetEntry> datasets)
            implements Identified {
        public Datasets {
            Wire.checkU32(id, "request id");
            Wire.checkString(selected, "selected dataset");
            Wire.checkString(defaultDataset, "default dataset");
            datasets = List.copyOf(Objects.requireNonNull(datasets, "datasets"));
            Wire.checkU16(datasets.size(), "dataset count");
        }

        @Override
        public byte command() {
            return Wire.LIST_DATASETS;
        }
    }

    /** {@code FF 19 len req 00}: this connection works on the dataset it asked for from now on. */
    record DatasetSelected(long id) implements Identified {
        public DatasetSelected {
            Wire.checkU32(id, "request id");
        }

        @Override
        public byte command() {
            return Wire.SELECT_DATASET;
        }
    }

    /** {@code FF 1A len req 00}: the connection's changes are recorded under the name from now on. */
    record Identity(long id) implements Identified {
        public Identity {
            Wire.checkU32(id, "request id");
        }

        @Override
        public byte command() {
            return Wire.IDENTIFY;
        }
    }

    /**
     * {@code FF 1B len version first last count codes annotator}: a change another connection made,
     * naming who made it; sent instead of {@code 14} to a connection granted the team capability.
     */
    record PushedBy(long version, long first, long last, List<TagValue> values, String annotator) implements Reply {
        public PushedBy {
            Wire.checkU64(version, "pushed version");
            Wire.checkU32(first, "first row");
            Wire.checkU32(last, "last row");
            values = List.copyOf(Objects.requireNonNull(values, "values"));
            Wire.checkU16(values.size(), "pushed value count");
            Wire.checkString(annotator, "annotator");
        }

        @Override
        public byte command() {
            return Wire.PUSHED_BY;
        }
    }

    /** {@code FF 1C len req status version message}: recorded (00), refused (01) or in conflict (02). */
    record ReviewOutcome(long id, byte status, long version, String message) implements Identified {
        public ReviewOutcome {
            Wire.checkU32(id, "request id");
            if (status != Wire.OK && status != Wire.ERROR && status != Wire.CONFLICT) {
                throw new IllegalArgumentException("a review reply has status 00, 01 or 02, not " + status);
            }
            Wire.checkU64(version, "review version");
            Wire.checkString(message, "review message");
        }

        @Override
        public byte command() {
            return Wire.REVIEW;
        }
    }

    /**
     * {@code FF 1D len req 00 rows (labelledBy labelledAt reviewedBy review)...}: per row, times in
     * milliseconds since 1970 (0 unknown), review {@code 00} none, {@code 01} accepted, {@code 02} corrected.
     */
    record Provenance(long id, List<dev.fitt.domain.RowProvenance> rows) implements Identified {
        public Provenance {
            Wire.checkU32(id, "request id");
            rows = List.copyOf(Objects.requireNonNull(rows, "rows"));
            for (dev.fitt.domain.RowProvenance row : rows) {
                Wire.checkString(row.labelledBy(), "labelled by");
                Wire.checkString(row.reviewedBy(), "reviewed by");
                Wire.checkU64(row.labelledAt().toEpochMilli(), "labelled at");
            }
        }

        @Override
        public byte command() {
            return Wire.PROVENANCE;
        }
    }

    /**
     * {@code FF 1E len req 00 count (name frames:u32 changes:u64 lastHour:u32 lastDay:u32
     * reviewed:u32 corrected:u32 reviews:u32 lastActive:u64)...}.
     */
    record AnnotatorStats(long id, List<dev.fitt.domain.AnnotatorStats> annotators) implements Identified {
        public AnnotatorStats {
            Wire.checkU32(id, "request id");
            annotators = List.copyOf(Objects.requireNonNull(annotators, "annotators"));
            Wire.checkU16(annotators.size(), "annotator count");
            for (dev.fitt.domain.AnnotatorStats a : annotators) {
                Wire.checkString(a.annotator(), "annotator");
                Wire.checkU64(a.changes(), "changes");
                Wire.checkU64(a.lastActive().toEpochMilli(), "last active");
            }
        }

        @Override
        public byte command() {
            return Wire.ANNOTATOR_STATS;
        }
    }
}
