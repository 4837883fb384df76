package dev.fitt.adapters.socket.client;

import dev.fitt.adapters.socket.ClientConfig;
import dev.fitt.adapters.socket.protocol.Reply;
import dev.fitt.adapters.socket.protocol.Request;
import dev.fitt.adapters.socket.protocol.TeamRequest;
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

    /**
     * Asks for every extension, with a tag list request right behind the hello as a fence. Replies
     * come in request order: a server that knows the hello answers it before the tag list; one that
     * knows only v1 (the original) skips the hello's bytes and answers the tag list alone. The first
     * to arrive tells which, so a busy fitt server is never taken for a v1 one (it was, when the
     * client waited a fixed time), and the original server costs one round trip, not a wait.
     */
    static ServerCapabilities negotiate(ServerLink link, ClientConfig config) throws IOException {
        return capabilities(grant(link, config, Wire.ALL_CAPABILITIES));
    }

    /** What a tagging client may use of what a server granted. */
    static ServerCapabilities capabilities(long granted) {
        return new ServerCapabilities((granted & Wire.LIVE_CHANGES) != 0,
                (granted & Wire.VERSIONED_EDITS) != 0, (granted & Wire.STATS_CAPABILITY) != 0,
                (granted & Wire.CAMERA_NAMES_CAPABILITY) != 0, (granted & Wire.CLIP_IDS_CAPABILITY) != 0);
    }

    /**
     * The same exchange asking for {@code asked} (an administrator's client adds administration);
     * the capability bits the server granted, none for a server that speaks v1 only. An
     * administrator's hello goes without the tag list fence: that v1 request is answered from the
     * connection's dataset and would load the default one, and an administrator works on none (a
     * v1 server, which has no administration, leaves the hello unanswered until the timeout).
     */
    static long grant(ServerLink link, ClientConfig config, long asked) throws IOException {
        String peer = config.peer();
        Request.Hello hello = new Request.Hello(Wire.EXTENSION_VERSION, asked,
                config.accessToken().orElse(""));
        boolean fenced = (asked & Wire.ADMIN_CAPABILITY) == 0;
        List<CompletableFuture<Reply>> answers = link.send(fenced ? List.<Request>of(hello, new Request.TagList())
                : List.<Request>of(hello));
        CompletableFuture<Reply> answer = answers.get(0);
        try {
            (fenced ? CompletableFuture.anyOf(answer, answers.get(1)) : answer)
                    .get(config.timeoutMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            link.forget(hello);
            String message = fenced ? "the tagging server at " + peer + " answered neither the extension hello nor a"
                    + " tag list request within " + config.timeoutMillis() + " ms"
                    : "the server at " + peer + " did not answer the extension hello within " + config.timeoutMillis()
                            + " ms (a server that speaks protocol v1 only has no administration)";
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
            return 0;
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
        return granted;
    }

    /**
     * Tells the server whose changes this connection's are, before any of them. A refusal (a name
     * the server does not take) is logged: the changes are then recorded under this client's address.
     */
    private static void identify(ServerLink link, String name, ClientConfig config) throws IOException {
        TeamRequest.Identify identify = new TeamRequest.Identify(link.nextRequestId(), name);
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
