package dev.fitt.adapters.socket.client;

import dev.fitt.adapters.socket.protocol.ProtocolException;
import dev.fitt.adapters.socket.protocol.Reply;
import dev.fitt.adapters.socket.protocol.Request;
import dev.fitt.adapters.socket.protocol.Wire;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

/**
 * Who is waiting for which reply on one connection. v1 replies carry no request id: all but images
 * come back in request order, images by their index (a server may answer them as they finish).
 * Extension replies carry the id of their request; the hello reply is the only one of its kind.
 */
final class PendingReplies {
    private record Waiting(byte command, CompletableFuture<Reply> reply) {
    }

    private final Deque<Waiting> inOrder = new ArrayDeque<>();
    private final Map<Long, Deque<CompletableFuture<Reply>>> images = new HashMap<>();
    private final Map<Long, CompletableFuture<Reply>> identified = new HashMap<>();
    private CompletableFuture<Reply> hello;
    private Throwable failure;

    /** Registers interest in the reply to {@code request}; call before writing it. */
    synchronized CompletableFuture<Reply> expect(Request request) {
        CompletableFuture<Reply> reply = new CompletableFuture<>();
        if (failure != null) {
            reply.completeExceptionally(failure);
        } else if (request instanceof Request.Hello) {
            hello = reply;
        } else if (request instanceof Request.Identified withId) {
            identified.put(withId.id(), reply);
        } else if (request instanceof Request.Image image) {
            images.computeIfAbsent(image.index(), index -> new ArrayDeque<>()).add(reply);
        } else {
            inOrder.add(new Waiting(request.command(), reply));
        }
        return reply;
    }

    /** Hands an image reply to the oldest caller waiting for that index; false when none is. */
    synchronized boolean completeImage(long index, Reply reply) {
        Deque<CompletableFuture<Reply>> waiting = images.get(index);
        if (waiting == null) {
            return false;
        }
        CompletableFuture<Reply> first = waiting.poll();
        if (waiting.isEmpty()) {
            images.remove(index);
        }
        first.complete(reply);
        return true;
    }

    /** Hands any other reply to the oldest request; a reply nobody asked for means we are out of step. */
    void completeInOrder(Reply reply) throws ProtocolException {
        Waiting next;
        synchronized (this) {
            next = inOrder.peek();
            if (next == null || next.command() != reply.command()) {
                throw new ProtocolException("got a " + Wire.commandName(reply.command()) + " reply while "
                        + (next == null ? "no request was waiting" : "a " + Wire.commandName(next.command())
                        + " reply was due"));
            }
            inOrder.poll();
        }
        next.reply().complete(reply);
    }

    /** Hands an extension reply to whoever sent the request with its id; false when nobody waits. */
    boolean completeIdentified(Reply reply) {
        CompletableFuture<Reply> waiting;
        synchronized (this) {
            if (reply instanceof Reply.HelloReply) {
                waiting = hello;
                hello = null;
            } else {
                waiting = identified.remove(((Reply.Identified) reply).id());
            }
        }
        return waiting != null && waiting.complete(reply);
    }

    /** Gives up on an extension reply (timed out): a late one is then dropped. */
    synchronized void forget(Request request) {
        if (request instanceof Request.Hello) {
            hello = null;
        } else if (request instanceof Request.Identified withId) {
            identified.remove(withId.id());
        }
    }

    /** Gives up on an image (timed out): a late reply is then dropped. */
    synchronized void forget(long index, CompletableFuture<Reply> reply) {
        Deque<CompletableFuture<Reply>> waiting = images.get(index);
        if (waiting != null && waiting.remove(reply) && waiting.isEmpty()) {
            images.remove(index);
        }
    }

    /** Fails every waiting caller, and every later one, with {@code cause}. */
    void failAll(Throwable cause) {
        Deque<CompletableFuture<Reply>> failed = new ArrayDeque<>();
        synchronized (this) {
            if (failure == null) {
                failure = cause;
            }
            inOrder.forEach(waiting -> failed.add(waiting.reply()));
            images.values().forEach(failed::addAll);
            failed.addAll(identified.values());
            if (hello != null) {
                failed.add(hello);
            }
            inOrder.clear();
            images.clear();
            identified.clear();
            hello = null;
        }
        failed.forEach(reply -> reply.completeExceptionally(cause));
    }
}
