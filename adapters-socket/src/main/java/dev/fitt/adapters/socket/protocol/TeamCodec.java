package dev.fitt.adapters.socket.protocol;

import dev.fitt.domain.AnnotatorStats;
import dev.fitt.domain.AssignedClips;
import dev.fitt.domain.HourlyActivity;
import dev.fitt.domain.RowProvenance;
import java.nio.ByteBuffer;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** The bytes of {@link TeamRequest} and {@link TeamReply} ({@code 1A}-{@code 1F}, {@code 28}), sized exactly up front. */
final class TeamCodec implements ExtensionFamily {
    /** The smallest row of a provenance reply: two empty names, a time and a review byte. */
    private static final int PROVENANCE_ROW_BYTES = 2 + 8 + 2 + 1;
    /** The smallest annotator of an annotator stats reply: an empty name and the counts. */
    private static final int ANNOTATOR_BYTES = 2 + 4 + 8 + 4 + 4 + 4 + 4 + 4 + 8;
    /** One annotator of an hourly activity reply: an empty name and a count per hour. */
    private static final int ANNOTATOR_HOURS_BYTES = 2 + 4 * HourlyActivity.HOURS;

    @Override
    public boolean carries(byte command) {
        return command >= Wire.IDENTIFY && command <= Wire.MY_CLIPS || command == Wire.HOURLY_ACTIVITY;
    }

    @Override
    public boolean answersWithExtensionError(byte command) {
        return command == Wire.IDENTIFY || command == Wire.PROVENANCE || command == Wire.ANNOTATOR_STATS
                || command == Wire.MY_CLIPS || command == Wire.HOURLY_ACTIVITY;
    }

    @Override
    public Request request(byte command, ExtensionBody body) throws ProtocolException {
        return switch (command) {
            case Wire.IDENTIFY -> new TeamRequest.Identify(body.u32(), body.string());
            case Wire.REVIEW -> review(body);
            case Wire.PROVENANCE -> new TeamRequest.Provenance(body.u32(), body.u32(), body.u32());
            case Wire.ANNOTATOR_STATS -> new TeamRequest.AnnotatorStats(body.u32());
            case Wire.MY_CLIPS -> new TeamRequest.MyClips(body.u32());
            case Wire.HOURLY_ACTIVITY -> new TeamRequest.HourlyActivity(body.u32());
            default -> throw ExtensionDecoder.sentByServersOnly(command);
        };
    }

    private static Request review(ExtensionBody body) throws ProtocolException {
        long id = body.u32();
        long basis = body.basis();
        long first = body.u32();
        long last = body.u32();
        int verdict = body.u8();
        if (verdict != TeamRequest.Review.ACCEPT && verdict != TeamRequest.Review.CORRECT) {
            throw new ProtocolException(String.format("review request has verdict 0x%02X, expected 01 or 02", verdict));
        }
        return new TeamRequest.Review(id, basis, first, last, verdict == TeamRequest.Review.ACCEPT, body.values());
    }

    @Override
    public Reply reply(byte command, ExtensionBody body, CodecLimits limits) throws ProtocolException {
        if (command == Wire.PUSHED_BY) {
            return new TeamReply.PushedBy(body.u64(), body.u32(), body.u32(), body.values(),
                    ExtensionDecoder.name(body, limits, "annotator"));
        }
        long id = body.u32();
        byte status = (byte) body.u8();
        if (command == Wire.REVIEW) {
            ExtensionDecoder.outcome(status, "review reply");
            return new TeamReply.ReviewOutcome(id, status, body.u64(), body.string());
        }
        Reply failed = ExtensionDecoder.failure(command, id, status, body);
        if (failed != null) {
            return failed;
        }
        return switch (command) {
            case Wire.IDENTIFY -> new TeamReply.Identity(id);
            case Wire.PROVENANCE -> provenance(id, body, limits);
            case Wire.MY_CLIPS -> myClips(id, body, limits);
            case Wire.HOURLY_ACTIVITY -> hourlyActivity(id, body, limits);
            default -> annotatorStats(id, body, limits);
        };
    }

    private static Reply myClips(long id, ExtensionBody body, CodecLimits limits) throws ProtocolException {
        int flag = body.u8();
        if (flag > 1) {
            throw new ProtocolException(String.format("my assigned clips reply has flag 0x%02X, expected 00 or 01", flag));
        }
        List<Integer> clips = ClipRanges.read(body, limits.maxClipCount(), "my assigned clips reply");
        if (flag == 0 && !clips.isEmpty()) {
            throw new ProtocolException("my assigned clips reply holds clips on a dataset without assignments");
        }
        return new TeamReply.MyClips(id, new AssignedClips(flag == 1, clips));
    }

