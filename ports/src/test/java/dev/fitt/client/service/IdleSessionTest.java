package dev.fitt.client.service;

import static dev.fitt.client.service.ClientFixture.deliver;
import static dev.fitt.client.service.ClientFixture.openOn;
import static org.assertj.core.api.Assertions.assertThat;

import dev.fitt.client.port.in.ConnectionState;
import dev.fitt.client.port.in.LabellingSession;
import dev.fitt.client.port.in.SessionListener;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Bob does nothing while his link to the server fails: his session must still notice, say so, and
 * catch up with what alice did meanwhile once the server answers again.
 */
@Timeout(value = 30, unit = TimeUnit.SECONDS)
class IdleSessionTest {
    private final ClientFixture fixture = new ClientFixture();
    private final SwitchableServer alicePort = fixture.liveServer("alice");
    private final SwitchableServer bobPort = fixture.liveServer("bob");
    private final List<ConnectionState> bobStates = new CopyOnWriteArrayList<>();
    private LabellingSession alice;
    private LabellingSession bob;

    @AfterEach
    void closeSessions() {
        bobPort.up();
        bobPort.releasePushes();
        for (LabellingSession session : new LabellingSession[] {alice, bob}) {
            if (session != null) {
                session.saveAndClose().close(Duration.ofSeconds(5));
            }
        }
    }

    private void openBoth(Duration heartbeat) throws Exception {
        alice = openOn(alicePort);
        bob = openOn(bobPort, SessionSettings.of(false, 0).withHeartbeat(heartbeat));
        bob.events().addListener(new SessionListener() {
            @Override
            public void connectionChanged(ConnectionState state, int pendingEdits) {
                bobStates.add(state);
            }
        });
    }

    @Test
    void anIdleSessionNoticesASilentServerByItsHeartbeatAndCatchesUpWhenItIsBack() throws Exception {
        openBoth(Duration.ofMillis(50));

        bobPort.down();
        awaitTrue(() -> bob.state().connectionState() == ConnectionState.DISCONNECTED, "bob's idle session noticed");
        alice.navigation().goToFrame(3);
        alice.choices().markImageNone();
        deliver(alice);
        bobPort.up();

        awaitTrue(() -> bob.state().connectionState() == ConnectionState.CONNECTED
                && bob.state().labels().equals(fixture.service.queries().labels()), "bob connected again and shows alice's edit");
        // The state turns before the listeners are told, one after the other: wait for the telling too.
        awaitTrue(() -> bobStates.equals(List.of(ConnectionState.DISCONNECTED, ConnectionState.CONNECTED)),
                "bob's listener was told disconnected, then connected: " + bobStates);
        assertThat(bob.state().pendingEdits()).isZero();
    }

    @Test
    void aLostConnectionTheServerPortNoticesIsShownAtOnceAndTheLabelsAreReloaded() throws Exception {
        openBoth(Duration.ofHours(1));
        bobPort.holdPushes();
        alice.navigation().goToFrame(3);
        alice.choices().markImageNone();
        deliver(alice);
        assertThat(bob.state().labels()).as("the push is held back").isNotEqualTo(fixture.service.queries().labels());

        bobPort.loseConnection();

        awaitTrue(() -> bobStates.equals(List.of(ConnectionState.DISCONNECTED, ConnectionState.CONNECTED)),
                "bob's state went to disconnected and back: " + bobStates);
        awaitTrue(() -> bob.state().labels().equals(fixture.service.queries().labels()), "bob reloaded the labels");
    }

    private static void awaitTrue(BooleanSupplier condition, String what) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (!condition.getAsBoolean() && System.nanoTime() < deadline) {
            Thread.sleep(10);
        }
        assertThat(condition.getAsBoolean()).as(what).isTrue();
    }
}
