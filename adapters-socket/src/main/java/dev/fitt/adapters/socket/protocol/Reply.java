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
 * A message from server to client: protocol v1, the hello's answer and the error reply extension
 * families share (here), or an extension (docs/PROTOCOL-EXTENSIONS.md) sent only to a client that
 * said hello, one file per family: {@link VersionedReply}, {@link ClipInfoReply},
 * {@link DatasetReply}, {@link TeamReply}, {@link AdminReply}. Numbers are unsigned, held in a wider
 * Java type.
 */
public sealed interface Reply permits Reply.Image, Reply.ImageFile, Reply.ImageError, Reply.TagList, Reply.ClipList,
        Reply.Labels, Reply.Streamed, Reply.Done, Reply.Refused, Reply.HelloReply, Reply.Identified,
        VersionedReply, ClipInfoReply, DatasetReply, TeamReply, AdminReply {
    byte command();

    /** {@code FF 01 00 index size bytes}: an image file exactly as stored. */
    record Image(long index, byte[] bytes) implements Reply {
        public Image {
            Fields.u32(index, "image index");
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
            Fields.u32(index, "image index");
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
            Fields.u32(index, "image index");
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
            Fields.u32(begin, "clip begin");
            Fields.u32(end, "clip end");
            Fields.u32(cameras, "clip cameras");
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
    sealed interface Streamed extends Reply permits LabelsFromSnapshot, VersionedReply.VersionedLabelsFromSnapshot {
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
            Fields.u16(version, "hello version");
            Fields.u32(capabilities, "hello capabilities");
            Fields.string(message, "hello message");
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

    /**
     * An extension reply that answers the request with the same id. Not sealed: the records of
     * each family say they are one, and each family's interface is sealed.
     */
    non-sealed interface Identified extends Reply {
        long id();
    }

    /**
     * {@code FF cmd len req 01 message}: an extension request failed, of the commands whose family
     * answers failures this way (versioned labels, subscribe, stats, camera names, clip ids, list or
     * select datasets, identify, provenance, annotator stats).
     */
    record ExtensionError(byte command, long id, String message) implements Identified {
        public ExtensionError {
            if (!ExtensionFamilies.answersWithExtensionError(command)) {
                throw new IllegalArgumentException("command " + command + " has no extension error reply");
            }
            Fields.requestId(id);
            Fields.string(message, "error message");
        }
    }

}
