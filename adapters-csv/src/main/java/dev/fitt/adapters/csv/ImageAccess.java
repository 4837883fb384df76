package dev.fitt.adapters.csv;

import java.nio.file.Path;

/**
 * Which files the image source may serve: regular files whose real path (symlinks and {@code ..}
 * resolved) lies under {@code root}, or anywhere when {@code outsideRootAllowed}. Without such a
 * fence a data CSV (or whoever wrote it) could name any file the server can read, e.g. the
 * settings file holding the access token.
 *
 * @param root null = the data CSV's folder
 */
public record ImageAccess(Path root, boolean outsideRootAllowed) {
    /** The default: images in the data CSV's folder and below. */
    public static ImageAccess underDataFolder() {
        return new ImageAccess(null, false);
    }

    /** Any regular file the process can read, e.g. for a local tool with no network clients. */
    public static ImageAccess anywhere() {
        return new ImageAccess(null, true);
    }
}
