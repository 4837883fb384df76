package dev.fitt.adapters.postgres;

import dev.fitt.domain.TagChange;
import dev.fitt.domain.TagValue;
import java.util.ArrayList;
import java.util.List;

/**
 * Between the domain's label values and their columns: a row's labels and a change's values are
 * {@code bytea}, one {@link TagValue#code()} per tag, in tag order.
 */
final class LabelMapper {
    private LabelMapper() {
    }

    static byte[] codes(List<TagValue> values) {
        byte[] codes = new byte[values.size()];
        for (int i = 0; i < codes.length; i++) {
            codes[i] = values.get(i).code();
        }
        return codes;
    }

    static List<TagValue> values(byte[] codes) {
        List<TagValue> values = new ArrayList<>(codes.length);
        for (byte code : codes) {
            values.add(TagValue.ofCode(code));
        }
        return values;
    }

    static TagChange change(int first, int last, byte[] codes) {
        return new TagChange(first, last, values(codes));
    }

    /** {@code codes} as PostgreSQL's hex text of a bytea ({@code \x0102}), for COPY. */
    static void appendHex(byte[] codes, int length, StringBuilder into) {
        into.append("\\x");
        for (int i = 0; i < length; i++) {
            into.append(Character.forDigit((codes[i] >> 4) & 0xF, 16)).append(Character.forDigit(codes[i] & 0xF, 16));
        }
    }
}
