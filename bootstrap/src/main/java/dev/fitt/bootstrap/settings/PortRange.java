package dev.fitt.bootstrap.settings;

/** The one rule both settings files share about ports. */
final class PortRange {
    static final int MIN = 1;
    static final int MAX = 65535;

    private PortRange() {
    }

    static void check(int port) {
        checkWithin(port, MIN);
    }

    /** A server may also listen on port 0: the system picks a free port, which the start-up summary names. */
    static void checkListening(int port) {
        checkWithin(port, 0);
    }

    private static void checkWithin(int port, int min) {
        if (port < min || port > MAX) {
            throw new IllegalArgumentException(
                    "field \"port\" must be between " + min + " and " + MAX + ", got " + port);
        }
    }
}
