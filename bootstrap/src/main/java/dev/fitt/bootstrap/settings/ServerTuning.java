package dev.fitt.bootstrap.settings;

import java.nio.file.Path;
import java.util.Objects;

/**
 * What fitt adds to the original server settings, one value per concern: when it saves, the limits
 * that protect it from hostile or broken clients, access control, and which images it serves.
 * Every field has a safe default, so the seed's server_setting.json works unchanged.
 */
public record ServerTuning(SaveTuning saving, ConnectionLimits limits, AccessSettings access, ImageSettings images) {

    public ServerTuning {
        Objects.requireNonNull(saving, "saving");
        Objects.requireNonNull(limits, "limits");
        Objects.requireNonNull(access, "access");
        Objects.requireNonNull(images, "images");
    }

    public static ServerTuning defaults() {
        return new ServerTuning(SaveTuning.defaults(), ConnectionLimits.defaults(), AccessSettings.none(),
                ImageSettings.underTheDataFolder());
    }

    public ServerTuning withSaving(SaveTuning newSaving) {
        return new ServerTuning(newSaving, limits, access, images);
    }

    public ServerTuning withAccess(AccessSettings newAccess) {
        return new ServerTuning(saving, limits, newAccess, images);
    }

    public ServerTuning withImages(ImageSettings newImages) {
        return new ServerTuning(saving, limits, access, newImages);
    }

    ServerTuning resolvedAgainst(Path workingDirectory) {
        return new ServerTuning(saving, limits, access.resolvedAgainst(workingDirectory),
                images.resolvedAgainst(workingDirectory));
    }
}
