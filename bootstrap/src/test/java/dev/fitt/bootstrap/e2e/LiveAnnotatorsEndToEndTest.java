package dev.fitt.bootstrap.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.inject.Guice;
import dev.fitt.adapters.socket.ClientConfig;
import dev.fitt.adapters.socket.SocketAdapter;
import dev.fitt.client.port.in.LabellingSession;
import dev.fitt.client.service.ClientCore;
import dev.fitt.client.service.NoTeamWork;
import dev.fitt.client.service.SessionSettings;
import dev.fitt.bootstrap.server.RunningTaggingServer;
import dev.fitt.bootstrap.server.ServerApplication;
import dev.fitt.bootstrap.server.ServerModules;
import dev.fitt.domain.TagChange;
import dev.fitt.domain.TagValue;
import dev.fitt.client.port.in.SessionListener;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** Two annotators on one real server over TCP: each sees the other's edits live, and nobody overwrites unseen work. */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class LiveAnnotatorsEndToEndTest {
    @TempDir
    Path dir;

    private static final class Events implements SessionListener {
        final List<String> seen = new CopyOnWriteArrayList<>();

        @Override
        public void labelsChangedByOthers(int first, int last) {
            seen.add("others " + first + ".." + last);
        }

        @Override
        public void editConflicted(TagChange change, String message) {
            seen.add("conflict " + change.first() + ".." + change.last());
        }
    }

    @Test
    void anEditByOneAnnotatorShowsUpAtTheOtherAndAStaleEditIsAConflict() throws Exception {
        GroupedDataset data = GroupedDataset.write(dir, 2, 3);
        try (RunningTaggingServer server = Guice.createInjector(ServerModules.from(data.settings(), dir))
                .getInstance(ServerApplication.class).start()) {
            ClientConfig config = ClientConfig.of("127.0.0.1", server.address().getPort(), Duration.ofSeconds(5));
            LabellingSession alice = ClientCore.open(SocketAdapter.connect(config), SessionSettings.of(true, 0),
                    new NoTeamWork());
            LabellingSession bob = ClientCore.open(SocketAdapter.connect(config), SessionSettings.of(true, 0),
                    new NoTeamWork());
            Events bobSees = new Events();
            bob.events().addListener(bobSees);
            try {
                alice.choices().chooseTag(2);                                  // image 0: Night Time
                assertThat(alice.saveAndClose().awaitDelivery(Duration.ofSeconds(10))).isTrue();
                await(() -> bob.state().valuesAt(0).get(2) == TagValue.TRUE);
                // The session shows the values first and tells its listeners right after.
                await(() -> bobSees.seen.contains("others 0..0"));
                assertThat(bobSees.seen).contains("others 0..0");
                assertThat(bob.state().datasetProgress()).isEqualTo(alice.state().datasetProgress());

                // both change image 1 "at once": bob's edit is based on a version alice's replaced
                alice.navigation().nextCamera();
                bob.navigation().nextCamera();
                server.core().tagging().tag(TagChange.ofRow(1, List.of(TagValue.TRUE, TagValue.FALSE, TagValue.FALSE)),
                        "carol");
                bob.choices().chooseTag(1);
                assertThat(bob.saveAndClose().awaitDelivery(Duration.ofSeconds(10))).isTrue();
                await(() -> bobSees.seen.contains("conflict 1..1") || server.core().queries().labels()
                        .value(1, 1) == TagValue.TRUE);
                // either bob's edit was refused as a conflict (carol's push had not reached him yet),
                // or he had seen carol's change before editing: never a silent overwrite
                if (bobSees.seen.contains("conflict 1..1")) {
                    assertThat(server.core().queries().labels().value(1, 0)).isEqualTo(TagValue.TRUE);
                    bob.conflicts().drop(bob.conflicts().undecided().get(0));
                    assertThat(bob.saveAndClose().awaitDelivery(Duration.ofSeconds(10))).isTrue();
                }
                await(() -> bob.state().labels().equals(server.core().queries().labels())
                        && alice.state().labels().equals(server.core().queries().labels()));
            } finally {
                alice.saveAndClose().close(Duration.ofSeconds(5));
                bob.saveAndClose().close(Duration.ofSeconds(5));
            }
        }
    }

    private static void await(BooleanSupplier condition) throws InterruptedException {
        for (int i = 0; i < 500 && !condition.getAsBoolean(); i++) {
            Thread.sleep(20);
        }
        assertThat(condition.getAsBoolean()).as("condition reached within 10 s").isTrue();
    }
}
