package dev.fitt.bootstrap.settings;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * What fitt adds to the original server settings, one value per concern: when it saves, the limits
 * that protect it from hostile or broken clients, access control, and which images it serves.
 * Every field has a safe default, so the seed's server_setting.json works unchanged.
 */
public record ServerTuning(SaveTuning saving, ConnectionLimits limits, AccessSettings access, ImageSettings images,
        AdminSettings admin) {
    /** The fields an administrator may change while the server runs ({@code fitt admin set}). */
    public static final List<String> LIVE_FIELDS = List.of("autosave_changes", "autosave_seconds", "save_cpu_percent",
            "default_dataset", "max_connections", "message_timeout_seconds", "access_token");

    public ServerTuning {
        Objects.requireNonNull(saving, "saving");
        Objects.requireNonNull(limits, "limits");
        Objects.requireNonNull(access, "access");
        Objects.requireNonNull(images, "images");
        Objects.requireNonNull(admin, "admin");
    }

    /** No administration. */
    public ServerTuning(SaveTuning saving, ConnectionLimits limits, AccessSettings access, ImageSettings images) {
        this(saving, limits, access, images, AdminSettings.none());
    }

    public static ServerTuning defaults() {
        return new ServerTuning(SaveTuning.defaults(), ConnectionLimits.defaults(), AccessSettings.none(),
                ImageSettings.underTheDataFolder());
    }

    public ServerTuning withSaving(SaveTuning newSaving) {
        return new ServerTuning(newSaving, limits, access, images, admin);
    }

    public ServerTuning withLimits(ConnectionLimits newLimits) {
        return new ServerTuning(saving, newLimits, access, images, admin);
    }

    public ServerTuning withAccess(AccessSettings newAccess) {
        return new ServerTuning(saving, limits, newAccess, images, admin);
    }

    public ServerTuning withImages(ImageSettings newImages) {
        return new ServerTuning(saving, limits, access, newImages, admin);
    }

    public ServerTuning withAdmin(AdminSettings newAdmin) {
        return new ServerTuning(saving, limits, access, images, newAdmin);
    }

    /**
     * The same tuning with one of {@link #LIVE_FIELDS} set to {@code value}, as written on a command
     * line (a whole number or a string), checked as at start.
     *
     * @throws IllegalArgumentException naming the field: not a live one, or a bad value
     */
    public ServerTuning withLive(String field, String value) {
        return switch (field) {
            case "autosave_changes" -> withSaving(new SaveTuning(whole(field, value), saving.autosaveSeconds(),
                    saving.saveCpuPercent()));
            case "autosave_seconds" -> withSaving(new SaveTuning(saving.autosaveChanges(), whole(field, value),
                    saving.saveCpuPercent()));
            case "save_cpu_percent" -> withSaving(new SaveTuning(saving.autosaveChanges(), saving.autosaveSeconds(),
                    whole(field, value)));
            case "max_connections" -> withLimits(new ConnectionLimits(whole(field, value),
                    limits.maxConnectionsPerHost(), limits.maxMessageBytes(), limits.maxRequestsInFlight(),
                    limits.messageTimeoutSeconds()));
            case "message_timeout_seconds" -> withLimits(new ConnectionLimits(limits.maxConnections(),
                    limits.maxConnectionsPerHost(), limits.maxMessageBytes(), limits.maxRequestsInFlight(),
                    whole(field, value)));
            case "access_token" -> withAccess(new AccessSettings(value, access.tlsKeystore(),
                    access.tlsKeystorePassword()));
            default -> throw new IllegalArgumentException("field \"" + field + "\" cannot change while the server runs");
        };
    }

    private static int whole(String field, String value) {
        try {
            return Integer.parseInt(value.strip());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("field \"" + field + "\" must be a whole number, got \"" + value + "\"");
        }
    }

    ServerTuning resolvedAgainst(Path workingDirectory) {
        return new ServerTuning(saving, limits, access.resolvedAgainst(workingDirectory),
                images.resolvedAgainst(workingDirectory), admin);
    }
}
