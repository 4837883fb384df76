package dev.fitt.client.port.out;

import java.io.IOException;
import java.util.Optional;

/** Reads and rewrites the client's settings (the settings dialog of the client uses it). */
public interface ClientPreferencesPort {
    ClientPreferences load() throws IOException;

    void save(ClientPreferences preferences) throws IOException;

    /** The dataset chosen last on a server with several, when one was. */
    default Optional<String> lastDataset() throws IOException {
        return Optional.empty();
    }

    /** Remembers {@code name} as the dataset chosen last, for the next start. */
    default void rememberDataset(String name) throws IOException {
    }

    /** Where the settings live, to show the user. */
    String location();
}
