package dev.fitt.adapters.socket.server;

import static org.assertj.core.api.Assertions.assertThat;

import dev.fitt.adapters.socket.RawClient;
import dev.fitt.adapters.socket.RunningServer;
import dev.fitt.adapters.socket.TestDataset;
import dev.fitt.adapters.socket.protocol.ClipInfoReply;
import dev.fitt.adapters.socket.protocol.ClipInfoRequest;
import dev.fitt.adapters.socket.protocol.MessageEncoder;
import dev.fitt.adapters.socket.protocol.Reply;
import dev.fitt.adapters.socket.protocol.Request;
import dev.fitt.adapters.socket.protocol.VersionedReply;
import dev.fitt.adapters.socket.protocol.VersionedRequest;
import dev.fitt.adapters.socket.protocol.Wire;
import dev.fitt.domain.TagValue;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** The extension messages over real loopback sockets, and v1 clients beside them. */
@Timeout(60)
class ExtensionServerTest {
    private static final List<TagValue> TRUE_FALSE_TRUE = List.of(TagValue.TRUE, TagValue.FALSE, TagValue.TRUE);
    private static final List<TagValue> UNSET_TRUE_UNSET = List.of(TagValue.UNSET, TagValue.TRUE, TagValue.UNSET);

    private final TestDataset dataset = new TestDataset();
    private RunningServer server;

    @BeforeEach
    void start() throws Exception {
        server = dataset.start();
    }

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void helloGrantsEveryCapabilityAskedFor() throws Exception {
        try (RawClient client = client()) {
            assertThat(client.hello("")).isEqualTo(Reply.HelloReply.granted(1, RawClient.WITHOUT_TEAM));
        }
    }

    @Test
    void helloGrantsOnlyWhatTheServerKnows() throws Exception {
        try (RawClient client = client()) {
            assertThat(client.send(new Request.Hello(2, 0xFFFF, "")).read())
                    .isEqualTo(Reply.HelloReply.granted(1, Wire.ALL_CAPABILITIES | Wire.ADMIN_CAPABILITY));
        }
    }

    @Test
    void secondHelloIsAnErrorAndTheConnectionGoesOn() throws Exception {
        try (RawClient client = client()) {
            client.hello("");

            assertThat(client.hello("")).isEqualTo(new Reply.HelloReply(Wire.ERROR, 1, RawClient.WITHOUT_TEAM,
                    "this connection already said hello"));
            assertThat(client.send(new ClipInfoRequest.Stats(1)).read()).isInstanceOf(ClipInfoReply.Stats.class);
        }
    }

    @Test
    void subscriberReceivesAVersionedChangeOfAnotherConnection() throws Exception {
        try (RawClient watcher = client(); RawClient editor = client()) {
            watcher.hello("");
            assertThat(watcher.send(new VersionedRequest.Subscribe(7)).read()).isEqualTo(new VersionedReply.Subscribed(7));
            editor.hello("");

            assertThat(editor.send(new VersionedRequest.VersionedChange(1, 0, 3, 5, TRUE_FALSE_TRUE)).read())
                    .isEqualTo(new VersionedReply.ChangeOutcome(1, Wire.OK, 1, ""));

            assertThat(watcher.read()).isEqualTo(new VersionedReply.Pushed(1, 3, 5, TRUE_FALSE_TRUE));
        }
    }

    @Test
    void subscriberReceivesV1ChangesOfOthersButNeverItsOwn() throws Exception {
        try (RawClient watcher = client(); RawClient v1Editor = client()) {
            watcher.hello("");
            watcher.send(new VersionedRequest.Subscribe(1)).read();

            watcher.send(new Request.Change(0, 0, List.of(true, true, true))).read();
            v1Editor.send(new Request.Change(1, 2, List.of(false, true, false))).read();

            assertThat(watcher.read()).isEqualTo(new VersionedReply.Pushed(2, 1, 2,
                    List.of(TagValue.FALSE, TagValue.TRUE, TagValue.FALSE)));
            assertThat(watcher.send(new VersionedRequest.VersionedChange(2, 2, 4, 4, TRUE_FALSE_TRUE)).read())
                    .isEqualTo(new VersionedReply.ChangeOutcome(2, Wire.OK, 3, ""));
            // Had its own changes (1 and 3) been pushed, they would come before this reply.
            assertThat(watcher.send(new ClipInfoRequest.Stats(3)).read()).isInstanceOf(ClipInfoReply.Stats.class);
        }
    }

