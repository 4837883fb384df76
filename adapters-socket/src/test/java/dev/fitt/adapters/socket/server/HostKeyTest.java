package dev.fitt.adapters.socket.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import org.junit.jupiter.api.Test;

/** Which addresses count as one host for the per-host limits. */
class HostKeyTest {
    @Test
    void ipv4AddressesAreHostsOfTheirOwn() throws Exception {
        assertThat(HostKey.of(InetAddress.getByName("10.0.0.1"))).isEqualTo("10.0.0.1");
        assertThat(HostKey.of(InetAddress.getByName("10.0.0.2"))).isNotEqualTo("10.0.0.1");
    }

    @Test
    void ipv6AddressesOfOneSlash64AreOneHost() throws Exception {
        String one = HostKey.of(InetAddress.getByName("2001:db8:1:2::1"));
        assertThat(HostKey.of(InetAddress.getByName("2001:db8:1:2:ffff:ffff:ffff:ffff"))).isEqualTo(one);
        assertThat(HostKey.of(InetAddress.getByName("2001:db8:1:3::1"))).isNotEqualTo(one);
        assertThat(one).isEqualTo("2001:db8:1:2::/64");
    }
}
