package dev.fitt.adapters.socket;

import dev.fitt.server.port.in.ChangeSettingsUseCase;
import dev.fitt.server.port.in.GetDatasetActivityUseCase;
import dev.fitt.server.port.in.SaveDatasetUseCase;
import java.util.Objects;

/**
 * What an administrator may do over the extension's admin messages, and the token that proves one.
 * A server started without it refuses every admin request, saying how to turn administration on.
 *
 * @param token    the admin token a connection must send (admin authorise) before anything else admin
 * @param settings reads and changes settings while the server runs
 * @param activity changes and saves per loaded dataset (the datasets themselves are the served
 *                 catalog's)
 * @param save     saves now
 */
public record Administration(String token, ChangeSettingsUseCase settings, GetDatasetActivityUseCase activity,
        SaveDatasetUseCase save) {
    public Administration {
        Objects.requireNonNull(token, "token");
        Objects.requireNonNull(settings, "settings");
        Objects.requireNonNull(activity, "activity");
        Objects.requireNonNull(save, "save");
        if (token.isEmpty()) {
            throw new IllegalArgumentException("the admin token must not be empty");
        }
    }

    /** The dataset use cases of one service that offers them all. */
    public static <D extends GetDatasetActivityUseCase & SaveDatasetUseCase> Administration of(String token,
            ChangeSettingsUseCase settings, D datasets) {
        return new Administration(token, settings, datasets, datasets);
    }

    @Override
    public String toString() {
        return "Administration[token=set]";
    }
}
