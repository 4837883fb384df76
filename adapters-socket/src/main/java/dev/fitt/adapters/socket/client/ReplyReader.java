package dev.fitt.adapters.socket.client;

import dev.fitt.adapters.socket.protocol.CodecLimits;
import dev.fitt.adapters.socket.protocol.ProtocolException;
import dev.fitt.adapters.socket.protocol.Reply;
import dev.fitt.adapters.socket.protocol.ReplyDecoder;
import dev.fitt.adapters.socket.protocol.TeamReply;
import dev.fitt.adapters.socket.protocol.VersionedReply;
import dev.fitt.adapters.socket.protocol.Wire;
import java.io.IOException;
import java.io.InputStream;
import java.net.SocketTimeoutException;
import java.nio.ByteBuffer;
import java.util.Objects;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The reader thread of one {@link ServerLink}: decodes what the server sends, matches each reply
 * to its waiting caller (extension replies by id, images by index, v1 replies in order) and hands
 * pushed changes to the owner. Any I/O or protocol error ends the link.
 */
final class ReplyReader implements Runnable {
    /** The link's logger: log settings made for connections cover their reader. */
    private static final Logger LOG = LoggerFactory.getLogger(ServerLink.class);
    private static final int INITIAL_BUFFER = 256 * 1024;

    private final ServerLink link;
    private final InputStream input;
    private final String peer;
    private final CodecLimits limits;
    private final ReplyDecoder decoder;
    private final PendingReplies pending;
    private final Consumer<Reply> pushes;

    ReplyReader(ServerLink link, InputStream input, String peer, CodecLimits limits, PendingReplies pending,
            Consumer<Reply> pushes) {
        this.link = Objects.requireNonNull(link, "link");
        this.input = Objects.requireNonNull(input, "input");
        this.peer = Objects.requireNonNull(peer, "peer");
        this.limits = Objects.requireNonNull(limits, "limits");
        this.decoder = new ReplyDecoder(limits);
        this.pending = Objects.requireNonNull(pending, "pending");
        this.pushes = Objects.requireNonNull(pushes, "pushes");
    }

    @Override
    public void run() {
        ByteBuffer buffer = ByteBuffer.allocate(INITIAL_BUFFER).flip();
        try {
            while (link.isAlive()) {
                buffer = roomToRead(buffer);
                int read;
                boolean quiet = false;
                try {
                    read = input.read(buffer.array(), buffer.position(), buffer.remaining());
                } catch (SocketTimeoutException e) {
                    read = 0;
                    quiet = true;
                }
                if (read < 0) {
                    link.fail(new IOException("the server at " + peer + " closed the connection"));
                    return;
                }
                buffer.position(buffer.position() + read).flip();
                dispatchAll(buffer, quiet);
            }
        } catch (IOException e) {
            link.fail(link.isAlive() ? e : new IOException("the connection to " + peer + " was closed", e));
        } catch (ProtocolException e) {
            LOG.warn("the server at {} broke protocol v1: {}; dropping the connection", peer, e.getMessage());
            link.fail(new IOException("the server at " + peer + " broke protocol v1: " + e.getMessage(), e));
        } catch (RuntimeException e) {
            LOG.error("reading from {} failed unexpectedly", peer, e);
            link.fail(e);
        }
    }

    /** Compacts the buffer for writing, growing it (up to the limits) when a large reply needs room. */
    private ByteBuffer roomToRead(ByteBuffer buffer) throws ProtocolException {
        if (!buffer.hasRemaining() && buffer.capacity() > 4 * INITIAL_BUFFER) {
            // A big reply (labels) is through: do not keep its buffer for the connection's lifetime.
            return ByteBuffer.allocate(INITIAL_BUFFER);
        }
        buffer.compact();
        if (buffer.hasRemaining()) {
            return buffer;
        }
        int max = limits.maxReplyBytes();
        if (buffer.capacity() >= max) {
            throw new ProtocolException("a reply is larger than the " + max + " bytes the limits allow");
        }
        ByteBuffer larger = ByteBuffer.allocate((int) Math.min(max, 2L * buffer.capacity()));
        return larger.put(buffer.flip());
    }

    private void dispatchAll(ByteBuffer buffer, boolean quiet) throws ProtocolException {
        while (true) {
            Reply reply = quiet ? decoder.decodeStalled(buffer) : decoder.decode(buffer);
            if (reply == null) {
                return;
            }
            if (reply instanceof VersionedReply.Pushed || reply instanceof TeamReply.PushedBy) {
                pushes.accept(reply);
            } else if (reply instanceof Reply.HelloReply || reply instanceof Reply.Identified) {
                if (!pending.completeIdentified(reply)) {
                    LOG.debug("dropped a {} reply from {} that nobody waits for any more",
                            Wire.commandName(reply.command()), peer);
                }
            } else if (reply instanceof Reply.Image image) {
                dispatchImage(image.index(), reply);
            } else if (reply instanceof Reply.ImageError error) {
                dispatchImage(error.index(), reply);
            } else {
                pending.completeInOrder(reply);
            }
        }
    }

    private void dispatchImage(long index, Reply reply) {
        if (!pending.completeImage(index, reply)) {
            LOG.debug("dropped an image reply for index {} that nobody waits for any more", index);
        }
    }
}
