package dev.fitt.adapters.socket;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.fitt.domain.TagValue;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The hex examples of docs/PROTOCOL-EXTENSIONS.md, byte for byte, and malformed bodies. */
class ExtensionCodecExamplesTest {
    private final RequestDecoder requests = new RequestDecoder(CodecLimits.defaults());
    private final ReplyDecoder replies = new ReplyDecoder(CodecLimits.defaults());

    @Test
    void helloOfTheDocsEncodesAndDecodes() throws Exception {
        byte[] hello = hex("FF 10 00000008 0001 00000007 0000");

        assertThat(MessageEncoder.toBytes(new Request.Hello(1, 7, ""))).isEqualTo(hello);
        assertThat(requests.decode(java.nio.ByteBuffer.wrap(hello))).isEqualTo(new Request.Hello(1, 7, ""));
    }

    @Test
    void helloReplyOfTheDocsEncodesAndDecodes() throws Exception {
        byte[] reply = hex("FF 10 00000009 00 0001 00000007 0000");

        assertThat(MessageEncoder.toBytes(Reply.HelloReply.granted(1, 7))).isEqualTo(reply);
        assertThat(replies.decode(java.nio.ByteBuffer.wrap(reply))).isEqualTo(Reply.HelloReply.granted(1, 7));
    }

    @Test
    void versionedChangeAndItsReplyOfTheDocsEncode() {
        assertThat(MessageEncoder.toBytes(new Request.VersionedChange(5, 0, 3, 3, List.of(TagValue.TRUE, TagValue.FALSE))))
                .isEqualTo(hex("FF 12 00000018 00000005 0000000000000000 00000003 00000003 0002 02 01"));
        assertThat(MessageEncoder.toBytes(new Reply.ChangeOutcome(5, Wire.OK, 1, "")))
                .isEqualTo(hex("FF 12 0000000F 00000005 00 0000000000000001 0000"));
    }

    @Test
    void valueCodeAboveTwoIsMalformedAndTheWholeMessageIsSkipped() throws Exception {
        java.nio.ByteBuffer in = java.nio.ByteBuffer.wrap(
                hex("FF 12 00000017 00000005 0000000000000000 00000003 00000003 0001 07 FF 02"));

        assertThatThrownBy(() -> requests.decode(in)).isInstanceOf(ProtocolException.class)
                .hasMessage("versioned change request has value code 0x07 at value 0, expected 00, 01 or 02");
        assertThat(requests.decode(in)).isEqualTo(new Request.TagList());
    }

    @Test
    void bodyLongerThanItsFieldsIsMalformed() {
        java.nio.ByteBuffer in = java.nio.ByteBuffer.wrap(hex("FF 13 00000005 00000001 00"));

        assertThatThrownBy(() -> requests.decode(in)).isInstanceOf(ProtocolException.class)
                .hasMessage("subscribe request has 1 bytes more than its fields");
    }

    @Test
    void pushedChangeIsNotARequest() {
        java.nio.ByteBuffer in = java.nio.ByteBuffer.wrap(
                hex("FF 14 00000013 0000000000000001 00000000 00000000 0001 02"));

        assertThatThrownBy(() -> requests.decode(in)).isInstanceOf(ProtocolException.class)
                .hasMessage("pushed change is sent by servers only");
    }

    @Test
    void labelsReplyWhoseCountsDoNotFillTheBodyIsRejectedBeforeAllocating() {
        java.nio.ByteBuffer in = java.nio.ByteBuffer.wrap(
                hex("FF 11 00000013 00000001 00 0000000000000000 7FFFFFFF 0003"));

        assertThatThrownBy(() -> replies.decode(in)).isInstanceOf(ProtocolException.class)
                .hasMessage("versioned labels reply declares 2147483647 rows x 3 tags, which need 23622320117 bytes,"
                        + " but 0 follow");
        assertThat(replies.largestAllocation()).isLessThan(64);
    }

    private static byte[] hex(String spaced) {
        return HexFormat.of().parseHex(spaced.replace(" ", ""));
    }
}
