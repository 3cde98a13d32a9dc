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

    /** How long {@code key} must wait before trying again, or null when it may try now. */
    public Duration blockedFor(String key) {
        Deque<Instant> times = failures.get(key);
        if (times == null) {
            return null;
        }
        Instant now = clock.instant();
        synchronized (times) {
            while (!times.isEmpty() && times.peekFirst().isBefore(now.minus(window))) {
                times.pollFirst();
            }
            return times.size() >= maxFailures ? Duration.between(now, times.peekFirst().plus(window)) : null;
        }
    }

    public void recordFailure(String key) {
        Deque<Instant> times = failures.computeIfAbsent(key, k -> new ArrayDeque<>());
        synchronized (times) {
            times.addLast(clock.instant());
        }
        if (failures.size() > 10_000) {
            failures.entrySet().removeIf(e -> blockedFor(e.getKey()) == null);
        }
    }
}
