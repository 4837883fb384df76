package dev.fitt.adapters.swing;

import dev.fitt.client.port.out.ClientPreferences;
import dev.fitt.client.port.out.ClientPreferencesPort;

/** Client settings kept in memory, for tests and the demo. */
final class InMemoryPreferences implements ClientPreferencesPort {
    private ClientPreferences saved;

    InMemoryPreferences(ClientPreferences initial) {
        this.saved = initial;
    }

    @Override
    public synchronized ClientPreferences load() {
        return saved;
    }

    @Override
    public synchronized void save(ClientPreferences preferences) {
        saved = preferences;
    }

    @Override
    public String location() {
        return "memory (demo)";
    }
}
