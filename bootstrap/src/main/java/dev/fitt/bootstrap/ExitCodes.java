package dev.fitt.bootstrap;

/** The process exit codes of {@code fitt}; scripts and CI rely on them. */
public final class ExitCodes {
    public static final int OK = 0;
    /** Something failed while running: I/O, network, a bug. */
    public static final int RUNTIME_FAILURE = 1;
    /** The user must fix the command line or a settings file. */
    public static final int BAD_SETTINGS_OR_USAGE = 2;
    /**
     * The heap ran out: the code the JVM itself exits with under {@code -XX:+ExitOnOutOfMemoryError},
     * which the launcher gives the server, and the one {@code fitt} exits with when the heap runs out
     * on the main thread (a dataset too big to load).
     */
    public static final int OUT_OF_MEMORY = 3;

    private ExitCodes() {
    }
}
