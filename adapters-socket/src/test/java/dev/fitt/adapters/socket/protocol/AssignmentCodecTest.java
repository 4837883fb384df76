package dev.fitt.adapters.socket.protocol;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.fitt.domain.AnnotatorAssignment;
import dev.fitt.domain.AssignedClips;
import dev.fitt.domain.ClipSelection;
import dev.fitt.domain.DatasetAssignments;
import java.nio.ByteBuffer;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Clip assignments as bytes: my assigned clips (1F) and the admin's assign, unassign, assignments (25-27). */
class AssignmentCodecTest {
    private final RequestDecoder requests = new RequestDecoder(CodecLimits.defaults());
    private final ReplyDecoder replies = new ReplyDecoder(CodecLimits.defaults());

    private static byte[] hex(String spaced) {
        return HexFormat.of().parseHex(spaced.replace(" ", ""));
    }

    private static ClipSelection numbers(String text) {
        return new ClipSelection(ClipSelection.parseNumbers(text), List.of());
    }

    @Test
    void myClipsAreRangesOfZeroBasedClipIndices() throws Exception {
        byte[] ask = hex("FF 1F 00000004 00000007");
        assertThat(MessageEncoder.toBytes(new TeamRequest.MyClips(7))).isEqualTo(ask);
        assertThat(requests.decode(ByteBuffer.wrap(ask))).isEqualTo(new TeamRequest.MyClips(7));

        byte[] mine = hex("FF 1F 0000001A 00000007 00 01 00000002 00000000 00000001 00000004 00000004");
        Reply reply = new TeamReply.MyClips(7, new AssignedClips(true, List.of(0, 1, 4)));
        assertThat(MessageEncoder.toBytes(reply)).isEqualTo(mine);
        assertThat(replies.decode(ByteBuffer.wrap(mine))).isEqualTo(reply);

        byte[] none = hex("FF 1F 0000000A 00000007 00 00 00000000");
        assertThat(MessageEncoder.toBytes(new TeamReply.MyClips(7, AssignedClips.NONE))).isEqualTo(none);
        Reply error = new Reply.ExtensionError(Wire.MY_CLIPS, 7, "cannot read the assignments");
        assertThat(replies.decode(ByteBuffer.wrap(MessageEncoder.toBytes(error)))).isEqualTo(error);
    }

    @Test
    void anAssignSendsTheClipNumbersZeroBasedAndTheIds() throws Exception {
        AdminRequest.AdminAssign assign = new AdminRequest.AdminAssign(3, "", "ana", false, numbers("1-2,5"));
        byte[] bytes = hex("FF 25 00000024 00000003 0000 0003 616E61 00 00000002 00000000 00000001 00000004 00000004"
                + " 00000000");
        assertThat(MessageEncoder.toBytes(assign)).isEqualTo(bytes);
        assertThat(requests.decode(ByteBuffer.wrap(bytes))).isEqualTo(assign);

        Request byId = new AdminRequest.AdminAssign(4, "day1", "Bo Li", true,
                new ClipSelection(List.of(), List.of("walk_0042", "città")));
        assertThat(requests.decode(ByteBuffer.wrap(MessageEncoder.toBytes(byId)))).isEqualTo(byId);
        Reply done = new AdminReply.AdminDone(Wire.ADMIN_ASSIGN, 3, Wire.REFUSED, "clip 2 is assigned to ana");
        assertThat(replies.decode(ByteBuffer.wrap(MessageEncoder.toBytes(done)))).isEqualTo(done);
    }

    @Test
    void anUnassignOfEveryClipSaysAllAndNamesNone() throws Exception {
        Request all = new AdminRequest.AdminUnassign(5, "", "ana", Optional.empty());
        byte[] bytes = hex("FF 26 00000014 00000005 0000 0003 616E61 01 00000000 00000000");
        assertThat(MessageEncoder.toBytes(all)).isEqualTo(bytes);
        assertThat(requests.decode(ByteBuffer.wrap(bytes))).isEqualTo(all);
        Request some = new AdminRequest.AdminUnassign(6, "", "ana", Optional.of(numbers("3")));
        assertThat(requests.decode(ByteBuffer.wrap(MessageEncoder.toBytes(some)))).isEqualTo(some);
    }

