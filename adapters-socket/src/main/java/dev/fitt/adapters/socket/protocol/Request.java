package dev.fitt.adapters.socket.protocol;

import dev.fitt.domain.TagValue;
import java.util.List;
import java.util.Objects;

/**
 * A message from client to server: protocol v1 and the hello (here), or an extension
 * (docs/PROTOCOL-EXTENSIONS.md) a client may send only after its hello, one file per family:
 * {@link VersionedRequest}, {@link ClipInfoRequest}, {@link DatasetRequest}, {@link TeamRequest},
 * {@link AdminRequest}. Numbers are unsigned, held in a wider Java type.
 */
public sealed interface Request {
    byte command();

    /** {@code FF 01 index}: the image of one display index. */
    record Image(long index) implements Request {
        public Image {
            Fields.u32(index, "image index");
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
            Fields.rows(first, last);
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
            Fields.u16(version, "hello version");
            Fields.u32(capabilities, "hello capabilities");
            Fields.string(token, "hello token");
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

    /**
     * An extension request carries an id its reply repeats: every one but the hello, so each
     * family's interface is one of these (a new family is added here).
     */
    sealed interface Identified extends Request
            permits VersionedRequest, ClipInfoRequest, DatasetRequest, TeamRequest, AdminRequest {
        long id();
    }
}
