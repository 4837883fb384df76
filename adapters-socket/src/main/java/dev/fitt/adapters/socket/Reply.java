package dev.fitt.adapters.socket;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** A message from server to client, as protocol v1 frames it. Numbers are u32 held in a long. */
sealed interface Reply {
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

        static Refused bare(byte command) {
            return new Refused(command, Optional.empty());
        }

        static Refused because(byte command, String message) {
            return new Refused(command, Optional.of(message));
        }
    }
}
