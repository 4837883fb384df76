package dev.fitt.client.service;

import dev.fitt.client.port.in.LabellingSession;
import dev.fitt.server.service.InProcessTaggingServer;
import dev.fitt.server.service.NoJournal;
import dev.fitt.server.service.ServerCore;
import dev.fitt.server.service.TaggingService;
import dev.fitt.domain.ImageRows;
import dev.fitt.domain.LabelsSnapshot;
import dev.fitt.domain.Tag;
import dev.fitt.domain.TagSet;
import dev.fitt.ports.ImageUnavailableException;
import dev.fitt.server.port.out.ChangeJournalPort;
import dev.fitt.ports.ImageContent;
import dev.fitt.server.port.out.StoredDataset;
import dev.fitt.client.port.out.TaggingServerPort;
import dev.fitt.client.port.out.TeamWorkPort;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A small real dataset behind a real {@link TaggingService}: clip "a" has 3 frames of 2 cameras
 * (display rows 0..5, stored grouped by camera so the server interleaves them), clip "b" has
 * 4 frames of one camera (rows 6..9). Three tags. Images whose path contains "broken" fail.
 */
final class ClientFixture {
    static final int TAGS = 3;

    final AtomicInteger saves = new AtomicInteger();
    final ServerCore service;
    final SwitchableServer server;

    ClientFixture() {
        this(new NoJournal());
    }

    /** The same, its service recording changes in {@code journal}. */
    ClientFixture(ChangeJournalPort journal) {
        TagSet tags = new TagSet(List.of(new Tag("100", "Clear", "tag_code_100"),
                new Tag("200", "Rainy", "tag_code_200"), new Tag("300", "Foggy", "tag_code_300")));
        ImageRows rows = new ImageRows(
                new String[] {"a", "a", "a", "a", "a", "a", "b", "b", "b", "b"},
                new String[] {"front", "front", "front", "rear", "rear", "rear", "front", "front", "front", "front"},
                new String[] {"f0.jpg", "f1.jpg", "f2.jpg", "r0.jpg", "r1.jpg", "r2.jpg",
                    "b0.jpg", "b1-broken.jpg", "b2.jpg", "b3.jpg"});
        StoredDataset stored = new StoredDataset(tags, rows, LabelsSnapshot.unset(10, TAGS), "test.csv", "out.csv");
        service = ServerCore.of(stored, labels -> saves.incrementAndGet(), path -> {
            if (path.contains("broken")) {
                throw new ImageUnavailableException("cannot read " + path + ": not a JPEG");
            }
            return new ImageContent(path.getBytes(StandardCharsets.UTF_8));
        }, journal);
        server = new SwitchableServer(new InProcessTaggingServer(service));
    }

    /** A second annotator's port on the same core, with all its abilities, as {@code origin}. */
    SwitchableServer liveServer(String origin) {
        return new SwitchableServer(new InProcessTaggingServer(service, origin), true);
    }

    /** A session on {@code port}, single selection, no autosave. */
    static LabellingSession openOn(TaggingServerPort port) throws Exception {
        return open(port, SessionSettings.of(false, 0), duration -> Thread.sleep(1));
    }

    /** A session on {@code port} with {@code settings}. */
    static LabellingSession openOn(TaggingServerPort port, SessionSettings settings) throws Exception {
        return open(port, settings, duration -> Thread.sleep(1));
    }

    LabellingSession open(SessionSettings settings, Sleeper sleeper) throws Exception {
        return open(server, settings, sleeper);
    }

    private static LabellingSession open(TaggingServerPort port, SessionSettings settings, Sleeper sleeper)
            throws Exception {
        return open(port, settings, sleeper, new NoTeamWork());
    }

    private static LabellingSession open(TaggingServerPort port, SessionSettings settings, Sleeper sleeper,
            TeamWorkPort teamWork) throws Exception {
        return ClientCore.open(port, settings, sleeper, body -> {
            Thread thread = new Thread(body, "test-session-worker");
            thread.setDaemon(true);
            return thread;
        }, teamWork);
    }

    /** A session on this fixture's server whose team work goes to {@code teamWork}. */
    LabellingSession open(boolean multipleSelection, int autosave, TeamWorkPort teamWork) throws Exception {
        return open(server, SessionSettings.of(multipleSelection, autosave), duration -> Thread.sleep(1), teamWork);
    }

    LabellingSession open(boolean multipleSelection, int autosave) throws Exception {
        return open(SessionSettings.of(multipleSelection, autosave), duration -> Thread.sleep(1));
    }

    /** Waits up to 10 s for {@code condition}, failing with {@code what}. */
    static void await(String what, java.util.function.BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + 10_000_000_000L;
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("not within 10 s: " + what);
            }
            Thread.sleep(5);
        }
    }

    static void deliver(LabellingSession session) throws InterruptedException {
        if (!session.saveAndClose().awaitDelivery(Duration.ofSeconds(10))) {
            throw new AssertionError("edits were not delivered within 10 s; pending " + session.state().pendingEdits());
        }
    }
}
