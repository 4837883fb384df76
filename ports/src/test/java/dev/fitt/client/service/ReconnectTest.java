package dev.fitt.client.service;

import static dev.fitt.client.service.ClientFixture.deliver;
import static dev.fitt.domain.TagValue.FALSE;
import static dev.fitt.domain.TagValue.TRUE;
import static org.assertj.core.api.Assertions.assertThat;

import dev.fitt.client.port.in.LabellingSession;
import dev.fitt.domain.LabelsSnapshot;
import dev.fitt.domain.TagChange;
import dev.fitt.client.port.in.ConnectionState;
import dev.fitt.client.port.in.SessionListener;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(value = 30, unit = TimeUnit.SECONDS)
class ReconnectTest {
    private final ClientFixture fixture = new ClientFixture();
    private final List<Duration> delays = new CopyOnWriteArrayList<>();
    private final CountDownLatch fiveRetries = new CountDownLatch(5);
    private LabellingSession session;

    /** Records each backoff delay and waits 1 ms instead, so the test never waits seconds. */
    private final Sleeper recordingSleeper = duration -> {
        delays.add(duration);
        fiveRetries.countDown();
        Thread.sleep(1);
    };

    @AfterEach
    void closeSession() {
        fixture.server.up();
        if (session != null) {
            session.saveAndClose().close(Duration.ofSeconds(5));
        }
    }

    private LabellingSession open() throws Exception {
        RetryBackoff backoff = new RetryBackoff(Duration.ofMillis(100), Duration.ofMillis(400));
        return fixture.open(SessionSettings.of(false, 0).withBackoff(backoff), recordingSleeper);
    }

    @Test
    void editsMadeWhileDownArriveInOrderOnceTheServerIsBack() throws Exception {
        session = open();
        List<String> states = new CopyOnWriteArrayList<>();
        CountDownLatch disconnected = new CountDownLatch(1);
        session.events().addListener(new SessionListener() {
            @Override
            public void connectionChanged(ConnectionState state, int pendingEdits) {
                states.add(state.name());
                if (state == ConnectionState.DISCONNECTED) {
                    disconnected.countDown();
                }
            }
        });
        fixture.server.down();

        session.navigation().goToFrame(3);
        session.choices().chooseTag(0);
        session.choices().chooseTag(2);
        session.choices().markFrameNone();
        assertThat(disconnected.await(10, TimeUnit.SECONDS)).isTrue();

        assertThat(session.state().connectionState()).isEqualTo(ConnectionState.DISCONNECTED);
        assertThat(session.state().pendingEdits()).isEqualTo(3);
        assertThat(fixture.service.queries().labels()).isEqualTo(LabelsSnapshot.unset(10, ClientFixture.TAGS));

        fixture.server.up();
        deliver(session);

        assertThat(fixture.server.changes()).containsExactly(
                TagChange.ofRow(6, List.of(TRUE, FALSE, FALSE)),
                TagChange.ofRow(7, List.of(FALSE, FALSE, TRUE)),
                TagChange.ofRow(8, List.of(FALSE, FALSE, FALSE)));
        assertThat(fixture.service.queries().labels()).isEqualTo(session.state().labels());
        assertThat(session.state().connectionState()).isEqualTo(ConnectionState.CONNECTED);
        assertThat(states).containsExactly("DISCONNECTED", "CONNECTED");
    }

    @Test
    void aSaveRequestedWhileDownIsSentAfterTheEditsBeforeIt() throws Exception {
        session = open();
        fixture.server.down();
        session.navigation().goToFrame(3);
        session.choices().chooseTag(1);
        session.saveAndClose().requestSave();
        session.choices().chooseTag(0);
        fixture.server.up();
        deliver(session);
        assertThat(fixture.server.received()).containsExactly(
                TagChange.ofRow(6, List.of(FALSE, TRUE, FALSE)), "save",
                TagChange.ofRow(7, List.of(TRUE, FALSE, FALSE)));
    }

    @Test
    void retriesBackOffExponentiallyUpToTheMaximum() throws Exception {
        session = open();
        fixture.server.down();
        session.choices().markFrameNone();
        assertThat(fiveRetries.await(10, TimeUnit.SECONDS)).isTrue();
        assertThat(List.copyOf(delays).subList(0, 5)).extracting(Duration::toMillis).containsExactly(100L, 200L, 400L, 400L, 400L);
    }

    @Test
    void closeWhileTheServerStaysDownGivesUpAfterItsWaitAndReportsIt() throws Exception {
        LabellingSession closing = open();
        fixture.server.down();
        closing.choices().markFrameNone();
        assertThat(closing.saveAndClose().close(Duration.ofMillis(50))).isFalse();
        assertThat(closing.state().connectionState()).isEqualTo(ConnectionState.CLOSED);
    }
}
