package dev.fitt.adapters.socket.protocol;

import dev.fitt.domain.LabelsSnapshot;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;

/**
 * Writes a {@link Reply.Streamed} reply a block at a time from the snapshot it holds: the bytes are
 * exactly those of the reply it stands for, but a connection holds one block of them, not a copy of
 * every label.
 */
public final class StreamedReplyWriter {
    /** About how much of a reply is made at once. */
    static final int BLOCK_BYTES = 64 * 1024;

    private StreamedReplyWriter() {
    }

    /** Writes the reply; returns how many bytes that was. */
    public static long write(Reply.Streamed reply, OutputStream out) throws IOException {
        return write(reply, out, BLOCK_BYTES);
    }

    /** As {@link #write(Reply.Streamed, OutputStream)}, in blocks of about {@code blockBytes} (tests use tiny ones). */
    public static long write(Reply.Streamed reply, OutputStream out, int blockBytes) throws IOException {
        if (reply instanceof Reply.LabelsFromSnapshot labels) {
            ByteBuffer head = ByteBuffer.allocate(7).put(Wire.MARK).put(Wire.LABELS).put(Wire.OK)
                    .putInt(labels.csvBytes());
            out.write(head.array());
            LabelsCsvWriter.writeTo(labels.columns(), labels.labels(), out, blockBytes);
            return head.capacity() + (long) labels.csvBytes();
        }
        VersionedReply.VersionedLabelsFromSnapshot versioned = (VersionedReply.VersionedLabelsFromSnapshot) reply;
        return versionedLabels(versioned, out, blockBytes);
    }

    /** The whole encoding in one array: for tests. */
    static byte[] toBytes(Reply.Streamed reply) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            write(reply, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static long versionedLabels(VersionedReply.VersionedLabelsFromSnapshot reply, OutputStream out,
            int blockBytes) throws IOException {
        LabelsSnapshot labels = reply.labels().labels();
        long body = VersionedReply.VersionedLabelsFromSnapshot.bodyBytes(reply.labels());
        int rows = labels.rowCount();
        int tags = labels.tagCount();
        ByteBuffer head = ByteBuffer.allocate(Wire.EXTENSION_HEADER + 4 + 1 + 8 + 4 + 2)
                .put(Wire.MARK).put(Wire.VERSIONED_LABELS).putInt((int) body)
                .putInt((int) reply.id()).put(Wire.OK).putLong(reply.labels().version())
                .putInt(rows).putShort((short) tags);
        out.write(head.array());
        int rowsPerBlock = Math.max(1, blockBytes / tags);
        byte[] codes = new byte[rowsPerBlock * tags];
        for (int first = 0; first < rows; first += rowsPerBlock) {
            int count = Math.min(rowsPerBlock, rows - first);
            labels.copyRows(first, count, codes);
            out.write(codes, 0, count * tags);
        }
        ByteBuffer versions = ByteBuffer.allocate(Math.max(Long.BYTES, blockBytes / Long.BYTES * Long.BYTES));
        for (long version : reply.labels().rowVersions()) {
            if (!versions.hasRemaining()) {
                out.write(versions.array(), 0, versions.position());
                versions.clear();
            }
            versions.putLong(version);
        }
        out.write(versions.array(), 0, versions.position());
        return Wire.EXTENSION_HEADER + body;
    }
}
