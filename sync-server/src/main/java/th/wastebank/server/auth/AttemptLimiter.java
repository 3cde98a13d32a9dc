package th.wastebank.server.auth;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Counts failed attempts per key (a client address) in a sliding window and says how long to wait
 * once the budget is spent, so a code cannot be guessed by brute force while a committee that types
 * a code correctly is never held up. Kept in memory on each node: it slows guessing, it is not an
 * audit.
 */
public final class AttemptLimiter {
    private final int maxFailures;
    private final Duration window;
    private final Clock clock;
    private final Map<String, Deque<Instant>> failures = new ConcurrentHashMap<>();

    public AttemptLimiter(int maxFailures, Duration window, Clock clock) {
        this.maxFailures = maxFailures;
        this.window = window;
        this.clock = clock;
    }

    private Duration blockedFor(String key) {
        Deque<Instant> times = failures.get(key);
        if (times == null) {
            return null;
        }
        synchronized (times) {
            return blockedFor(times, clock.instant());
        }
    }

    /**
     * Counts an attempt of {@code key} as a failure before it is made, so that attempts made at
     * once count one by one; answers how long to wait (and counts nothing) when the budget is spent,
     * else null. An attempt that succeeds is taken back with {@link #forgive}.
     */
    public Duration attempt(String key) {
        Deque<Instant> times = failures.computeIfAbsent(key, k -> new ArrayDeque<>());
        Duration wait;
        synchronized (times) {
            Instant now = clock.instant();
            wait = blockedFor(times, now);
            if (wait == null) {
                times.addLast(now);
            }
        }
        forgetIdle();
        return wait;
    }

    /** Takes back the latest attempt counted for {@code key}: it succeeded. */
    public void forgive(String key) {
        Deque<Instant> times = failures.get(key);
        if (times != null) {
            synchronized (times) {
                times.pollLast();
            }
        }
    }

    private Duration blockedFor(Deque<Instant> times, Instant now) {
        while (!times.isEmpty() && times.peekFirst().isBefore(now.minus(window))) {
            times.pollFirst();
        }
        return times.size() >= maxFailures ? Duration.between(now, times.peekFirst().plus(window)) : null;
    }

    private void forgetIdle() {
        if (failures.size() > 10_000) {
            failures.entrySet().removeIf(e -> blockedFor(e.getKey()) == null);
        }
    }
}