    @Test
    void changeBasedOnAStaleVersionIsAConflictAndChangesNothing() throws Exception {
        try (RawClient late = client(); RawClient early = client()) {
            late.hello("");
            early.hello("");
            VersionedReply.VersionedLabels seen = (VersionedReply.VersionedLabels) late.send(new VersionedRequest.VersionedLabels(1)).read();
            early.send(new VersionedRequest.VersionedChange(1, seen.version(), 2, 2, TRUE_FALSE_TRUE)).read();

            Reply reply = late.send(new VersionedRequest.VersionedChange(2, seen.version(), 0, 3, UNSET_TRUE_UNSET)).read();

            assertThat(reply).isEqualTo(new VersionedReply.ChangeOutcome(2, Wire.CONFLICT, 1,
                    "rows 0..3 were changed by someone else (version 1, your edit was based on 0)"));
            assertThat(dataset.service.queries().labels().value(2, 0)).isEqualTo(TagValue.TRUE);
            assertThat(dataset.service.queries().labels().isLabelled(0)).isFalse();
        }
    }

    @Test
    void changeWithACurrentBasisIsAppliedWithTheNextVersion() throws Exception {
        try (RawClient client = client()) {
            client.hello("");
            client.send(new VersionedRequest.VersionedChange(1, 0, 2, 2, TRUE_FALSE_TRUE)).read();

            Reply reply = client.send(new VersionedRequest.VersionedChange(2, 1, 2, 2, UNSET_TRUE_UNSET)).read();

            assertThat(reply).isEqualTo(new VersionedReply.ChangeOutcome(2, Wire.OK, 2, ""));
            assertThat(dataset.service.queries().labels().value(2, 1)).isEqualTo(TagValue.TRUE);
            assertThat(dataset.service.queries().labels().value(2, 0)).isEqualTo(TagValue.UNSET);
        }
    }

    @Test
    void invalidVersionedChangeIsRejectedWithTheReason() throws Exception {
        try (RawClient client = client()) {
            client.hello("");

            assertThat(client.send(new VersionedRequest.VersionedChange(9, 0, 18, 19, TRUE_FALSE_TRUE)).read())
                    .isEqualTo(new VersionedReply.ChangeOutcome(9, Wire.ERROR, 0, "rows 18..19 are outside 0..18"));
        }
    }

    /** A basis no run can reach (2^63 and above on the u64 wire) is refused with a reply, never left unanswered. */
    @Test
    void changeBasedOnAVersionAbove2To63IsRefusedWithAReply() throws Exception {
        byte[] change = MessageEncoder.toBytes(new VersionedRequest.VersionedChange(9, 0, 2, 2, TRUE_FALSE_TRUE));
        int basisAt = 2 + 4 + 4; // FF 12, body length, request id
        java.util.Arrays.fill(change, basisAt, basisAt + 8, (byte) 0xFF);
        try (RawClient client = client()) {
            client.hello("");

            Reply reply = client.send(change).read();

            assertThat(reply).isInstanceOf(VersionedReply.ChangeOutcome.class);
            VersionedReply.ChangeOutcome outcome = (VersionedReply.ChangeOutcome) reply;
            assertThat(outcome.id()).isEqualTo(9);
            assertThat(outcome.status()).isEqualTo(Wire.ERROR);
            assertThat(outcome.message()).contains("newer than any version this server issued");
        }
    }

    @Test
    void versionedLabelsCarryEveryCellAndRowVersion() throws Exception {
        try (RawClient client = client()) {
            client.hello("");
            client.send(new Request.Change(4, 5, List.of(true, false, false))).read();

            VersionedReply.VersionedLabels labels = (VersionedReply.VersionedLabels) client.send(new VersionedRequest.VersionedLabels(3)).read();

            assertThat(labels.id()).isEqualTo(3);
            assertThat(labels.version()).isEqualTo(1);
            assertThat(labels.rows()).isEqualTo(19);
            assertThat(labels.tags()).isEqualTo(3);
            assertThat(labels.codes()).isEqualTo(dataset.service.queries().labels().toCodes());
            assertThat(labels.rowVersions()[4]).isEqualTo(1);
            assertThat(labels.rowVersions()[5]).isEqualTo(1);
            assertThat(labels.rowVersions()[6]).isZero();
        }
    }

    @Test
    void statsCountTrueValuesPerTagAndLabelledRowsPerClip() throws Exception {
        try (RawClient client = client()) {
            client.hello("");
            client.send(new Request.Change(10, 13, List.of(true, false, true))).read();

            assertThat(client.send(new ClipInfoRequest.Stats(4)).read())
                    .isEqualTo(new ClipInfoReply.Stats(4, 19, 4, List.of(4L, 0L, 4L), List.of(2L, 2L, 0L)));
        }
    }

