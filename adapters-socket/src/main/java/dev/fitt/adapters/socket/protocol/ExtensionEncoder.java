package dev.fitt.adapters.socket.protocol;

import dev.fitt.domain.TagValue;
import java.nio.ByteBuffer;
import java.util.List;

/**
 * Turns extension messages into bytes: {@code FF cmd len:u32 body}, where {@code len} counts the
 * body only. Each encoding is sized exactly up front, so even a labels reply of a million rows is
 * written once, without growing a buffer.
 */
final class ExtensionEncoder {
    private ExtensionEncoder() {
    }

    static ByteBuffer encode(Request request) {
        if (Wire.isAdmin(request.command())) {
            return AdminCodec.encode(request);
        }
        if (request instanceof Request.Hello hello) {
            byte[] token = Utf8.encode(hello.token());
            return header(Wire.HELLO, 2 + 4 + 2 + token.length)
                    .putShort((short) hello.version()).putInt((int) hello.capabilities())
                    .putShort((short) token.length).put(token).flip();
        }
        if (request instanceof Request.VersionedChange change) {
            ByteBuffer out = header(Wire.VERSIONED_CHANGE, 4 + 8 + 4 + 4 + 2 + change.values().size())
                    .putInt((int) change.id()).putLong(change.basis())
                    .putInt((int) change.first()).putInt((int) change.last());
            return codes(out, change.values()).flip();
        }
        if (request instanceof Request.SelectDataset select) {
            byte[] name = Utf8.encode(select.name());
            return header(Wire.SELECT_DATASET, 4 + 2 + name.length).putInt((int) select.id())
                    .putShort((short) name.length).put(name).flip();
        }
        if (request instanceof Request.Identify identify) {
            byte[] name = Utf8.encode(identify.name());
            return header(Wire.IDENTIFY, 4 + 2 + name.length).putInt((int) identify.id())
                    .putShort((short) name.length).put(name).flip();
        }
        if (request instanceof Request.Review review) {
            ByteBuffer out = header(Wire.REVIEW, 4 + 8 + 4 + 4 + 1 + 2 + review.values().size())
                    .putInt((int) review.id()).putLong(review.basis())
                    .putInt((int) review.first()).putInt((int) review.last())
                    .put((byte) (review.accepted() ? Request.Review.ACCEPT : Request.Review.CORRECT));
            return codes(out, review.values()).flip();
        }
        if (request instanceof Request.Provenance provenance) {
            return header(Wire.PROVENANCE, 12).putInt((int) provenance.id()).putInt((int) provenance.first())
                    .putInt((int) provenance.last()).flip();
        }
        if (request instanceof Request.Identified identified) {
            return header(request.command(), 4).putInt((int) identified.id()).flip();
        }
        throw new IllegalArgumentException("no extension encoding for " + request);
    }

    static ByteBuffer encode(Reply reply) {
        if (Wire.isAdmin(reply.command())) {
            return AdminCodec.encode(reply);
        }
        if (reply instanceof Reply.HelloReply hello) {
            byte[] message = Utf8.encode(hello.message());
            return header(Wire.HELLO, 1 + 2 + 4 + 2 + message.length).put(hello.status())
                    .putShort((short) hello.version()).putInt((int) hello.capabilities())
                    .putShort((short) message.length).put(message).flip();
        }
        if (reply instanceof Reply.VersionedLabels labels) {
            long size = 4 + 1 + 8 + 4 + 2 + (long) labels.codes().length + 8L * labels.rows();
            ByteBuffer out = header(Wire.VERSIONED_LABELS, Math.toIntExact(size))
                    .putInt((int) labels.id()).put(Wire.OK).putLong(labels.version())
                    .putInt(labels.rows()).putShort((short) labels.tags()).put(labels.codes());
            for (long rowVersion : labels.rowVersions()) {
                out.putLong(rowVersion);
            }
            return out.flip();
        }
        if (reply instanceof Reply.ChangeOutcome outcome) {
            byte[] message = Utf8.encode(outcome.message());
            return header(Wire.VERSIONED_CHANGE, 4 + 1 + 8 + 2 + message.length).putInt((int) outcome.id())
                    .put(outcome.status()).putLong(outcome.version())
                    .putShort((short) message.length).put(message).flip();
        }
        if (reply instanceof Reply.Subscribed subscribed) {
            return header(Wire.SUBSCRIBE, 5).putInt((int) subscribed.id()).put(Wire.OK).flip();
        }
        if (reply instanceof Reply.Stats stats) {
            int size = 4 + 1 + 4 + 4 + 2 + 4 * stats.trueCounts().size() + 4 + 4 * stats.labelledRowsPerClip().size();
            ByteBuffer out = header(Wire.STATS, size).putInt((int) stats.id()).put(Wire.OK)
                    .putInt((int) stats.rows()).putInt((int) stats.labelledRows())
                    .putShort((short) stats.trueCounts().size());
            stats.trueCounts().forEach(count -> out.putInt((int) (long) count));
            out.putInt(stats.labelledRowsPerClip().size());
            stats.labelledRowsPerClip().forEach(count -> out.putInt((int) (long) count));
            return out.flip();
        }
        if (reply instanceof Reply.CameraNames names) {
            return cameraNames(names);
        }
        if (reply instanceof Reply.ClipIds ids) {
            return clipIds(ids);
        }
        if (reply instanceof Reply.Datasets datasets) {
            return datasets(datasets);
        }
        if (reply instanceof Reply.DatasetSelected selected) {
            return header(Wire.SELECT_DATASET, 5).putInt((int) selected.id()).put(Wire.OK).flip();
        }
        if (reply instanceof Reply.ExtensionError error) {
            byte[] message = Utf8.encode(error.message());
            return header(error.command(), 4 + 1 + 2 + message.length).putInt((int) error.id()).put(Wire.ERROR)
                    .putShort((short) message.length).put(message).flip();
        }
        if (reply instanceof Reply.Pushed pushed) {
            ByteBuffer out = header(Wire.PUSHED, 8 + 4 + 4 + 2 + pushed.values().size())
                    .putLong(pushed.version()).putInt((int) pushed.first()).putInt((int) pushed.last());
            return codes(out, pushed.values()).flip();
        }
        ByteBuffer team = TeamEncoder.encode(reply);
        if (team != null) {
            return team;
        }
        throw new IllegalArgumentException("no extension encoding for " + reply);
    }

