package dev.fitt.adapters.socket.client;

import dev.fitt.adapters.socket.ClientConfig;
import dev.fitt.adapters.socket.protocol.Reply;
import dev.fitt.adapters.socket.protocol.Request;
import dev.fitt.ports.ServerUnreachableException;
import java.io.IOException;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Sending requests on a connection and waiting for their replies, bounded by the client's timeout,
 * with the failures the gateway reports: a v1 reply that never comes puts the connection out of
 * step (it is ended), a late extension reply does not (it is matched by id).
 */
final class ReplyWaits {
    private final ClientConfig config;

    ReplyWaits(ClientConfig config) {
        this.config = config;
    }

    /** An extension request: its reply is matched by id, so a late one does not put the connection out of step. */
    Reply byId(ServerLink current, Request.Identified request, String what)
            throws ServerUnreachableException {
        CompletableFuture<Reply> pending = send(current, List.of(request)).get(0);
        try {
            return pending.get(config.timeoutMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            current.forget(request);
            throw new ServerUnreachableException("the tagging server at " + config.peer() + " sent no reply to the "
                    + what + " request within " + config.timeout().toMillis() + " ms", e);
        } catch (ExecutionException | InterruptedException e) {
            throw unreachable(e, what);
        }
    }

    List<CompletableFuture<Reply>> send(ServerLink current, List<Request> requests)
            throws ServerUnreachableException {
        try {
            return current.send(requests);
        } catch (IOException e) {
            throw new ServerUnreachableException("lost the connection to the tagging server at " + config.peer()
                    + ": " + e.getMessage(), e);
        }
    }

    /** A v1 reply, matched by order: one that never comes ends the connection. */
    Reply inOrder(ServerLink current, CompletableFuture<Reply> pending, String what)
            throws ServerUnreachableException {
        try {
            return pending.get(config.timeoutMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            // Replies come in request order: one that never came leaves this connection out of step.
            String message = "the tagging server at " + config.peer() + " sent no reply to the " + what
                    + " request within " + config.timeout().toMillis() + " ms";
            current.fail(new IOException(message));
            throw new ServerUnreachableException(message, e);
        } catch (ExecutionException | InterruptedException e) {
            throw unreachable(e, what);
        }
    }

    /**
     * The reply of an extension request that went through, as {@code type}; when it failed, a
     * {@link ServerUnreachableException} saying that the server could not {@code what} and why.
     */
    <T extends Reply> T expect(Reply reply, Class<T> type, String what) throws ServerUnreachableException {
        if (type.isInstance(reply)) {
            return type.cast(reply);
        }
        throw new ServerUnreachableException("the tagging server at " + config.peer() + " could not " + what + ": "
                + ((Reply.ExtensionError) reply).message());
    }

    ServerUnreachableException unreachable(Exception e, String what) {
        if (e instanceof InterruptedException) {
            Thread.currentThread().interrupt();
            return new ServerUnreachableException("interrupted while waiting for the " + what + " reply from "
                    + config.peer(), e);
        }
        Throwable cause = e.getCause() != null ? e.getCause() : e;
        return new ServerUnreachableException("lost the connection to the tagging server at " + config.peer()
                + " while waiting for the " + what + " reply: " + cause.getMessage(), cause);
    }
}
