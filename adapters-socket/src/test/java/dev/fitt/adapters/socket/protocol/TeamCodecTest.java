package dev.fitt.adapters.socket.protocol;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.fitt.domain.AnnotatorStats;
import dev.fitt.domain.HourlyActivity;
import dev.fitt.domain.Review;
import dev.fitt.domain.RowProvenance;
import dev.fitt.domain.TagValue;
import java.nio.ByteBuffer;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The team messages (1A-1E, 28) as bytes, both ways. */
class TeamCodecTest {
    private final RequestDecoder requests = new RequestDecoder(CodecLimits.defaults());
    private final ReplyDecoder replies = new ReplyDecoder(CodecLimits.defaults());

    private static byte[] hex(String spaced) {
        return HexFormat.of().parseHex(spaced.replace(" ", ""));
    }

    @Test
    void identifyIsTheNameAfterTheRequestId() throws Exception {
        byte[] bytes = hex("FF 1A 00000009 00000001 0003 416E61");
        assertThat(MessageEncoder.toBytes(new TeamRequest.Identify(1, "Ana"))).isEqualTo(bytes);
        assertThat(requests.decode(ByteBuffer.wrap(bytes))).isEqualTo(new TeamRequest.Identify(1, "Ana"));
        byte[] reply = hex("FF 1A 00000005 00000001 00");
        assertThat(MessageEncoder.toBytes(new TeamReply.Identity(1))).isEqualTo(reply);
        assertThat(replies.decode(ByteBuffer.wrap(reply))).isEqualTo(new TeamReply.Identity(1));
    }

    @Test
    void aPushByNamesTheAnnotatorAfterTheValues() throws Exception {
        byte[] bytes = hex("FF 1B 00000019 0000000000000007 00000003 00000004 0002 02 01 0003 416E61");
        Reply pushed = new TeamReply.PushedBy(7, 3, 4, List.of(TagValue.TRUE, TagValue.FALSE), "Ana");
        assertThat(MessageEncoder.toBytes(pushed)).isEqualTo(bytes);
        assertThat(replies.decode(ByteBuffer.wrap(bytes))).isEqualTo(pushed);
    }

    @Test
    void reviewsAcceptWithoutValuesAndCorrectWithThem() throws Exception {
        byte[] accept = hex("FF 1C 00000017 00000002 0000000000000005 00000000 00000002 01 0000");
        assertThat(MessageEncoder.toBytes(new TeamRequest.Review(2, 5, 0, 2, true, List.of()))).isEqualTo(accept);
        assertThat(requests.decode(ByteBuffer.wrap(accept))).isEqualTo(new TeamRequest.Review(2, 5, 0, 2, true, List.of()));
        Request correct = new TeamRequest.Review(3, 5, 0, 2, false, List.of(TagValue.UNSET, TagValue.TRUE));
        assertThat(requests.decode(ByteBuffer.wrap(MessageEncoder.toBytes(correct)))).isEqualTo(correct);
        Reply outcome = new TeamReply.ReviewOutcome(3, Wire.CONFLICT, 9, "rows 0..2 were changed");
        assertThat(replies.decode(ByteBuffer.wrap(MessageEncoder.toBytes(outcome)))).isEqualTo(outcome);
    }

    @Test
    void anUnknownVerdictIsMalformed() {
        byte[] bad = hex("FF 1C 00000017 00000002 0000000000000005 00000000 00000002 03 0000");
        assertThatThrownBy(() -> requests.decode(ByteBuffer.wrap(bad))).isInstanceOf(ProtocolException.class)
                .hasMessageContaining("verdict 0x03");
    }

    @Test
    void provenanceAndAnnotatorStatsTravelWhole() throws Exception {
        Reply provenance = new TeamReply.Provenance(4, List.of(RowProvenance.NONE,
                new RowProvenance("Ana", Instant.ofEpochMilli(1_764_752_400_123L), "Rita", Review.CORRECTED)));
        assertThat(replies.decode(ByteBuffer.wrap(MessageEncoder.toBytes(provenance)))).isEqualTo(provenance);
        Reply stats = new TeamReply.AnnotatorStats(5, List.of(new AnnotatorStats("Ana", 10, 12, 3, 9, 4, 1, 0,
                Instant.ofEpochMilli(1_764_752_400_000L))));
        assertThat(replies.decode(ByteBuffer.wrap(MessageEncoder.toBytes(stats)))).isEqualTo(stats);
        Request ask = new TeamRequest.Provenance(4, 10, 12);
        assertThat(requests.decode(ByteBuffer.wrap(MessageEncoder.toBytes(ask)))).isEqualTo(ask);
        assertThat(requests.decode(ByteBuffer.wrap(MessageEncoder.toBytes(new TeamRequest.AnnotatorStats(5)))))
                .isEqualTo(new TeamRequest.AnnotatorStats(5));
    }

    @Test
    void hourlyActivityIsTheTimeTheReviewedFramesAndTwentyFourCountsPerAnnotator() throws Exception {
        byte[] ask = hex("FF 28 00000004 00000006");
        assertThat(MessageEncoder.toBytes(new TeamRequest.HourlyActivity(6))).isEqualTo(ask);
        assertThat(requests.decode(ByteBuffer.wrap(ask))).isEqualTo(new TeamRequest.HourlyActivity(6));
        List<Integer> hours = new java.util.ArrayList<>(java.util.Collections.nCopies(HourlyActivity.HOURS, 0));
        hours.set(HourlyActivity.HOURS - 1, 3);
        Reply reply = new TeamReply.HourlyActivity(6, new HourlyActivity(Instant.ofEpochMilli(0x0102030405L), 2,
                List.of(new HourlyActivity.AnnotatorHours("Ana", hours))));
        byte[] bytes = hex("FF 28 00000078 00000006 00 0000000102030405 00000002 0001 0003 416E61"
                + " 00000000".repeat(HourlyActivity.HOURS - 1) + " 00000003");
        assertThat(MessageEncoder.toBytes(reply)).isEqualTo(bytes);
        assertThat(replies.decode(ByteBuffer.wrap(bytes))).isEqualTo(reply);
        Reply refused = new Reply.ExtensionError(Wire.HOURLY_ACTIVITY, 6, "no dataset");
        assertThat(replies.decode(ByteBuffer.wrap(MessageEncoder.toBytes(refused)))).isEqualTo(refused);
    }

    @Test
    void anHourlyActivityReplyDeclaringMoreAnnotatorsThanItsBytesIsRefusedBeforeAllocating() {
        byte[] bad = hex("FF 28 00000013 00000006 00 0000000102030405 00000002 FFFF");
        assertThatThrownBy(() -> replies.decode(ByteBuffer.wrap(bad))).isInstanceOf(ProtocolException.class)
                .hasMessageContaining("annotators");
    }

    @Test
    void aProvenanceReplyDeclaringMoreRowsThanItsBytesIsRefusedBeforeAllocating() {
        byte[] bad = hex("FF 1D 00000009 00000004 00 7FFFFFFF");
        assertThatThrownBy(() -> replies.decode(ByteBuffer.wrap(bad))).isInstanceOf(ProtocolException.class)
                .hasMessageContaining("rows of provenance");
    }
}
