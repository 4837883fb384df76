package dev.fitt.adapters.swing;

import dev.fitt.application.client.LabellingSession;
import dev.fitt.application.client.SessionSettings;
import dev.fitt.ports.out.ClientPreferences;

/**
 * Opens the client on the in-memory demo dataset, to look at it: {@code SwingClientDemo [dark]}.
 * Not a test; run it from the test classpath.
 */
public final class SwingClientDemo {
    private SwingClientDemo() {
    }

    public static void main(String[] args) {
        boolean dark = args.length > 0 && args[0].equalsIgnoreCase("dark");
        DemoDataset data = new DemoDataset(1280, 720, "T.....", "FFFFFF", "......", "FTFFFF", "FTFFFF", "FTFFFF");
        ClientPreferences preferences = new ClientPreferences("127.0.0.1", 52973, false, 5,
                dark ? ClientPreferences.Theme.DARK : ClientPreferences.Theme.LIGHT);
        SwingClient.launch(new ClientLaunch("demo dataset (3 cameras)",
                () -> LabellingSession.open(data.server(), SessionSettings.of(false, 5)), preferences,
                new InMemoryPreferences(preferences), () -> System.exit(0)));
    }
}
