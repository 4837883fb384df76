package dev.fitt.client.port.out;

/**
 * What a tagging server offers beyond protocol v1: live changes by others, edits that detect
 * conflicts (versioned), label statistics, the camera names of each clip, and each clip's id. A
 * v1 server (the original) offers none.
 */
public record ServerCapabilities(boolean liveChanges, boolean versionedEdits, boolean stats, boolean cameraNames,
        boolean clipIds) {
    public static final ServerCapabilities V1_ONLY = new ServerCapabilities(false, false, false, false, false);
    public static final ServerCapabilities ALL = new ServerCapabilities(true, true, true, true, true);
}
