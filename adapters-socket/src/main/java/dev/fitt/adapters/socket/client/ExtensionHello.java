package dev.fitt.adapters.socket.client;

import dev.fitt.adapters.socket.ClientConfig;
import dev.fitt.adapters.socket.protocol.Reply;
import dev.fitt.adapters.socket.protocol.Request;
import dev.fitt.adapters.socket.protocol.Wire;
import dev.fitt.client.port.out.ServerCapabilities;
import java.io.IOException;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The first exchange on a new connection: which extensions the server grants, if it knows any. */
final class ExtensionHello {
    /** The link's name, so that log settings made for the connection cover its hello. */
    private static final Logger LOG = LoggerFactory.getLogger(ServerLink.class);

    private ExtensionHello() {
    }

    /** What the server granted: the capabilities the session uses, and team work (provenance, review). */
    record Granted(ServerCapabilities capabilities, boolean teamWork) {
        static final Granted V1_ONLY = new Granted(ServerCapabilities.V1_ONLY, false);
    }

    /**
     * Asks for every extension, with a tag list request right behind the hello as a fence. Replies
     * come in request order: a server that knows the hello answers it before the tag list; one that
     * knows only v1 (the original) skips the hello's bytes and answers the tag list alone. The first
     * to arrive tells which, so a busy fitt server is never taken for a v1 one (it was, when the
     * client waited a fixed time), and the original server costs one round trip, not a wait.
     */
    static Granted negotiate(ServerLink link, ClientConfig config) throws IOException {
        String peer = config.peer();
        Request.Hello hello = new Request.Hello(Wire.EXTENSION_VERSION, Wire.ALL_CAPABILITIES,
                config.accessToken().orElse(""));
        List<CompletableFuture<Reply>> answers = link.send(List.of(hello, new Request.TagList()));
        CompletableFuture<Reply> answer = answers.get(0);
        try {
            CompletableFuture.anyOf(answer, answers.get(1)).get(config.timeoutMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            link.forget(hello);
            String message = "the tagging server at " + peer + " answered neither the extension hello nor a tag list"
                    + " request within " + config.timeoutMillis() + " ms";
            link.fail(new IOException(message));
            throw new IOException(message);
        } catch (ExecutionException e) {
            throw new IOException(e.getCause().getMessage(), e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            link.fail(new IOException("interrupted while saying hello to " + peer));
            throw new IOException("interrupted while saying hello to " + peer, e);
        }
        if (!answer.isDone()) {
            // The tag list came first: the server skipped the hello.
            link.forget(hello);
            LOG.debug("the server at {} skipped the extension hello: speaking plain v1", peer);
            return Granted.V1_ONLY;
        }
        Reply reply = answer.join();
        Reply.HelloReply answered = (Reply.HelloReply) reply;
        if (answered.status() != Wire.OK) {
            String message = "the tagging server at " + peer + " refused this client: " + answered.message();
            link.fail(new IOException(message));
            throw new IOException(message);
        }
        long granted = answered.capabilities();
        boolean teamWork = (granted & Wire.TEAM_CAPABILITY) != 0;
        if (teamWork && config.annotator().isPresent()) {
            identify(link, config.annotator().get(), config);
        }
        link.datasetsGranted((granted & Wire.DATASETS_CAPABILITY) != 0);
        return new Granted(new ServerCapabilities((granted & Wire.LIVE_CHANGES) != 0,
                (granted & Wire.VERSIONED_EDITS) != 0, (granted & Wire.STATS_CAPABILITY) != 0,
                (granted & Wire.CAMERA_NAMES_CAPABILITY) != 0, (granted & Wire.CLIP_IDS_CAPABILITY) != 0), teamWork);
    }

    /**
     * Tells the server whose changes this connection's are, before any of them. A refusal (a name
     * the server does not take) is logged: the changes are then recorded under this client's address.
     */
    private static void identify(ServerLink link, String name, ClientConfig config) throws IOException {
        Request.Identify identify = new Request.Identify(link.nextRequestId(), name);
        CompletableFuture<Reply> answer = link.send(List.of(identify)).get(0);
        Reply reply;
        try {
            reply = answer.get(config.timeoutMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            link.forget(identify);
            throw new IOException("the tagging server at " + config.peer() + " did not answer who this client is"
                    + " within " + config.timeoutMillis() + " ms");
        } catch (ExecutionException e) {
            throw new IOException(e.getCause().getMessage(), e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while telling " + config.peer() + " who this client is", e);
        }
        if (reply instanceof Reply.ExtensionError error) {
            LOG.warn("the tagging server at {} did not take the annotator name \"{}\": {}; changes are recorded"
                    + " under this client's address", config.peer(), name, error.message());
        }
    }
}
