package dev.fitt.bootstrap.settings;

/** The one rule both settings files share about ports. */
final class PortRange {
    static final int MIN = 1;
    static final int MAX = 65535;

    private PortRange() {
    }

    static void check(int port) {
        if (port < MIN || port > MAX) {
            throw new IllegalArgumentException(
                    "field \"port\" must be between " + MIN + " and " + MAX + ", got " + port);
        }
    }
}
