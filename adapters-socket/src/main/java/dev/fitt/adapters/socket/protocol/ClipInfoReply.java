package dev.fitt.adapters.socket.protocol;

import java.util.List;
import java.util.Objects;

/**
 * What a server tells about the dataset's clips beyond the v1 clip list ({@code 15}-{@code 17}):
 * labelled counts per tag and clip, camera names, clip ids. Their bytes: {@link ClipInfoCodec}.
 */
public sealed interface ClipInfoReply extends Reply {
    /** {@code FF 15 len req 00 rows labelledRows tags trueCounts clips labelledRowsPerClip}. */
    record Stats(long id, long rows, long labelledRows, List<Long> trueCounts, List<Long> labelledRowsPerClip)
            implements ClipInfoReply, Reply.Identified {
        public Stats {
            Fields.requestId(id);
            Fields.u32(rows, "row count");
            Fields.u32(labelledRows, "labelled row count");
            trueCounts = List.copyOf(Objects.requireNonNull(trueCounts, "trueCounts"));
            labelledRowsPerClip = List.copyOf(Objects.requireNonNull(labelledRowsPerClip, "labelledRowsPerClip"));
            Fields.u16(trueCounts.size(), "tag count");
            trueCounts.forEach(count -> Fields.u32(count, "true count"));
            labelledRowsPerClip.forEach(count -> Fields.u32(count, "labelled rows of a clip"));
        }

        @Override
        public byte command() {
            return Wire.STATS;
        }
    }

    /**
     * {@code FF 16 len req 00 clips (count (len name)...)...}: per clip (in clip order) the names of
     * its cameras in frame order.
     */
    record CameraNames(long id, List<List<String>> names) implements ClipInfoReply, Reply.Identified {
        public CameraNames {
            Fields.requestId(id);
            names = Objects.requireNonNull(names, "names").stream().map(List::copyOf).toList();
            Fields.u32(names.size(), "clip count");
            for (List<String> clip : names) {
                Fields.u16(clip.size(), "camera count of a clip");
                clip.forEach(name -> Fields.string(name, "camera name"));
            }
        }

        @Override
        public byte command() {
            return Wire.CAMERA_NAMES;
        }
    }

    /** {@code FF 17 len req 00 clips (len id)...}: each clip's {@code clip_id}, in clip order. */
    record ClipIds(long id, List<String> ids) implements ClipInfoReply, Reply.Identified {
        public ClipIds {
            Fields.requestId(id);
            ids = List.copyOf(Objects.requireNonNull(ids, "ids"));
            Fields.u32(ids.size(), "clip count");
            ids.forEach(clipId -> Fields.string(clipId, "clip id"));
        }

        @Override
        public byte command() {
            return Wire.CLIP_IDS;
        }
    }
}
