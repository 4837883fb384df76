package dev.fitt.adapters.socket.protocol;

import java.nio.ByteBuffer;
import java.util.Objects;

/** The fixed bytes of protocol v1 (see PROTOCOL.md) and the few reading helpers both decoders share. */
public final class Wire {
    public static final byte MARK = (byte) 0xFF;

    static final byte IMAGE = 0x01;
    public static final byte TAG_LIST = 0x02;
    public static final byte CHANGE = 0x03;
    public static final byte SAVE = 0x04;
    static final byte CLIP_LIST = 0x05;
    static final byte LABELS = 0x06;

    /** Extension commands (docs/PROTOCOL-EXTENSIONS.md): {@code FF cmd len:u32 body}. */
    public static final byte HELLO = 0x10;
    static final byte VERSIONED_LABELS = 0x11;
    public static final byte VERSIONED_CHANGE = 0x12;
    public static final byte SUBSCRIBE = 0x13;
    static final byte PUSHED = 0x14;
    static final byte STATS = 0x15;
    public static final byte CAMERA_NAMES = 0x16;
    public static final byte CLIP_IDS = 0x17;
    public static final byte LIST_DATASETS = 0x18;
    public static final byte SELECT_DATASET = 0x19;
    /** Team work (issue 15): who is editing, pushes naming them, review, provenance, per-annotator stats. */
    public static final byte IDENTIFY = 0x1A;
    static final byte PUSHED_BY = 0x1B;
    public static final byte REVIEW = 0x1C;
    public static final byte PROVENANCE = 0x1D;
    public static final byte ANNOTATOR_STATS = 0x1E;
    /** The clips assigned to the connection's annotator (team work, issue 15). */
    public static final byte MY_CLIPS = 0x1F;
    /** Team work too (capability {@link #TEAM_CAPABILITY}): frames per hour over the last day, per annotator. */
    public static final byte HOURLY_ACTIVITY = 0x28;
    /** Administration (capability {@link #ADMIN_CAPABILITY}): authorise, settings, set, save, stats. */
    public static final byte ADMIN_AUTHORISE = 0x20;
    public static final byte ADMIN_SETTINGS = 0x21;
    public static final byte ADMIN_SET = 0x22;
    public static final byte ADMIN_SAVE = 0x23;
    public static final byte ADMIN_STATS = 0x24;
    /** Clip assignments, by an administrator: assign, unassign, list. */
    public static final byte ADMIN_ASSIGN = 0x25;
    public static final byte ADMIN_UNASSIGN = 0x26;
    public static final byte ADMIN_ASSIGNMENTS = 0x27;
    /** Marker, command and body length of an extension message. */
    static final int EXTENSION_HEADER = 6;

    public static final byte OK = 0x00;
    public static final byte ERROR = 0x01;
    /** Extension statuses: a versioned change based on stale rows; a refused hello. */
    public static final byte CONFLICT = 0x02;
    public static final byte REFUSED = 0x03;

    /** The extension protocol version this side speaks, and the capability bits it knows. */
    public static final int EXTENSION_VERSION = 1;
    public static final long LIVE_CHANGES = 1;
    public static final long VERSIONED_EDITS = 2;
    public static final long STATS_CAPABILITY = 4;
    public static final long CAMERA_NAMES_CAPABILITY = 8;
    public static final long CLIP_IDS_CAPABILITY = 16;
    public static final long DATASETS_CAPABILITY = 32;
    /** Identify, pushes naming the annotator ({@code 1B} instead of {@code 14}), review, provenance, annotator stats. */
    public static final long TEAM_CAPABILITY = 64;
    public static final long ALL_CAPABILITIES = LIVE_CHANGES | VERSIONED_EDITS | STATS_CAPABILITY | CAMERA_NAMES_CAPABILITY
            | CLIP_IDS_CAPABILITY | DATASETS_CAPABILITY | TEAM_CAPABILITY;
    /**
     * Administration: asked for only by an administrator's client ({@code fitt admin}, the Server
     * tab), not in {@link #ALL_CAPABILITIES}, so a tagging client's hello stays as it was.
     */
    public static final long ADMIN_CAPABILITY = 128;

