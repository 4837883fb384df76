package dev.fitt.adapters.swing;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/** Named daemon threads for the client's background work, so the event thread never blocks on I/O. */
final class Workers {
    private Workers() {
    }

    static ThreadPoolExecutor pool(String name, int threads) {
        return pool(name, threads, Thread.NORM_PRIORITY);
    }

    /**
     * Threads below normal priority, for decoding pictures ahead: the event thread should win
     * the CPU when both want it. Honoured on Windows and macOS; Linux JVMs ignore thread
     * priorities unless run with -XX:ThreadPriorityPolicy=1 (root only).
     */
    static ThreadPoolExecutor lowPriorityPool(String name, int threads) {
        return pool(name, threads, Thread.NORM_PRIORITY - 2);
    }

    private static ThreadPoolExecutor pool(String name, int threads, int priority) {
        return new ThreadPoolExecutor(threads, threads, 0, TimeUnit.MILLISECONDS, new LinkedBlockingQueue<>(),
                daemon(name, priority));
    }

    static ExecutorService single(String name) {
        return pool(name, 1);
    }

    private static ThreadFactory daemon(String name, int priority) {
        AtomicInteger count = new AtomicInteger();
        return body -> {
            Thread thread = new Thread(body, "fitt-" + name + "-" + count.incrementAndGet());
            thread.setDaemon(true);
            thread.setPriority(priority);
            return thread;
        };
    }
}
