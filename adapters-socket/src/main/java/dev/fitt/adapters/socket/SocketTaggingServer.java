package dev.fitt.adapters.socket;

import dev.fitt.domain.TagChange;
import dev.fitt.domain.TagValue;
import dev.fitt.ports.ChangeRejectedException;
import dev.fitt.ports.ImageUnavailableException;
import dev.fitt.ports.SaveFailedException;
import dev.fitt.ports.ServerUnreachableException;
import dev.fitt.ports.out.DatasetView;
import dev.fitt.ports.out.ImageContent;
import dev.fitt.ports.out.TaggingServerPort;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * The tagging server as a client sees it, over protocol v1. One connection, shared by every
 * calling thread. After the connection is lost, waiting calls fail with
 * {@link ServerUnreachableException} and each later call makes exactly one attempt to reconnect
 * (backing off is the caller's business).
 *
 * <p>v1 carries only booleans in a change: an {@link TagValue#UNSET} value is sent as false.
 * The original server acknowledges every change, rejected or not, and fails a save without a
 * reason; both are taken at face value.
 */
final class SocketTaggingServer implements TaggingServerPort {
    private final ClientConfig config;
    private final Object connectLock = new Object();
    private ClientConnection connection;
    private boolean closed;

    SocketTaggingServer(ClientConfig config) {
        this.config = Objects.requireNonNull(config, "config");
    }

    @Override
    public DatasetView fetchDataset() throws ServerUnreachableException {
        ClientConnection current = connection();
        List<CompletableFuture<Reply>> replies = send(current,
                List.of(new Request.TagList(), new Request.Labels(), new Request.ClipList()));
        Reply tags = await(current, replies.get(0), "tag list");
        Reply labels = await(current, replies.get(1), "labels");
        Reply clips = await(current, replies.get(2), "clip list");
        try {
            return DatasetViewMapper.toView(tags, labels, clips);
        } catch (ProtocolException e) {
            throw new ServerUnreachableException("the tagging server at " + config.peer()
                    + " sent a dataset this client cannot use: " + e.getMessage(), e);
        }
    }

    @Override
    public ImageContent fetchImage(int index) throws ImageUnavailableException, ServerUnreachableException {
        if (index < 0) {
            throw new ImageUnavailableException("image index " + index + " is negative");
        }
        ClientConnection current = connection();
        CompletableFuture<Reply> pending = send(current, List.of(new Request.Image(index))).get(0);
        Reply reply;
        try {
            reply = pending.get(config.timeoutMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            // The original server never answers an index it does not have; other requests go on.
            current.forget(index, pending);
            throw new ImageUnavailableException("the tagging server at " + config.peer() + " sent no image "
                    + index + " within " + config.timeout().toMillis() + " ms");
        } catch (ExecutionException | InterruptedException e) {
            throw unreachable(e, "image " + index);
        }
        if (reply instanceof Reply.ImageError error) {
            throw new ImageUnavailableException(error.message());
        }
        return new ImageContent(((Reply.Image) reply).bytes());
    }

    @Override
    public void tag(TagChange change) throws ChangeRejectedException, ServerUnreachableException {
        List<Boolean> values = new ArrayList<>(change.values().size());
        for (TagValue value : change.values()) {
            values.add(value == TagValue.TRUE);
        }
        Reply reply = exchange(new Request.Change(change.first(), change.last(), values), "change");
        if (reply instanceof Reply.Refused refused) {
            throw new ChangeRejectedException(refused.message().orElse("the tagging server at " + config.peer()
                    + " rejected the change of rows " + change.first() + ".." + change.last() + " without a reason"));
        }
    }

    @Override
    public void save() throws SaveFailedException, ServerUnreachableException {
        Reply reply = exchange(new Request.Save(), "save");
        if (reply instanceof Reply.Refused refused) {
            throw new SaveFailedException(refused.message().orElse("the tagging server at " + config.peer()
                    + " could not save the labels (it gave no reason)"));
        }
    }

    @Override
    public void close() {
        ClientConnection last;
        synchronized (connectLock) {
            closed = true;
            last = connection;
            connection = null;
        }
        if (last != null) {
            last.close();
        }
    }

    private Reply exchange(Request request, String what) throws ServerUnreachableException {
        ClientConnection current = connection();
        return await(current, send(current, List.of(request)).get(0), what);
    }

    /** The live connection, or one fresh attempt to make one. */
    private ClientConnection connection() throws ServerUnreachableException {
        synchronized (connectLock) {
            if (closed) {
                throw new ServerUnreachableException("the connection to the tagging server at " + config.peer()
                        + " was closed by this client");
            }
            if (connection != null && connection.isAlive()) {
                return connection;
            }
            try {
                connection = ClientConnection.open(config);
                return connection;
            } catch (IOException e) {
                throw new ServerUnreachableException("cannot reach the tagging server at " + config.peer() + ": "
                        + e.getMessage(), e);
            }
        }
    }

    private List<CompletableFuture<Reply>> send(ClientConnection current, List<Request> requests)
            throws ServerUnreachableException {
        try {
            return current.send(requests);
        } catch (IOException e) {
            throw new ServerUnreachableException("lost the connection to the tagging server at " + config.peer()
                    + ": " + e.getMessage(), e);
        }
    }

    private Reply await(ClientConnection current, CompletableFuture<Reply> pending, String what)
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

    private ServerUnreachableException unreachable(Exception e, String what) {
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
