package io.deskpulse.jobs;

import java.time.Duration;
import java.util.concurrent.Callable;

/** Waiting for a running job's output to reach the warehouse. */
public final class Eventually {

    private Eventually() {}

    /** What {@code query} returns once it equals {@code expected}, or its last answer after a minute. */
    public static <T> T await(T expected, Callable<T> query) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        T actual;
        do {
            actual = query.call();
            if (actual.equals(expected)) {
                return actual;
            }
            Thread.sleep(250);
        } while (System.nanoTime() < deadline);
        return actual;
    }
}
