package dev.fitt.adapters.socket;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.AsynchronousCloseException;
import java.nio.channels.SocketChannel;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One client, served on its own thread: read what arrived, answer every complete request in order,
 * write the answers in one gathering write. A client that sends half a message and vanishes only
 * ends its own thread.
 */
final class ServerConnection {
    private static final Logger LOG = LoggerFactory.getLogger(ServerConnection.class);
    /** Answers to pipelined requests are batched up to this size before they are written. */
    private static final int FLUSH_BYTES = 256 * 1024;

    private final SocketChannel channel;
    private final String remote;
    private final RequestHandler handler;
    private final RequestDecoder decoder;
    private final ByteBuffer in;
    private final List<ByteBuffer> out = new ArrayList<>();
    private long outBytes;
    private boolean unknownCommandLogged;
    private boolean malformedLogged;
    private volatile Thread thread;

    ServerConnection(SocketChannel channel, String remote, RequestHandler handler, CodecLimits limits) {
        this.channel = Objects.requireNonNull(channel, "channel");
        this.remote = Objects.requireNonNull(remote, "remote");
        this.handler = Objects.requireNonNull(handler, "handler");
        this.decoder = new RequestDecoder(limits);
        // Room for the largest request the limits admit, so a partial request always fits.
        this.in = ByteBuffer.allocate(Math.max(64 * 1024, limits.maxRequestBytes() + 1));
    }

    void attach(Thread servingThread) {
        this.thread = servingThread;
    }

    Thread thread() {
        return thread;
    }

    void run() {
        try {
            serve();
        } catch (AsynchronousCloseException e) {
            LOG.debug("connection to {} closed by the server", remote);
        } catch (IOException e) {
            LOG.debug("connection to {} lost: {}", remote, e.getMessage());
        } finally {
            TcpServer.closeQuietly(channel);
        }
    }

    void close() {
        TcpServer.closeQuietly(channel);
    }

    private void serve() throws IOException {
        while (channel.read(in) >= 0) {
            in.flip();
            answerAll();
            in.compact();
        }
        if (decoder.skippedBytes() > 0) {
            LOG.debug("client {} sent {} bytes that started no message", remote, decoder.skippedBytes());
        }
    }

    private void answerAll() throws IOException {
        while (true) {
            Request request;
            try {
                request = decoder.decode(in);
            } catch (UnknownCommandException e) {
                if (!unknownCommandLogged) {
                    unknownCommandLogged = true;
                    LOG.warn("client {} sent {}; skipping to the next message (logged once per connection)",
                            remote, e.getMessage());
                }
                continue;
            } catch (ProtocolException e) {
                if (!malformedLogged) {
                    malformedLogged = true;
                    LOG.warn("client {} sent a malformed request: {}; skipping to the next message "
                            + "(logged once per connection)", remote, e.getMessage());
                }
                continue;
            }
            if (request == null) {
                break;
            }
            Reply reply = handler.handle(request);
            if (LOG.isDebugEnabled()) {
                LOG.debug("{}: {} -> {}", remote, request, reply);
            }
            for (ByteBuffer part : MessageEncoder.encode(reply)) {
                out.add(part);
                outBytes += part.remaining();
            }
            if (outBytes >= FLUSH_BYTES) {
                flush();
            }
        }
        flush();
    }

    private void flush() throws IOException {
        ByteBuffer[] parts = out.toArray(new ByteBuffer[0]);
        int first = 0;
        while (first < parts.length) {
            channel.write(parts, first, parts.length - first);
            while (first < parts.length && !parts[first].hasRemaining()) {
                first++;
            }
        }
        out.clear();
        outBytes = 0;
    }
}
