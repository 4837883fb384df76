package dev.fitt.adapters.socket.server;

import java.net.Inet6Address;
import java.net.InetAddress;

/**
 * The "host" a client counts as for the per-host limits: its IPv4 address, or the /64 network of
 * its IPv6 address (one machine or home is usually given a whole /64, so counting single IPv6
 * addresses would let one host take as many shares as it likes).
 */
final class HostKey {
    private HostKey() {
    }

    static String of(InetAddress address) {
        if (!(address instanceof Inet6Address)) {
            return address.getHostAddress();
        }
        byte[] bytes = address.getAddress();
        StringBuilder key = new StringBuilder();
        for (int i = 0; i < 8; i += 2) {
            key.append(Integer.toHexString(((bytes[i] & 0xFF) << 8) | (bytes[i + 1] & 0xFF))).append(':');
        }
        return key.append(":/64").toString();
    }
}
