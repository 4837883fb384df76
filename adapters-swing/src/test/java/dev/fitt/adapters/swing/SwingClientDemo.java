package dev.fitt.adapters.swing;

import dev.fitt.client.service.FakeTeamWork;
import dev.fitt.client.port.in.LabellingSession;
import dev.fitt.client.service.ClientCore;
import dev.fitt.client.service.NoTeamWork;
import dev.fitt.client.service.SessionSettings;
import dev.fitt.client.port.out.ClientPreferences;
import dev.fitt.client.port.out.TeamWorkPort;
import dev.fitt.client.service.CoreTeamWork;
import dev.fitt.domain.AssignedClips;
import dev.fitt.domain.Editor;
import dev.fitt.domain.TagChange;
import dev.fitt.domain.TagValue;
import dev.fitt.server.service.InProcessTaggingServer;
import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;

/**
 * Opens the client on the in-memory demo dataset, to look at it: {@code SwingClientDemo [dark] [long] [mine|notmine]
 * [review]} ({@code long}: long camera names, to check that the view headers hold them; {@code mine}: 40 clips,
 * clips 1-12 assigned to you; {@code notmine}: the same clips, assigned to others only; {@code review}:
 * Ben reviews frames 2, 3 and 5, which Ana and Cai labelled, on a dataset where he holds no clips).
 * Not a test; run it from the test classpath.
 */
public final class SwingClientDemo {
    private SwingClientDemo() {
    }

    public static void main(String[] args) throws Exception {
        List<String> options = Arrays.stream(args).map(String::toLowerCase).toList();
        boolean dark = options.contains("dark");
        String[] cameras = options.contains("long")
                ? new String[] {"camera_front_wide_left", "camera_front_narrow", "rear"} : DemoDataset.CAMERAS;
        boolean assigned = options.contains("mine") || options.contains("notmine");
        int[] forty = new int[40];
        Arrays.fill(forty, 3);
        DemoDataset data = assigned ? new DemoDataset(forty, cameras, 640, 360, "T.....", "FFFFFF", "......")
                : new DemoDataset(cameras, 1280, 720, "T.....", "FFFFFF", "......", "FTFFFF", "FTFFFF", "FTFFFF");
        TeamWorkPort team = !assigned ? new NoTeamWork() : new FakeTeamWork(new AssignedClips(true,
                options.contains("mine") ? IntStream.range(0, 12).boxed().toList() : List.of()));
        boolean review = options.contains("review");
        if (review) {
            List<TagValue> rainy = List.of(TagValue.FALSE, TagValue.TRUE, TagValue.FALSE, TagValue.FALSE,
                    TagValue.FALSE, TagValue.FALSE);
            data.service.tagging().tag(new TagChange(3, 5, rainy), new Editor("Ana", "Ana"));
            data.service.tagging().tag(new TagChange(6, 8, rainy), new Editor("Ana", "Ana"));
            data.service.tagging().tag(new TagChange(12, 14, rainy), new Editor("Cai", "Cai"));
            team = new CoreTeamWork(data.service, "Ben", new AssignedClips(true, List.of()));
        }
        TeamWorkPort reviewTeam = team;
        ClientPreferences preferences = review ? new ClientPreferences("127.0.0.1", 52973, false, 5,
                dark ? ClientPreferences.Theme.DARK : ClientPreferences.Theme.LIGHT, "Ben", true)
                : new ClientPreferences("127.0.0.1", 52973, false, 5,
                dark ? ClientPreferences.Theme.DARK : ClientPreferences.Theme.LIGHT);
        SwingClient.launch(new ClientLaunch("demo dataset (3 cameras)",
                () -> ClientCore.open(review ? new InProcessTaggingServer(data.service, "Ben") : data.server(),
                        SessionSettings.of(false, 5), reviewTeam), preferences,
                new InMemoryPreferences(preferences), () -> System.exit(0)));
    }
}
