package dev.fitt.bootstrap.settings;

import java.nio.file.Path;

/**
 * Which image files the server may send.
 *
 * @param imageRoot              null = the data CSV's folder: only images under it are served
 * @param allowImagesOutsideRoot serve any regular file a row names (absolute, {@code ..}, symlinks out)
 */
public record ImageSettings(Path imageRoot, boolean allowImagesOutsideRoot) {

    /** Images only under the data CSV's folder. */
    public static ImageSettings underTheDataFolder() {
        return new ImageSettings(null, false);
    }

    ImageSettings resolvedAgainst(Path workingDirectory) {
        return new ImageSettings(SettingsChecks.resolve(workingDirectory, imageRoot), allowImagesOutsideRoot);
    }
}
