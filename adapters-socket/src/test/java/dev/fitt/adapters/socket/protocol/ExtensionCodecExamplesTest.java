package dev.fitt.adapters.socket.protocol;

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
        byte[] hello = hex("FF 10 00000008 0001 0000000F 0000");

        assertThat(MessageEncoder.toBytes(new Request.Hello(1, 15, ""))).isEqualTo(hello);
        assertThat(requests.decode(java.nio.ByteBuffer.wrap(hello))).isEqualTo(new Request.Hello(1, 15, ""));
    }

    @Test
    void helloReplyOfTheDocsEncodesAndDecodes() throws Exception {
        byte[] reply = hex("FF 10 00000009 00 0001 0000000F 0000");

        assertThat(MessageEncoder.toBytes(Reply.HelloReply.granted(1, 15))).isEqualTo(reply);
        assertThat(replies.decode(java.nio.ByteBuffer.wrap(reply))).isEqualTo(Reply.HelloReply.granted(1, 15));
    }

    @Test
    void versionedChangeAndItsReplyOfTheDocsEncode() {
        long base = 1_796_281_200_000_000L; // a run started 2026-12-03 07:00 UTC, in microseconds
        assertThat(MessageEncoder.toBytes(new VersionedRequest.VersionedChange(5, base, 3, 3,
                List.of(TagValue.TRUE, TagValue.FALSE))))
                .isEqualTo(hex("FF 12 00000018 00000005 000661B54ED7BC00 00000003 00000003 0002 02 01"));
        assertThat(MessageEncoder.toBytes(new VersionedReply.ChangeOutcome(5, Wire.OK, base + 1, "")))
                .isEqualTo(hex("FF 12 0000000F 00000005 00 000661B54ED7BC01 0000"));
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

    @Test
    void cameraNamesAndTheirReplyOfTheDocsEncodeAndDecode() throws Exception {
        byte[] request = hex("FF 16 00000004 00000009");
        byte[] reply = hex("FF 16 0000001C 00000009 00 00000002 0002 0005 66726F6E74 0004 72656172 0001 0000");
        ClipInfoReply.CameraNames names = new ClipInfoReply.CameraNames(9, List.of(List.of("front", "rear"), List.of("")));

        assertThat(MessageEncoder.toBytes(new ClipInfoRequest.CameraNames(9))).isEqualTo(request);
        assertThat(requests.decode(java.nio.ByteBuffer.wrap(request))).isEqualTo(new ClipInfoRequest.CameraNames(9));
        assertThat(MessageEncoder.toBytes(names)).isEqualTo(reply);
        assertThat(replies.decode(java.nio.ByteBuffer.wrap(reply))).isEqualTo(names);
    }

    @Test
    void datasetListAndSelectionOfTheDocsEncodeAndDecode() throws Exception {
        byte[] list = hex("FF 18 00000004 00000007");
        byte[] listed = hex("FF 18 0000003C 00000007 00 0001 61 0001 61 0002"
                + " 0001 61 01 00000003 00000002 00000002 00000001 0000"
                + " 0001 62 03 00000000 00000000 00000000 00000000 0003 626164");
        DatasetReply.Datasets datasets = new DatasetReply.Datasets(7, "a", "a", List.of(
                new DatasetReply.DatasetEntry("a", DatasetReply.DatasetEntry.LOADED, 3, 2, 2, 1, ""),
                new DatasetReply.DatasetEntry("b", DatasetReply.DatasetEntry.FAILED, 0, 0, 0, 0, "bad")));
        byte[] select = hex("FF 19 00000007 00000008 0001 62");
        byte[] selected = hex("FF 19 00000005 00000008 00");

        assertThat(MessageEncoder.toBytes(new DatasetRequest.ListDatasets(7))).isEqualTo(list);
        assertThat(requests.decode(java.nio.ByteBuffer.wrap(list))).isEqualTo(new DatasetRequest.ListDatasets(7));
        assertThat(MessageEncoder.toBytes(datasets)).isEqualTo(listed);
        assertThat(replies.decode(java.nio.ByteBuffer.wrap(listed))).isEqualTo(datasets);
        assertThat(MessageEncoder.toBytes(new DatasetRequest.SelectDataset(8, "b"))).isEqualTo(select);
        assertThat(requests.decode(java.nio.ByteBuffer.wrap(select))).isEqualTo(new DatasetRequest.SelectDataset(8, "b"));
        assertThat(MessageEncoder.toBytes(new DatasetReply.DatasetSelected(8))).isEqualTo(selected);
        assertThat(replies.decode(java.nio.ByteBuffer.wrap(selected))).isEqualTo(new DatasetReply.DatasetSelected(8));
        assertThat(MessageEncoder.toBytes(new Reply.ExtensionError(Wire.SELECT_DATASET, 8, "bad")))
                .isEqualTo(hex("FF 19 0000000A 00000008 01 0003 626164"));
    }

    @Test
    void aDatasetListDeclaringMoreEntriesThanItsBytesIsRejectedBeforeAllocating() {
        java.nio.ByteBuffer in = java.nio.ByteBuffer.wrap(hex("FF 18 0000000B 00000001 00 0000 0000 FFFF"));

        assertThatThrownBy(() -> replies.decode(in)).isInstanceOf(ProtocolException.class)
                .hasMessageContaining("65535 datasets");
        assertThat(replies.largestAllocation()).isLessThan(64);
    }

    @Test
    void cameraNamesForMoreClipsThanTheLimitAreRejectedBeforeAllocating() {
        ReplyDecoder small = new ReplyDecoder(new CodecLimits(64, 1024, 8, 16, 8));
        java.nio.ByteBuffer in = java.nio.ByteBuffer.wrap(hex("FF 16 00000009 00000001 00 7FFFFFFF"));

        assertThatThrownBy(() -> small.decode(in)).isInstanceOf(ProtocolException.class)
                .hasMessage("camera names reply declares 2147483647 clips, more than the limit of 8");
        assertThat(small.largestAllocation()).isZero();
    }

    @Test
    void cameraNamesWhoseCountsDoNotFitTheBodyAreRejectedBeforeAllocating() {
        java.nio.ByteBuffer in = java.nio.ByteBuffer.wrap(hex("FF 16 0000000B 00000001 00 00000001 FFFF"));

        assertThatThrownBy(() -> replies.decode(in)).isInstanceOf(ProtocolException.class)
                .hasMessage("camera names reply ends before 65535 camera names of clip 0 (0 bytes left)");
        assertThat(replies.largestAllocation()).isLessThan(64);
    }

    @Test
    void cameraNameLongerThanTheLimitIsRejected() {
        ReplyDecoder small = new ReplyDecoder(new CodecLimits(64, 1024, 8, 4, 8));
        java.nio.ByteBuffer in = java.nio.ByteBuffer.wrap(
                hex("FF 16 00000012 00000001 00 00000001 0001 0005 66726F6E74"));

        assertThatThrownBy(() -> small.decode(in)).isInstanceOf(ProtocolException.class)
                .hasMessage("camera names reply declares a name of 5 bytes for camera 0 of clip 0,"
                        + " more than the limit of 4");
    }

    @Test
    void clipIdsAndTheirReplyOfTheDocsEncodeAndDecode() throws Exception {
        byte[] request = hex("FF 17 00000004 00000009");
        byte[] reply = hex("FF 17 00000022 00000009 00 00000002 000C 686967687761795F30343135 0009 636974795F30343136");
        ClipInfoReply.ClipIds ids = new ClipInfoReply.ClipIds(9, List.of("highway_0415", "city_0416"));

        assertThat(MessageEncoder.toBytes(new ClipInfoRequest.ClipIds(9))).isEqualTo(request);
        assertThat(requests.decode(java.nio.ByteBuffer.wrap(request))).isEqualTo(new ClipInfoRequest.ClipIds(9));
        assertThat(MessageEncoder.toBytes(ids)).isEqualTo(reply);
        assertThat(replies.decode(java.nio.ByteBuffer.wrap(reply))).isEqualTo(ids);
    }

    @Test
    void clipIdsForMoreClipsThanTheLimitOrTheBodyAreRejectedBeforeAllocating() {
        ReplyDecoder small = new ReplyDecoder(new CodecLimits(64, 1024, 8, 16, 8));

        assertThatThrownBy(() -> small.decode(java.nio.ByteBuffer.wrap(hex("FF 17 00000009 00000001 00 7FFFFFFF"))))
                .isInstanceOf(ProtocolException.class)
                .hasMessage("clip ids reply declares 2147483647 clips, more than the limit of 8");
        assertThatThrownBy(() -> small.decode(java.nio.ByteBuffer.wrap(hex("FF 17 00000009 00000001 00 00000003"))))
                .isInstanceOf(ProtocolException.class)
                .hasMessage("clip ids reply ends before 3 clip ids (0 bytes left)");
        assertThat(small.largestAllocation()).isZero();
    }

    @Test
    void clipIdLongerThanTheLimitIsRejected() {
        ReplyDecoder small = new ReplyDecoder(new CodecLimits(64, 1024, 8, 4, 8));
        java.nio.ByteBuffer in = java.nio.ByteBuffer.wrap(hex("FF 17 00000010 00000001 00 00000001 0005 636C697031"));

        assertThatThrownBy(() -> small.decode(in)).isInstanceOf(ProtocolException.class)
                .hasMessage("clip ids reply declares an id of 5 bytes for clip 0, more than the limit of 4");
    }

    private static byte[] hex(String spaced) {
        return HexFormat.of().parseHex(spaced.replace(" ", ""));
    }
}