    @Test
    void cameraNamesNameEachClipsCamerasInFrameOrder() throws Exception {
        try (RawClient client = client()) {
            client.hello("");

            assertThat(client.send(new ClipInfoRequest.CameraNames(6)).read()).isEqualTo(new ClipInfoReply.CameraNames(6, List.of(
                    List.of("front", "left", "right"), List.of("front", "left", "right"), List.of("front"))));
        }
    }

    @Test
    void cameraNamesNotAskedForAreAnErrorReply() throws Exception {
        try (RawClient client = client()) {
            client.send(new Request.Hello(1, 7, "")).read();

            assertThat(client.send(new ClipInfoRequest.CameraNames(2)).read()).isEqualTo(new Reply.ExtensionError(
                    Wire.CAMERA_NAMES, 2, "the camera names capability was not asked for in this connection's hello"));
        }
    }

    @Test
    void capabilityNotAskedForIsAnErrorReply() throws Exception {
        try (RawClient client = client()) {
            assertThat(client.send(new Request.Hello(1, 4, "")).read()).isEqualTo(Reply.HelloReply.granted(1, 4));

            assertThat(client.send(new VersionedRequest.Subscribe(5)).read()).isEqualTo(new Reply.ExtensionError(Wire.SUBSCRIBE,
                    5, "the subscribe capability was not asked for in this connection's hello"));
        }
    }

    @Test
    void extensionRequestsWithoutAHelloGetNoAnswer() throws Exception {
        try (RawClient client = client()) {
            client.send(new VersionedRequest.Subscribe(1), new ClipInfoRequest.Stats(2), new VersionedRequest.VersionedLabels(3),
                    new VersionedRequest.VersionedChange(4, 0, 0, 0, TRUE_FALSE_TRUE), new ClipInfoRequest.CameraNames(5),
                    new Request.Save());

            assertThat(client.read()).isEqualTo(new Reply.Done(Wire.SAVE));
            assertThat(dataset.service.queries().labels().isLabelled(0)).isFalse();
        }
    }

    @Test
    void v1ClientBesideExtensionClientsNeverReceivesAnExtensionByte() throws Exception {
        try (RawClient v1 = client(); RawClient watcher = client(); RawClient editor = client()) {
            watcher.hello("");
            watcher.send(new VersionedRequest.Subscribe(1)).read();
            editor.hello("");

            assertThat(v1.send(new Request.Change(0, 0, List.of(true, true, true))).read())
                    .isEqualTo(new Reply.Done(Wire.CHANGE));
            editor.send(new VersionedRequest.VersionedChange(1, 1, 1, 1, TRUE_FALSE_TRUE)).read();
            v1.send(new Request.TagList(), new Request.Save());

            // Were anything pushed to the v1 client, it would come before these replies.
            assertThat(v1.read()).isInstanceOf(Reply.TagList.class);
            assertThat(v1.read()).isEqualTo(new Reply.Done(Wire.SAVE));
            assertThat(watcher.read()).isEqualTo(new VersionedReply.Pushed(1, 0, 0,
                    List.of(TagValue.TRUE, TagValue.TRUE, TagValue.TRUE)));
            assertThat(watcher.read()).isEqualTo(new VersionedReply.Pushed(2, 1, 1, TRUE_FALSE_TRUE));
        }
    }

    @Test
    void connectionsGetDistinctOriginsSoEachSeesTheOthersChanges() throws Exception {
        try (RawClient first = client(); RawClient second = client()) {
            for (RawClient client : List.of(first, second)) {
                client.hello("");
                client.send(new VersionedRequest.Subscribe(1)).read();
            }

            first.send(new VersionedRequest.VersionedChange(2, 0, 7, 7, TRUE_FALSE_TRUE)).read();
            second.send(new VersionedRequest.VersionedChange(2, 0, 8, 8, TRUE_FALSE_TRUE));

            // The push was queued before the second connection's request arrived: it is written first.
            assertThat(second.read()).isEqualTo(new VersionedReply.Pushed(1, 7, 7, TRUE_FALSE_TRUE));
            assertThat(second.read()).isEqualTo(new VersionedReply.ChangeOutcome(2, Wire.OK, 2, ""));
            assertThat(first.read()).isEqualTo(new VersionedReply.Pushed(2, 8, 8, TRUE_FALSE_TRUE));
        }
    }

    private RawClient client() throws java.io.IOException {
        return new RawClient(server.address());
    }
}
