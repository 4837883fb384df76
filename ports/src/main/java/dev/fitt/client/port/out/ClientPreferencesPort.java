package dev.fitt.client.port.out;

import java.io.IOException;

/** Reads and rewrites the client's settings (the settings dialog of the client uses it). */
public interface ClientPreferencesPort {
    ClientPreferences load() throws IOException;

    void save(ClientPreferences preferences) throws IOException;

    /** Where the settings live, to show the user. */
    String location();
}