    @Test
    void theAssignmentsListNamesTheDatasetAndEachAnnotatorsClipsAndProgress() throws Exception {
        Request ask = new AdminRequest.AdminAssignments(8, "day1");
        assertThat(requests.decode(ByteBuffer.wrap(MessageEncoder.toBytes(ask)))).isEqualTo(ask);
        Reply list = new AdminReply.AdminAssignmentList(8, "day1", new DatasetAssignments(40, List.of(
                new AnnotatorAssignment("ana", List.of(0, 1, 2, 9), 120, 30),
                new AnnotatorAssignment("bo", List.of(), 0, 0))));
        assertThat(replies.decode(ByteBuffer.wrap(MessageEncoder.toBytes(list)))).isEqualTo(list);
        Reply error = new AdminReply.AdminDone(Wire.ADMIN_ASSIGNMENTS, 8, Wire.ERROR, "no dataset named \"x\"");
        assertThat(replies.decode(ByteBuffer.wrap(MessageEncoder.toBytes(error)))).isEqualTo(error);
    }

    @Test
    void rangesOutOfOrderOrOverlappingAreMalformedInAReply() {
        assertThatThrownBy(() -> replies.decode(ByteBuffer.wrap(hex(
                "FF 1F 0000001A 00000007 00 01 00000002 00000004 00000004 00000000 00000001"))))
                .isInstanceOf(ProtocolException.class).hasMessageContaining("ascending");
        assertThatThrownBy(() -> replies.decode(ByteBuffer.wrap(hex(
                "FF 1F 0000001A 00000007 00 01 00000002 00000000 00000002 00000003 00000004"))))
                .isInstanceOf(ProtocolException.class).hasMessageContaining("ascending");
        assertThatThrownBy(() -> replies.decode(ByteBuffer.wrap(hex(
                "FF 1F 00000012 00000007 00 01 00000001 00000003 00000002"))))
                .isInstanceOf(ProtocolException.class).hasMessageContaining("first");
    }

    @Test
    void flagsAndRangesThatCannotBeAreMalformed() {
        assertThatThrownBy(() -> replies.decode(ByteBuffer.wrap(hex("FF 1F 0000000A 00000007 00 02 00000000"))))
                .isInstanceOf(ProtocolException.class).hasMessageContaining("0x02");
        assertThatThrownBy(() -> replies.decode(ByteBuffer.wrap(hex(
                "FF 1F 00000012 00000007 00 00 00000001 00000000 00000000"))))
                .isInstanceOf(ProtocolException.class).hasMessageContaining("without assignments");
        assertThatThrownBy(() -> requests.decode(ByteBuffer.wrap(hex(
                "FF 25 0000001B 00000003 0000 0003 616E61 00 00000001 00000005 00000002 00000000"))))
                .isInstanceOf(ProtocolException.class).hasMessageContaining("first");
        assertThatThrownBy(() -> requests.decode(ByteBuffer.wrap(hex(
                "FF 25 0000001B 00000003 0000 0003 616E61 00 00000001 00000000 7FFFFFFF 00000000"))))
                .isInstanceOf(ProtocolException.class).hasMessageContaining("clip");
        assertThatThrownBy(() -> requests.decode(ByteBuffer.wrap(hex(
                "FF 26 0000001C 00000005 0000 0003 616E61 01 00000001 00000000 00000000 00000000"))))
                .isInstanceOf(ProtocolException.class).hasMessageContaining("all");
        assertThatThrownBy(() -> requests.decode(ByteBuffer.wrap(hex(
                "FF 25 00000014 00000003 0000 0003 616E61 00 00000000 00000001"))))
                .isInstanceOf(ProtocolException.class);
    }

    @Test
    void countsThatCannotFitTheBytesLeftAreRefusedBeforeAllocating() {
        assertThatThrownBy(() -> replies.decode(ByteBuffer.wrap(hex("FF 1F 0000000A 00000007 00 01 7FFFFFFF"))))
                .isInstanceOf(ProtocolException.class).hasMessageContaining("ranges");
        assertThatThrownBy(() -> requests.decode(ByteBuffer.wrap(hex(
                "FF 25 00000014 00000003 0000 0003 616E61 00 00000000 7FFFFFFF"))))
                .isInstanceOf(ProtocolException.class).hasMessageContaining("clip ids");
        assertThatThrownBy(() -> replies.decode(ByteBuffer.wrap(hex("FF 27 0000000D 00000008 00 0000 00000028 7FFF"))))
                .isInstanceOf(ProtocolException.class).hasMessageContaining("annotators");
    }

    @Test
    void aReplyWithMoreClipsThanTheReadersLimitIsRefused() {
        ReplyDecoder small = new ReplyDecoder(new CodecLimits(1024, 1024, 16, 64, 10));
        byte[] many = MessageEncoder.toBytes(new TeamReply.MyClips(7, new AssignedClips(true,
                java.util.stream.IntStream.range(0, 11).boxed().toList())));
        assertThatThrownBy(() -> small.decode(ByteBuffer.wrap(many))).isInstanceOf(ProtocolException.class)
                .hasMessageContaining("limit");
    }
}
