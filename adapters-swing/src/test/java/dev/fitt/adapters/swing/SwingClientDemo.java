package dev.fitt.adapters.swing;

import dev.fitt.client.port.in.LabellingSession;
import dev.fitt.client.service.ClientCore;
import dev.fitt.client.service.NoTeamWork;
import dev.fitt.client.service.SessionSettings;
import dev.fitt.client.port.out.ClientPreferences;
import java.util.Arrays;
import java.util.List;

/**
 * Opens the client on the in-memory demo dataset, to look at it: {@code SwingClientDemo [dark] [long]}
 * ({@code long}: long camera names, to check that the view headers hold them).
 * Not a test; run it from the test classpath.
 */
public final class SwingClientDemo {
    private SwingClientDemo() {
    }

    public static void main(String[] args) {
        List<String> options = Arrays.stream(args).map(String::toLowerCase).toList();
        boolean dark = options.contains("dark");
        String[] cameras = options.contains("long")
                ? new String[] {"camera_front_wide_left", "camera_front_narrow", "rear"} : DemoDataset.CAMERAS;
        DemoDataset data = new DemoDataset(cameras, 1280, 720, "T.....", "FFFFFF", "......", "FTFFFF", "FTFFFF",
                "FTFFFF");
        ClientPreferences preferences = new ClientPreferences("127.0.0.1", 52973, false, 5,
                dark ? ClientPreferences.Theme.DARK : ClientPreferences.Theme.LIGHT);
        SwingClient.launch(new ClientLaunch("demo dataset (3 cameras)",
                () -> ClientCore.open(data.server(), SessionSettings.of(false, 5), new NoTeamWork()), preferences,
                new InMemoryPreferences(preferences), () -> System.exit(0)));
    }
}
