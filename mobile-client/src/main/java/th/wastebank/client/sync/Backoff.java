package th.wastebank.client.sync;

import java.time.Duration;
import java.util.Random;

/**
 * Exponential backoff with full jitter: after the n-th failure in a row, wait a random time
 * between {@code base} and {@code min(cap, base × 2^n)}, so a village's phones that lost the signal
 * together do not all knock again at the same second.
 */
public final class Backoff {
    private final Duration base;
    private final Duration cap;
    private final Random random;
    private int failures;

    public Backoff(Duration base, Duration cap, Random random) {
        this.base = base;
        this.cap = cap;
        this.random = random;
    }

    public synchronized Duration nextDelay() {
        long ceiling = Math.min(cap.toMillis(), base.toMillis() << Math.min(failures, 20));
        failures++;
        long span = Math.max(0, ceiling - base.toMillis());
        return Duration.ofMillis(base.toMillis() + (span == 0 ? 0 : (long) (random.nextDouble() * span)));
    }

    public synchronized void reset() {
        failures = 0;
    }

    public synchronized int failures() {
        return failures;
    }
}
