package dev.fitt.bootstrap;

import java.util.concurrent.CountDownLatch;
import sun.misc.Signal;

/**
 * Waits for SIGINT or SIGTERM. Handling the signals ourselves (instead of a shutdown hook) lets
 * the command save, close its connections and then return exit code 0, as an operator expects
 * from a clean stop. sun.misc.Signal is the JDK's supported-but-unofficial API for this
 * (module jdk.unsupported); there is no public alternative.
 */
final class ShutdownSignals {
    private final CountDownLatch stop = new CountDownLatch(1);
    private volatile String received = "";

    ShutdownSignals install() {
        for (String name : new String[] {"INT", "TERM"}) {
            Signal.handle(new Signal(name), signal -> {
                received = "SIG" + signal.getName();
                stop.countDown();
            });
        }
        return this;
    }

    /** Counted down when a stop signal arrives, for code that waits on several things. */
    CountDownLatch latch() {
        return stop;
    }

    /** Blocks until a stop signal arrives; returns its name. */
    String await() throws InterruptedException {
        stop.await();
        return received;
    }
}
