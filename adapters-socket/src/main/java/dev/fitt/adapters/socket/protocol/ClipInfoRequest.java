package dev.fitt.adapters.socket.protocol;

/**
 * What a client may ask about the dataset's clips beyond the v1 clip list ({@code 15}-{@code 17}):
 * labelled counts per tag and clip, camera names, clip ids. Their bytes: {@link ClipInfoCodec}.
 */
public sealed interface ClipInfoRequest extends Request.Identified {
    /** {@code FF 15 len req}: labelled counts per tag and clip. */
    record Stats(long id) implements ClipInfoRequest {
        public Stats {
            Fields.requestId(id);
        }

        @Override
        public byte command() {
            return Wire.STATS;
        }
    }

    /** {@code FF 16 len req}: the camera names of every clip. */
    record CameraNames(long id) implements ClipInfoRequest {
        public CameraNames {
            Fields.requestId(id);
        }

        @Override
        public byte command() {
            return Wire.CAMERA_NAMES;
        }
    }

    /** {@code FF 17 len req}: the id of every clip. */
    record ClipIds(long id) implements ClipInfoRequest {
        public ClipIds {
            Fields.requestId(id);
        }

        @Override
        public byte command() {
            return Wire.CLIP_IDS;
        }
    }
}
