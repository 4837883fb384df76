package dev.fitt.adapters.socket;

import java.util.List;
import java.util.Objects;

/** A message from client to server, as protocol v1 frames it. Numbers are u32 held in a long. */
sealed interface Request {
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
}
