package dev.fitt.adapters.socket.protocol;

import dev.fitt.domain.AnnotatorStats;
import dev.fitt.domain.RowProvenance;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;

/** The bytes of the team replies ({@code 1A}-{@code 1E}), sized exactly up front like every extension reply. */
final class TeamEncoder {
    private TeamEncoder() {
    }

    /** The encoded reply, or null when it is not a team reply. */
    static ByteBuffer encode(Reply reply) {
        if (reply instanceof Reply.Identity identity) {
            return ExtensionEncoder.header(Wire.IDENTIFY, 5).putInt((int) identity.id()).put(Wire.OK).flip();
        }
        if (reply instanceof Reply.PushedBy pushed) {
            byte[] name = Utf8.encode(pushed.annotator());
            ByteBuffer out = ExtensionEncoder.header(Wire.PUSHED_BY,
                    8 + 4 + 4 + 2 + pushed.values().size() + 2 + name.length)
                    .putLong(pushed.version()).putInt((int) pushed.first()).putInt((int) pushed.last());
            return ExtensionEncoder.codes(out, pushed.values()).putShort((short) name.length).put(name).flip();
        }
        if (reply instanceof Reply.ReviewOutcome outcome) {
            byte[] message = Utf8.encode(outcome.message());
            return ExtensionEncoder.header(Wire.REVIEW, 4 + 1 + 8 + 2 + message.length).putInt((int) outcome.id())
                    .put(outcome.status()).putLong(outcome.version())
                    .putShort((short) message.length).put(message).flip();
        }
        if (reply instanceof Reply.Provenance provenance) {
            return provenance(provenance);
        }
        if (reply instanceof Reply.AnnotatorStats stats) {
            return annotatorStats(stats);
        }
        return null;
    }

    private static ByteBuffer provenance(Reply.Provenance reply) {
        List<byte[]> names = new ArrayList<>(2 * reply.rows().size());
        long size = 4 + 1 + 4;
        for (RowProvenance row : reply.rows()) {
            byte[] by = Utf8.encode(row.labelledBy());
            byte[] reviewer = Utf8.encode(row.reviewedBy());
            names.add(by);
            names.add(reviewer);
            size += 2 + by.length + 8 + 2 + reviewer.length + 1;
        }
        ByteBuffer out = ExtensionEncoder.header(Wire.PROVENANCE, Math.toIntExact(size)).putInt((int) reply.id())
                .put(Wire.OK).putInt(reply.rows().size());
        for (int i = 0; i < reply.rows().size(); i++) {
            RowProvenance row = reply.rows().get(i);
            byte[] by = names.get(2 * i);
            byte[] reviewer = names.get(2 * i + 1);
            out.putShort((short) by.length).put(by).putLong(row.labelledAt().toEpochMilli())
                    .putShort((short) reviewer.length).put(reviewer).put((byte) row.review().ordinal());
        }
        return out.flip();
    }

    private static ByteBuffer annotatorStats(Reply.AnnotatorStats reply) {
        List<byte[]> names = reply.annotators().stream().map(a -> Utf8.encode(a.annotator())).toList();
        long size = 4 + 1 + 2;
        for (byte[] name : names) {
            size += 2 + name.length + 4 + 8 + 4 + 4 + 4 + 4 + 4 + 8;
        }
        ByteBuffer out = ExtensionEncoder.header(Wire.ANNOTATOR_STATS, Math.toIntExact(size))
                .putInt((int) reply.id()).put(Wire.OK).putShort((short) names.size());
        for (int i = 0; i < names.size(); i++) {
            AnnotatorStats a = reply.annotators().get(i);
            out.putShort((short) names.get(i).length).put(names.get(i)).putInt(a.frames()).putLong(a.changes())
                    .putInt(a.framesLastHour()).putInt(a.framesLastDay()).putInt(a.reviewedFrames())
                    .putInt(a.correctedFrames()).putInt(a.reviews()).putLong(a.lastActive().toEpochMilli());
        }
        return out.flip();
    }
}
