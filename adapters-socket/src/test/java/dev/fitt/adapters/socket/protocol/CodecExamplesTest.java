package dev.fitt.adapters.socket.protocol;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class CodecExamplesTest {
    private final RequestDecoder requests = new RequestDecoder(CodecLimits.defaults());
    private final ReplyDecoder replies = new ReplyDecoder(CodecLimits.defaults());

    @Test
    void originalClientConnectSequenceDecodesAsTagListLabelsClipList() throws Exception {
        ByteBuffer in = bytes(0xFF, 0x02, 0xFF, 0x06, 0xFF, 0x05);

        assertThat(requests.decode(in)).isEqualTo(new Request.TagList());
        assertThat(requests.decode(in)).isEqualTo(new Request.Labels());
        assertThat(requests.decode(in)).isEqualTo(new Request.ClipList());
        assertThat(requests.decode(in)).isNull();
    }

    @Test
    void changeRequestReadsFirstLastCountAndOnlyOneAsTrue() throws Exception {
        ByteBuffer in = bytes(0xFF, 0x03, 0, 0, 0, 5, 0, 0, 0, 7, 0, 0, 0, 3, 0x01, 0x00, 0x02);

        assertThat(requests.decode(in)).isEqualTo(new Request.Change(5, 7, List.of(true, false, false)));
    }

    @Test
    void imageRequestIndexIsBigEndian() throws Exception {
        assertThat(requests.decode(bytes(0xFF, 0x01, 0, 1, 0, 2))).isEqualTo(new Request.Image(65538));
        assertThat(MessageEncoder.toBytes(new Request.Image(65538))).containsExactly(0xFF, 0x01, 0, 1, 0, 2);
    }

    @Test
    void partialRequestIsLeftUnconsumed() throws Exception {
        ByteBuffer in = bytes(0xFF, 0x01, 0, 0);

        assertThat(requests.decode(in)).isNull();
        assertThat(in.position()).isZero();
    }

    @Test
    void garbageBeforeAMessageIsSkippedAndCounted() throws Exception {
        ByteBuffer in = bytes(0x00, 0x41, 0x7F, 0xFF, 0x04);

        assertThat(requests.decode(in)).isEqualTo(new Request.Save());
        assertThat(requests.skippedBytes()).isEqualTo(3);
    }

    @Test
    void unknownCommandIsReportedThenItsPayloadSkipped() throws Exception {
        ByteBuffer in = bytes(0xFF, 0x07, 0x01, 0x02, 0xFF, 0x02);

        assertThatThrownBy(() -> requests.decode(in)).isInstanceOf(UnknownCommandException.class)
                .hasMessage("unknown command byte 0x07");
        assertThat(requests.decode(in)).isEqualTo(new Request.TagList());
    }

    @Test
    void changeWithTooManyTagsIsRejectedBeforeItsValuesArrive() {
        RequestDecoder small = new RequestDecoder(new CodecLimits(10, 10, 4, 10, 10));
        ByteBuffer in = bytes(0xFF, 0x03, 0, 0, 0, 1, 0, 0, 0, 2, 0, 0, 0, 5);

        assertThatThrownBy(() -> small.decode(in)).isInstanceOf(ProtocolException.class)
                .hasMessage("change of rows 1..2 declares 5 tag values, more than the limit of 4");
        assertThat(small.largestAllocation()).isZero();
    }

    @Test
    void tagListReplyCarriesLengthPrefixedAliases() {
        byte[] encoded = MessageEncoder.toBytes(new Reply.TagList(List.of("Rain", "Ö")));

        assertThat(encoded).containsExactly(0xFF, 0x02, 0x00, 0, 0, 0, 2, 0, 0, 0, 4, 'R', 'a', 'i', 'n',
                0, 0, 0, 2, 0xC3, 0x96);
    }

    @Test
    void clipListReplyCarriesBeginEndCameras() {
        byte[] encoded = MessageEncoder.toBytes(new Reply.ClipList(List.of(new Reply.ClipEntry(0, 12, 3))));

        assertThat(encoded).containsExactly(0xFF, 0x05, 0x00, 0, 0, 0, 1, 0, 0, 0, 0, 0, 0, 0, 12, 0, 0, 0, 3);
    }

    @Test
    void imageErrorReplyHasIndexSizeAndMessage() {
        byte[] encoded = MessageEncoder.toBytes(new Reply.ImageError(9, "gone"));

        assertThat(encoded).containsExactly(0xFF, 0x01, 0x01, 0, 0, 0, 9, 0, 0, 0, 4, 'g', 'o', 'n', 'e');
    }

    @Test
    void longErrorMessagesAreCutBelow255BytesAtACharacterBoundary() {
        String message = "x" + "€".repeat(200); // 1 + 600 bytes; € is 3 bytes
        byte[] encoded = MessageEncoder.toBytes(Reply.Refused.because(Wire.SAVE, message));

        int length = ByteBuffer.wrap(encoded, 3, 4).getInt();
        assertThat(length).isEqualTo(1 + 3 * 84).isLessThan(255);
        assertThat(encoded.length).isEqualTo(7 + length);
        for (int i = 3; i < encoded.length; i++) {
            assertThat(encoded[i]).as("byte %d", i).isNotEqualTo((byte) 0xFF);
        }
    }

    @Test
    void bareSaveErrorOfTheOriginalServerIsReadWhenTheNextMessageFollows() throws Exception {
        ByteBuffer in = bytes(0xFF, 0x04, 0x01, 0xFF, 0x03, 0x00);

        assertThat(replies.decode(in)).isEqualTo(Reply.Refused.bare(Wire.SAVE));
        assertThat(replies.decode(in)).isEqualTo(new Reply.Done(Wire.CHANGE));
    }

    @Test
    void bareSaveErrorAloneWaitsUntilThePeerIsQuietThenCountsAsBare() throws Exception {
        ByteBuffer in = bytes(0xFF, 0x04, 0x01);

        assertThat(replies.decode(in)).isNull();
        assertThat(replies.decodeStalled(in)).isEqualTo(Reply.Refused.bare(Wire.SAVE));
    }

    @Test
    void honestSaveErrorCarriesItsMessage() throws Exception {
        ByteBuffer in = bytes(0xFF, 0x04, 0x01, 0, 0, 0, 4, 'f', 'u', 'l', 'l');

        assertThat(replies.decode(in)).isEqualTo(Reply.Refused.because(Wire.SAVE, "full"));
    }

    @Test
    void replyWithImageLargerThanTheLimitIsRejectedFromItsHeader() {
        ReplyDecoder small = new ReplyDecoder(new CodecLimits(100, 100, 4, 10, 10));
        ByteBuffer in = bytes(0xFF, 0x01, 0x00, 0, 0, 0, 1, 0x7F, 0xFF, 0xFF, 0xFF);

        assertThatThrownBy(() -> small.decode(in)).isInstanceOf(ProtocolException.class)
                .hasMessage("image reply for index 1 declares 2147483647 image bytes, more than the limit of 100");
        assertThat(small.largestAllocation()).isZero();
    }

    @Test
    void labelsReplyRoundTrips() throws Exception {
        byte[] csv = "tag_code_100\nTrue\n".getBytes(java.nio.charset.StandardCharsets.UTF_8);
        ByteBuffer in = ByteBuffer.wrap(MessageEncoder.toBytes(new Reply.Labels(csv)));

        assertThat(replies.decode(in)).isEqualTo(new Reply.Labels(csv));
    }

    @Test
    void refusedRecordKeepsMessagesToChangeAndSave() {
        assertThatThrownBy(() -> new Reply.Refused(Wire.LABELS, Optional.of("x")))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("a labels error carries no message");
    }

    static ByteBuffer bytes(int... values) {
        List<Byte> list = new ArrayList<>();
        for (int value : values) {
            list.add((byte) value);
        }
        byte[] array = new byte[list.size()];
        for (int i = 0; i < array.length; i++) {
            array[i] = list.get(i);
        }
        return ByteBuffer.wrap(array);
    }
}
