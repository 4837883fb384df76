package dev.fitt.client.service;

import static dev.fitt.client.service.ClientFixture.deliver;
import static dev.fitt.client.service.ClientFixture.openOn;
import static dev.fitt.domain.TagValue.FALSE;
import static dev.fitt.domain.TagValue.TRUE;
import static org.assertj.core.api.Assertions.assertThat;

import dev.fitt.client.port.in.LabellingSession;
import dev.fitt.domain.TagChange;
import dev.fitt.client.port.in.SessionListener;
import dev.fitt.server.port.out.InMemoryChangeJournal;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The server applied an edit but could not make it durable (its disk refused the journal): the
 * edit is answered as not saved, and the annotator's view must then show what the server holds,
 * not what this client last knew of it.
 */
@Timeout(value = 30, unit = TimeUnit.SECONDS)
class UnsavedEditTest {
    private final InMemoryChangeJournal journal = new InMemoryChangeJournal();
    private final ClientFixture fixture = new ClientFixture(journal);
    private final SwitchableServer port = fixture.liveServer("alice");
    private LabellingSession alice;

    @AfterEach
    void close() {
        if (alice != null) {
            alice.saveAndClose().close(Duration.ofSeconds(5));
        }
    }

    @Test
    void aRefusedEditLeavesTheViewShowingWhatTheServerHolds() throws Exception {
        alice = openOn(port);
        List<String> rejections = new CopyOnWriteArrayList<>();
        alice.events().addListener(new SessionListener() {
            @Override
            public void editRejected(TagChange change, String message) {
                rejections.add(message);
            }
        });
        journal.failDurability();

        alice.navigation().goToFrame(4);
        alice.choices().chooseTag(0);
        deliver(alice);

        assertThat(rejections).singleElement().asString().startsWith("not saved: ");
        assertThat(fixture.service.queries().labels().value(7, 0)).as("kept by the server").isEqualTo(TRUE);
        assertThat(alice.state().valuesAt(7)).containsExactly(TRUE, FALSE, FALSE);
        assertThat(alice.state().labels()).isEqualTo(fixture.service.queries().labels());
    }
}
