package dev.fitt.bootstrap.settings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** Each concern of the server's tuning is a value of its own that refuses a bad field by its JSON name. */
class ServerTuningTest {

    @Test
    void savingRefusesNegativeIntervalsAndACpuShareOutOfRange() {
        assertThatThrownBy(() -> new SaveTuning(-1, 30, 50))
                .hasMessage("field \"autosave_changes\" must be at least 0, got -1");
        assertThatThrownBy(() -> new SaveTuning(1_000, -1, 50))
                .hasMessage("field \"autosave_seconds\" must be at least 0, got -1");
        assertThatThrownBy(() -> new SaveTuning(1_000, 30, 101)).hasMessageStartingWith("field \"save_cpu_percent\"");
        assertThat(new SaveTuning(0, 0, 100).autosaveChanges()).isZero();
    }

    @Test
    void limitsRefuseWhatWouldLetNoClientIn() {
        ConnectionLimits d = ConnectionLimits.defaults();
        assertThatThrownBy(() -> new ConnectionLimits(0, d.maxConnectionsPerHost(), d.maxMessageBytes(),
                d.maxRequestsInFlight(), d.messageTimeoutSeconds()))
                .hasMessage("field \"max_connections\" must be at least 1, got 0");
        assertThatThrownBy(() -> new ConnectionLimits(d.maxConnections(), 0, d.maxMessageBytes(),
                d.maxRequestsInFlight(), d.messageTimeoutSeconds()))
                .hasMessage("field \"max_connections_per_host\" must be at least 1, got 0");
        assertThatThrownBy(() -> new ConnectionLimits(d.maxConnections(), d.maxConnectionsPerHost(), 1_023,
                d.maxRequestsInFlight(), d.messageTimeoutSeconds()))
                .hasMessage("field \"max_message_bytes\" must be at least 1024, got 1023");
        assertThatThrownBy(() -> new ConnectionLimits(d.maxConnections(), d.maxConnectionsPerHost(),
                d.maxMessageBytes(), 0, d.messageTimeoutSeconds()))
                .hasMessage("field \"max_requests_in_flight\" must be at least 1, got 0");
        assertThatThrownBy(() -> new ConnectionLimits(d.maxConnections(), d.maxConnectionsPerHost(),
                d.maxMessageBytes(), d.maxRequestsInFlight(), 0))
                .hasMessage("field \"message_timeout_seconds\" must be at least 1, got 0");
    }

    @Test
    void accessRefusesAnEmptyTokenAndAKeystoreWithoutPassword() {
        assertThatThrownBy(() -> new AccessSettings(" ", null, null))
                .hasMessage("field \"access_token\" must not be empty (leave it out for no token)");
        assertThatThrownBy(() -> new AccessSettings(null, Path.of("k.p12"), null))
                .hasMessage("field \"tls_keystore_password\" is required when \"tls_keystore\" is set");
        assertThat(AccessSettings.none().accessToken()).isNull();
        assertThat(AccessSettings.none().tlsKeystore()).isNull();
    }

    @Test
    void pathsAreResolvedAgainstTheWorkingDirectoryConcernByConcern() {
        Path work = Path.of("/work/here");
        ServerTuning tuning = ServerTuning.defaults()
                .withAccess(new AccessSettings("t", Path.of("keys/k.p12"), "pw"))
                .withImages(new ImageSettings(Path.of("../pictures"), false));

        ServerTuning resolved = tuning.resolvedAgainst(work);

        assertThat(resolved.access().tlsKeystore()).isEqualTo(Path.of("/work/here/keys/k.p12"));
        assertThat(resolved.images().imageRoot()).isEqualTo(Path.of("/work/pictures"));
        assertThat(resolved.limits()).isEqualTo(ConnectionLimits.defaults());
        assertThat(resolved.saving()).isEqualTo(SaveTuning.defaults());
        assertThat(ServerTuning.defaults().images()).isEqualTo(new ImageSettings(null, false));
    }
}
