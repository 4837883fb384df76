package dev.fitt.adapters.socket.protocol;

import java.nio.ByteBuffer;
import java.util.List;

/**
 * Turns messages into protocol v1 bytes (extensions: {@link ExtensionEncoder}). Large payloads (images, labels) are wrapped, not copied,
 * so a gathering write sends them straight from the array the use case returned.
 */
public final class MessageEncoder {
    private MessageEncoder() {
    }

    public static ByteBuffer encode(Request request) {
        if (Wire.isExtension(request.command())) {
            return ExtensionEncoder.encode(request);
        }
        if (request instanceof Request.Image image) {
            return ByteBuffer.allocate(6).put(Wire.MARK).put(Wire.IMAGE).putInt((int) image.index()).flip();
        }
        if (request instanceof Request.Change change) {
            List<Boolean> values = change.values();
            ByteBuffer out = ByteBuffer.allocate(14 + values.size())
                    .put(Wire.MARK).put(Wire.CHANGE)
                    .putInt((int) change.first()).putInt((int) change.last()).putInt(values.size());
            for (Boolean value : values) {
                out.put(value ? Wire.TRUE : Wire.FALSE);
            }
            return out.flip();
        }
        return ByteBuffer.allocate(2).put(Wire.MARK).put(request.command()).flip();
    }

    public static ByteBuffer[] encode(Reply reply) {
        if (reply instanceof Reply.Streamed streamed) {
            // Whole, for tests and the client side: a server writes these with StreamedReplyWriter.
            return new ByteBuffer[] {ByteBuffer.wrap(StreamedReplyWriter.toBytes(streamed))};
        }
        if (Wire.isExtension(reply.command())) {
            return new ByteBuffer[] {ExtensionEncoder.encode(reply)};
        }
        if (reply instanceof Reply.ImageFile file) {
            return encode(file.asBytes().get());
        }
        if (reply instanceof Reply.Image image) {
            return new ByteBuffer[] {imageHeader(image.index(), image.bytes().length),
                ByteBuffer.wrap(image.bytes())};
        }
        if (reply instanceof Reply.ImageError error) {
            byte[] message = Utf8.encodeTruncated(error.message(), Wire.MAX_MESSAGE_BYTES);
            return new ByteBuffer[] {header(Wire.IMAGE, Wire.ERROR, error.index(), message.length),
                ByteBuffer.wrap(message)};
        }
        if (reply instanceof Reply.Labels labels) {
            ByteBuffer head = ByteBuffer.allocate(7).put(Wire.MARK).put(Wire.LABELS).put(Wire.OK)
                    .putInt(labels.csv().length).flip();
            return new ByteBuffer[] {head, ByteBuffer.wrap(labels.csv())};
        }
        return new ByteBuffer[] {single(reply)};
    }

    /** The whole encoding in one array: for tests and small replies. */
    public static byte[] toBytes(Reply reply) {
        ByteBuffer[] parts = encode(reply);
        int size = 0;
        for (ByteBuffer part : parts) {
            size += part.remaining();
        }
        ByteBuffer all = ByteBuffer.allocate(size);
        for (ByteBuffer part : parts) {
            all.put(part.duplicate());
        }
        return all.array();
    }

    public static byte[] toBytes(Request request) {
        ByteBuffer encoded = encode(request);
        byte[] bytes = new byte[encoded.remaining()];
        encoded.get(bytes);
        return bytes;
    }

    private static ByteBuffer single(Reply reply) {
        if (reply instanceof Reply.TagList tags) {
            byte[][] aliases = new byte[tags.aliases().size()][];
            int size = 7;
            for (int i = 0; i < aliases.length; i++) {
                aliases[i] = Utf8.encode(tags.aliases().get(i));
                size += 4 + aliases[i].length;
            }
            ByteBuffer out = ByteBuffer.allocate(size).put(Wire.MARK).put(Wire.TAG_LIST).put(Wire.OK)
                    .putInt(aliases.length);
            for (byte[] alias : aliases) {
                out.putInt(alias.length).put(alias);
            }
            return out.flip();
        }
        if (reply instanceof Reply.ClipList clips) {
            ByteBuffer out = ByteBuffer.allocate(7 + 12 * clips.clips().size())
                    .put(Wire.MARK).put(Wire.CLIP_LIST).put(Wire.OK).putInt(clips.clips().size());
            for (Reply.ClipEntry clip : clips.clips()) {
                out.putInt((int) clip.begin()).putInt((int) clip.end()).putInt((int) clip.cameras());
            }
            return out.flip();
        }
        if (reply instanceof Reply.Done done) {
            return ByteBuffer.allocate(3).put(Wire.MARK).put(done.command()).put(Wire.OK).flip();
        }
        if (reply instanceof Reply.Refused refused) {
            if (refused.message().isEmpty()) {
                return ByteBuffer.allocate(3).put(Wire.MARK).put(refused.command()).put(Wire.ERROR).flip();
            }
            byte[] message = Utf8.encodeTruncated(refused.message().get(), Wire.MAX_MESSAGE_BYTES);
            return ByteBuffer.allocate(7 + message.length).put(Wire.MARK).put(refused.command()).put(Wire.ERROR)
                    .putInt(message.length).put(message).flip();
        }
        throw new IllegalArgumentException("no encoding for " + reply);
    }

    /** What precedes an image's bytes: for a writer that sends them from the file itself. */
    public static ByteBuffer imageHeader(long index, int size) {
        return header(Wire.IMAGE, Wire.OK, index, size);
    }

    private static ByteBuffer header(byte command, byte status, long index, int size) {
        return ByteBuffer.allocate(11).put(Wire.MARK).put(command).put(status)
                .putInt((int) index).putInt(size).flip();
    }
}