    /** A change request's value byte for true; every other byte means false. */
    static final byte TRUE = 0x01;
    static final byte FALSE = 0x00;

    /**
     * Error messages stay below 255 bytes so that no byte of their u32 length is 0xFF: the original
     * client reads only the status byte and must be able to skip the rest as non-message bytes.
     */
    static final int MAX_MESSAGE_BYTES = 254;

    public static final long MAX_U32 = 0xFFFF_FFFFL;

    private Wire() {
    }

    static long checkU32(long value, String field) {
        if (value < 0 || value > MAX_U32) {
            throw new IllegalArgumentException(field + " " + value + " does not fit an unsigned 32-bit field");
        }
        return value;
    }

    static int checkU16(int value, String field) {
        if (value < 0 || value > 0xFFFF) {
            throw new IllegalArgumentException(field + " " + value + " does not fit an unsigned 16-bit field");
        }
        return value;
    }

    /** u64 fields (versions) are held in a long; they never reach 2^63. */
    static long checkU64(long value, String field) {
        if (value < 0) {
            throw new IllegalArgumentException(field + " " + value + " is negative");
        }
        return value;
    }

    /** Extension strings carry a u16 length: at most 65535 UTF-8 bytes. */
    static String checkString(String value, String field) {
        Objects.requireNonNull(value, field);
        checkU16(Utf8.encode(value).length, field + " length in bytes");
        return value;
    }

    /** Reads a big-endian u32 at an absolute position, whatever byte order the buffer is set to. */
    static long u32(ByteBuffer in, int at) {
        return ((in.get(at) & 0xFFL) << 24) | ((in.get(at + 1) & 0xFFL) << 16)
                | ((in.get(at + 2) & 0xFFL) << 8) | (in.get(at + 3) & 0xFFL);
    }

    /** Drops every byte that cannot start a message (the framing rule) and says how many it dropped. */
    static int skipToMarker(ByteBuffer in) {
        int position = in.position();
        int limit = in.limit();
        int start = position;
        while (position < limit && in.get(position) != MARK) {
            position++;
        }
        in.position(position);
        return position - start;
    }

    /** The hello, or a command of an extension family ({@link ExtensionFamilies}). */
    static boolean isExtension(byte command) {
        return command == HELLO || ExtensionFamilies.of(command) != null;
    }

    /** True for the administration commands ({@code 20}-{@code 27}). */
    public static boolean isAdminCommand(byte command) {
        return isAdmin(command);
    }

    static boolean isAdmin(byte command) {
        return command >= ADMIN_AUTHORISE && command <= ADMIN_ASSIGNMENTS;
    }

    public static String commandName(byte command) {
        switch (command) {
            case IMAGE: return "image";
            case TAG_LIST: return "tag list";
            case CHANGE: return "change";
            case SAVE: return "save";
            case CLIP_LIST: return "clip list";
            case LABELS: return "labels";
            case HELLO: return "hello";
            case VERSIONED_LABELS: return "versioned labels";
            case VERSIONED_CHANGE: return "versioned change";
            case SUBSCRIBE: return "subscribe";
            case PUSHED: return "pushed change";
            case STATS: return "stats";
            case CAMERA_NAMES: return "camera names";
            case CLIP_IDS: return "clip ids";
            case LIST_DATASETS: return "list datasets";
            case SELECT_DATASET: return "select dataset";
            case IDENTIFY: return "identify";
            case PUSHED_BY: return "pushed change by";
            case REVIEW: return "review";
            case PROVENANCE: return "provenance";
            case ANNOTATOR_STATS: return "annotator stats";
            case MY_CLIPS: return "my assigned clips";
            case HOURLY_ACTIVITY: return "hourly activity";
            case ADMIN_AUTHORISE: return "admin authorise";
            case ADMIN_SETTINGS: return "admin settings";
            case ADMIN_SET: return "admin set";
            case ADMIN_SAVE: return "admin save";
            case ADMIN_STATS: return "admin stats";
            case ADMIN_ASSIGN: return "admin assign";
            case ADMIN_UNASSIGN: return "admin unassign";
            case ADMIN_ASSIGNMENTS: return "admin assignments";
            default: return String.format("unknown command 0x%02X", command & 0xFF);
        }
    }
}
