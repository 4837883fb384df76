package dev.fitt.adapters.socket.protocol;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.ByteBuffer;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The admin messages ({@code 20}-{@code 24}): the docs' hex examples, round trips, malformed bodies. */
class AdminCodecTest {
    private final RequestDecoder requests = new RequestDecoder(CodecLimits.defaults());
    private final ReplyDecoder replies = new ReplyDecoder(CodecLimits.defaults());

    @Test
    void authoriseAndSetOfTheDocsEncodeAndDecode() throws Exception {
        byte[] authorise = hex("FF 20 0000000A 00000001 0004 6B657931");
        byte[] set = hex("FF 22 00000019 00000002 0010 6175746F736176655F6368616E676573 0001 35");

        assertThat(MessageEncoder.toBytes(new AdminRequest.AdminAuthorise(1, "key1"))).isEqualTo(authorise);
        assertThat(requests.decode(ByteBuffer.wrap(authorise))).isEqualTo(new AdminRequest.AdminAuthorise(1, "key1"));
        assertThat(MessageEncoder.toBytes(new AdminRequest.AdminSet(2, "autosave_changes", "5"))).isEqualTo(set);
        assertThat(requests.decode(ByteBuffer.wrap(set))).isEqualTo(new AdminRequest.AdminSet(2, "autosave_changes", "5"));
    }

    @Test
    void setOutcomeOfTheDocsEncodesAndDecodes() throws Exception {
        Reply outcome = new AdminReply.AdminSetOutcome(2, Wire.OK, true, "ok");
        byte[] bytes = hex("FF 22 0000000A 00000002 00 01 0002 6F6B");

        assertThat(MessageEncoder.toBytes(outcome)).isEqualTo(bytes);
        assertThat(replies.decode(ByteBuffer.wrap(bytes))).isEqualTo(outcome);
    }

    @Test
    void everyAdminRequestRoundTrips() throws Exception {
        for (Request request : List.of(new AdminRequest.AdminAuthorise(7, "tøken"), new AdminRequest.AdminSettings(8),
                new AdminRequest.AdminSet(9, "max_connections", "12"), new AdminRequest.AdminSave(10, ""),
                new AdminRequest.AdminSave(11, "day1"), new AdminRequest.AdminStats(12))) {
            assertThat(requests.decode(ByteBuffer.wrap(MessageEncoder.toBytes(request)))).isEqualTo(request);
        }
    }

    @Test
    void everyAdminReplyRoundTrips() throws Exception {
        for (Reply reply : List.of(new AdminReply.AdminDone(Wire.ADMIN_AUTHORISE, 1, Wire.OK, ""),
                new AdminReply.AdminDone(Wire.ADMIN_AUTHORISE, 1, Wire.REFUSED, "wrong admin token"),
                new AdminReply.AdminDone(Wire.ADMIN_SAVE, 2, Wire.ERROR, "disk full"),
                new AdminReply.AdminDone(Wire.ADMIN_SETTINGS, 3, Wire.ERROR, "not authorised"),
                new AdminReply.AdminSetOutcome(4, Wire.ERROR, false, "field \"port\" needs a restart"),
                new AdminReply.AdminSettingList(5, List.of(new AdminReply.AdminSetting("port", "52973", false),
                        new AdminReply.AdminSetting("access_token", "(set)", true))),
                new AdminReply.AdminStatsReply(6, 3, List.of(new AdminReply.AdminDataset(new DatasetReply.DatasetEntry("day1",
                        DatasetReply.DatasetEntry.LOADED, 600, 4, 200, 17, ""), 42, 2, 1L << 31),
                        new AdminReply.AdminDataset(new DatasetReply.DatasetEntry("day2", DatasetReply.DatasetEntry.FAILED, 0, 0, 0, 0,
                                "day2.csv line 3: 2 cells, the header has 3"), 0, 0, 0))))) {
            assertThat(replies.decode(ByteBuffer.wrap(MessageEncoder.toBytes(reply)))).isEqualTo(reply);
        }
    }

    @Test
    void aStatsReplyDeclaringMoreDatasetsThanItsBytesHoldIsMalformedBeforeAllocating() {
        ByteBuffer in = ByteBuffer.wrap(hex("FF 24 0000000F 00000006 00 00000003 FFFF 0000 00000000"));

        assertThatThrownBy(() -> replies.decode(in)).isInstanceOf(ProtocolException.class)
                .hasMessageContaining("ends before 65535 datasets");
    }

    @Test
    void aSetReplyWithAWrittenFlagAboveOneIsMalformed() {
        ByteBuffer in = ByteBuffer.wrap(hex("FF 22 00000008 00000002 00 07 0000"));

        assertThatThrownBy(() -> replies.decode(in)).isInstanceOf(ProtocolException.class)
                .hasMessageContaining("written flag 7");
    }

    @Test
    void adminBytesAreExtensionsSoAV1ClientNeverSeesThem() {
        assertThat(Wire.isExtension(Wire.ADMIN_AUTHORISE)).isTrue();
        assertThat(Wire.isExtension(Wire.ADMIN_STATS)).isTrue();
        assertThat(Wire.isExtension((byte) 0x25)).isFalse();
    }

    private static byte[] hex(String text) {
        return HexFormat.of().parseHex(text.replace(" ", ""));
    }
}
