package dev.fitt.adapters.socket;

import dev.fitt.server.port.in.ChangeSettingsUseCase;
import dev.fitt.server.port.in.GetDatasetActivityUseCase;
import dev.fitt.server.port.in.ListDatasetsUseCase;
import dev.fitt.server.port.in.SaveDatasetUseCase;
import java.util.Objects;

/**
 * What an administrator may do over the extension's admin messages, and the token that proves one.
 * A server started without it refuses every admin request, saying how to turn administration on.
 *
 * @param token    the admin token a connection must send (admin authorise) before anything else admin
 * @param settings reads and changes settings while the server runs
 * @param datasets the datasets with their size and progress
 * @param activity changes and saves per dataset
 * @param save     saves now
 */
public record Administration(String token, ChangeSettingsUseCase settings, ListDatasetsUseCase datasets,
        GetDatasetActivityUseCase activity, SaveDatasetUseCase save) {
    public Administration {
        Objects.requireNonNull(token, "token");
        Objects.requireNonNull(settings, "settings");
        Objects.requireNonNull(datasets, "datasets");
        Objects.requireNonNull(activity, "activity");
        Objects.requireNonNull(save, "save");
        if (token.isEmpty()) {
            throw new IllegalArgumentException("the admin token must not be empty");
        }
    }

    /** The dataset use cases of one service that offers them all. */
    public static <D extends ListDatasetsUseCase & GetDatasetActivityUseCase & SaveDatasetUseCase> Administration of(
            String token, ChangeSettingsUseCase settings, D datasets) {
        return new Administration(token, settings, datasets, datasets, datasets);
    }

    @Override
    public String toString() {
        return "Administration[token=set]";
    }
}