    private static ByteBuffer cameraNames(Reply.CameraNames reply) {
        List<List<byte[]>> encoded = reply.names().stream()
                .map(clip -> clip.stream().map(Utf8::encode).toList()).toList();
        long size = 4 + 1 + 4;
        for (List<byte[]> clip : encoded) {
            size += 2;
            for (byte[] name : clip) {
                size += 2 + name.length;
            }
        }
        ByteBuffer out = header(Wire.CAMERA_NAMES, Math.toIntExact(size)).putInt((int) reply.id()).put(Wire.OK)
                .putInt(encoded.size());
        for (List<byte[]> clip : encoded) {
            out.putShort((short) clip.size());
            for (byte[] name : clip) {
                out.putShort((short) name.length).put(name);
            }
        }
        return out.flip();
    }

    private static ByteBuffer clipIds(Reply.ClipIds reply) {
        List<byte[]> encoded = reply.ids().stream().map(Utf8::encode).toList();
        long size = 4 + 1 + 4;
        for (byte[] id : encoded) {
            size += 2 + id.length;
        }
        ByteBuffer out = header(Wire.CLIP_IDS, Math.toIntExact(size)).putInt((int) reply.id()).put(Wire.OK)
                .putInt(encoded.size());
        for (byte[] id : encoded) {
            out.putShort((short) id.length).put(id);
        }
        return out.flip();
    }

    private static ByteBuffer datasets(Reply.Datasets reply) {
        byte[] selected = Utf8.encode(reply.selected());
        byte[] defaultName = Utf8.encode(reply.defaultDataset());
        List<byte[]> names = reply.datasets().stream().map(d -> Utf8.encode(d.name())).toList();
        List<byte[]> problems = reply.datasets().stream().map(d -> Utf8.encode(d.problem())).toList();
        long size = 4 + 1 + 2 + selected.length + 2 + defaultName.length + 2;
        for (int i = 0; i < names.size(); i++) {
            size += 2 + names.get(i).length + 1 + 16 + 2 + problems.get(i).length;
        }
        ByteBuffer out = header(Wire.LIST_DATASETS, Math.toIntExact(size)).putInt((int) reply.id()).put(Wire.OK)
                .putShort((short) selected.length).put(selected).putShort((short) defaultName.length).put(defaultName)
                .putShort((short) names.size());
        for (int i = 0; i < names.size(); i++) {
            Reply.DatasetEntry entry = reply.datasets().get(i);
            out.putShort((short) names.get(i).length).put(names.get(i)).put((byte) entry.state())
                    .putInt((int) entry.rows()).putInt((int) entry.clips()).putInt((int) entry.frames())
                    .putInt((int) entry.labelledFrames()).putShort((short) problems.get(i).length).put(problems.get(i));
        }
        return out.flip();
    }

    static ByteBuffer header(byte command, int bodyBytes) {
        return ByteBuffer.allocate(Wire.EXTENSION_HEADER + bodyBytes).put(Wire.MARK).put(command).putInt(bodyBytes);
    }

    static ByteBuffer codes(ByteBuffer out, List<TagValue> values) {
        out.putShort((short) values.size());
        for (TagValue value : values) {
            out.put(value.code());
        }
        return out;
    }
}