    private static Reply provenance(long id, ExtensionBody body, CodecLimits limits) throws ProtocolException {
        long rows = body.u32();
        body.need(rows * PROVENANCE_ROW_BYTES, rows + " rows of provenance");
        List<RowProvenance> list = new ArrayList<>((int) rows);
        for (long row = 0; row < rows; row++) {
            String by = ExtensionDecoder.name(body, limits, "labelled by");
            long at = body.u64();
            String reviewer = ExtensionDecoder.name(body, limits, "reviewed by");
            int review = body.u8();
            if (review > 2) {
                throw new ProtocolException(String.format("provenance reply has review 0x%02X at row %d, expected"
                        + " 00, 01 or 02", review, row));
            }
            list.add(new RowProvenance(by, Instant.ofEpochMilli(at), reviewer,
                    dev.fitt.domain.Review.values()[review]));
        }
        return new TeamReply.Provenance(id, list);
    }

    private static Reply annotatorStats(long id, ExtensionBody body, CodecLimits limits) throws ProtocolException {
        int count = body.u16();
        body.need((long) count * ANNOTATOR_BYTES, count + " annotators");
        List<AnnotatorStats> list = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            String name = ExtensionDecoder.name(body, limits, "annotator");
            list.add(new AnnotatorStats(name, count32(body), body.u64(), count32(body), count32(body),
                    count32(body), count32(body), count32(body), Instant.ofEpochMilli(body.u64())));
        }
        return new TeamReply.AnnotatorStats(id, list);
    }

    private static Reply hourlyActivity(long id, ExtensionBody body, CodecLimits limits) throws ProtocolException {
        long until = body.u64();
        int reviewed = count32(body);
        int count = body.u16();
        body.need((long) count * ANNOTATOR_HOURS_BYTES, count + " annotators' hours");
        List<HourlyActivity.AnnotatorHours> list = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            String name = ExtensionDecoder.name(body, limits, "annotator");
            List<Integer> hours = new ArrayList<>(HourlyActivity.HOURS);
            for (int hour = 0; hour < HourlyActivity.HOURS; hour++) {
                hours.add(count32(body));
            }
            list.add(new HourlyActivity.AnnotatorHours(name, hours));
        }
        return new TeamReply.HourlyActivity(id, new HourlyActivity(Instant.ofEpochMilli(until), reviewed, list));
    }

    private static int count32(ExtensionBody body) throws ProtocolException {
        long value = body.u32();
        if (value > Integer.MAX_VALUE) {
            throw new ProtocolException("team reply holds a count of " + value + " frames, more than any"
                    + " dataset has");
        }
        return (int) value;
    }

    @Override
    public ByteBuffer encode(Request request) {
        if (request instanceof TeamRequest.Identify identify) {
            return ExtensionEncoder.idAndString(Wire.IDENTIFY, identify.id(), identify.name());
        }
        if (request instanceof TeamRequest.Review review) {
            ByteBuffer out = ExtensionEncoder.header(Wire.REVIEW, 4 + 8 + 4 + 4 + 1 + 2 + review.values().size())
                    .putInt((int) review.id()).putLong(review.basis())
                    .putInt((int) review.first()).putInt((int) review.last())
                    .put((byte) (review.accepted() ? TeamRequest.Review.ACCEPT : TeamRequest.Review.CORRECT));
            return ExtensionEncoder.codes(out, review.values()).flip();
        }
        if (request instanceof TeamRequest.Provenance provenance) {
            return ExtensionEncoder.header(Wire.PROVENANCE, 12).putInt((int) provenance.id())
                    .putInt((int) provenance.first()).putInt((int) provenance.last()).flip();
        }
        return ExtensionEncoder.idOnly((TeamRequest) request);
    }

    @Override
    public ByteBuffer encode(Reply reply) {
        if (reply instanceof TeamReply.Identity identity) {
            return ExtensionEncoder.done(Wire.IDENTIFY, identity.id());
        }
        if (reply instanceof TeamReply.PushedBy pushed) {
            byte[] name = Utf8.encode(pushed.annotator());
            ByteBuffer out = ExtensionEncoder.header(Wire.PUSHED_BY,
                    8 + 4 + 4 + 2 + pushed.values().size() + 2 + name.length)
                    .putLong(pushed.version()).putInt((int) pushed.first()).putInt((int) pushed.last());
            return ExtensionEncoder.codes(out, pushed.values()).putShort((short) name.length).put(name).flip();
        }
        if (reply instanceof TeamReply.ReviewOutcome outcome) {
            return ExtensionEncoder.outcome(Wire.REVIEW, outcome.id(), outcome.status(), outcome.version(),
                    outcome.message());
        }
        if (reply instanceof TeamReply.Provenance provenance) {
            return provenance(provenance);
        }
        if (reply instanceof TeamReply.AnnotatorStats stats) {
            return annotatorStats(stats);
        }
        if (reply instanceof TeamReply.MyClips mine) {
            List<int[]> runs = ClipRanges.runs(mine.clips().clips());
            ByteBuffer out = ExtensionEncoder.header(Wire.MY_CLIPS, 4 + 1 + 1 + 4 + ClipRanges.RANGE_BYTES * runs.size())
                    .putInt((int) mine.id()).put(Wire.OK).put((byte) (mine.clips().datasetHasAssignments() ? 1 : 0));
            return ClipRanges.put(out, runs).flip();
        }
        if (reply instanceof TeamReply.HourlyActivity activity) {
            return hourlyActivity(activity);
        }
        throw new IllegalArgumentException("no team encoding for " + reply);
    }

    private static ByteBuffer provenance(TeamReply.Provenance reply) {
        List<byte[]> names = new ArrayList<>(2 * reply.rows().size());
        long size = 4 + 1 + 4;
        for (RowProvenance row : reply.rows()) {
            byte[] by = Utf8.encode(row.labelledBy());
            byte[] reviewer = Utf8.encode(row.reviewedBy());
            names.add(by);
            names.add(reviewer);
            size += 2 + by.length + 8 + 2 + reviewer.length + 1;
        }
        ByteBuffer out = ExtensionEncoder.header(Wire.PROVENANCE, Math.toIntExact(size)).putInt((int) reply.id())
                .put(Wire.OK).putInt(reply.rows().size());
        for (int i = 0; i < reply.rows().size(); i++) {
            RowProvenance row = reply.rows().get(i);
            byte[] by = names.get(2 * i);
            byte[] reviewer = names.get(2 * i + 1);
            out.putShort((short) by.length).put(by).putLong(row.labelledAt().toEpochMilli())
                    .putShort((short) reviewer.length).put(reviewer).put((byte) row.review().ordinal());
        }
        return out.flip();
    }

    private static ByteBuffer annotatorStats(TeamReply.AnnotatorStats reply) {
        List<byte[]> names = reply.annotators().stream().map(a -> Utf8.encode(a.annotator())).toList();
        long size = 4 + 1 + 2;
        for (byte[] name : names) {
            size += 2 + name.length + 4 + 8 + 4 + 4 + 4 + 4 + 4 + 8;
        }
        ByteBuffer out = ExtensionEncoder.header(Wire.ANNOTATOR_STATS, Math.toIntExact(size))
                .putInt((int) reply.id()).put(Wire.OK).putShort((short) names.size());
        for (int i = 0; i < names.size(); i++) {
            AnnotatorStats a = reply.annotators().get(i);
            out.putShort((short) names.get(i).length).put(names.get(i)).putInt(a.frames()).putLong(a.changes())
                    .putInt(a.framesLastHour()).putInt(a.framesLastDay()).putInt(a.reviewedFrames())
                    .putInt(a.correctedFrames()).putInt(a.reviews()).putLong(a.lastActive().toEpochMilli());
        }
        return out.flip();
    }

    private static ByteBuffer hourlyActivity(TeamReply.HourlyActivity reply) {
        List<HourlyActivity.AnnotatorHours> annotators = reply.activity().annotators();
        List<byte[]> names = annotators.stream().map(a -> Utf8.encode(a.annotator())).toList();
        long size = 4 + 1 + 8 + 4 + 2;
        for (byte[] name : names) {
            size += name.length + ANNOTATOR_HOURS_BYTES;
        }
        ByteBuffer out = ExtensionEncoder.header(Wire.HOURLY_ACTIVITY, Math.toIntExact(size))
                .putInt((int) reply.id()).put(Wire.OK).putLong(reply.activity().until().toEpochMilli())
                .putInt(reply.activity().reviewedFrames()).putShort((short) names.size());
        for (int i = 0; i < names.size(); i++) {
            out.putShort((short) names.get(i).length).put(names.get(i));
            for (int frames : annotators.get(i).framesPerHour()) {
                out.putInt(frames);
            }
        }
        return out.flip();
    }
}
