package th.wastebank.server.auth;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Counts attempts per key (a client address) in a sliding window and says how long to wait once
 * the budget is spent. Kept in memory on each node: it slows guessing, it is not an audit.
 */
public final class AttemptLimiter {
    private final int maxAttempts;
    private final Duration window;
    private final Clock clock;
    private final Map<String, Deque<Instant>> attempts = new ConcurrentHashMap<>();

    public AttemptLimiter(int maxAttempts, Duration window, Clock clock) {
        this.maxAttempts = maxAttempts;
        this.window = window;
        this.clock = clock;
    }

    /** Records an attempt; returns the wait before the next is allowed, or null when allowed now. */
    public Duration attempt(String key) {
        Instant now = clock.instant();
        Deque<Instant> times = attempts.computeIfAbsent(key, k -> new ArrayDeque<>());
        synchronized (times) {
            while (!times.isEmpty() && times.peekFirst().isBefore(now.minus(window))) {
                times.pollFirst();
            }
            if (times.size() >= maxAttempts) {
                return Duration.between(now, times.peekFirst().plus(window));
            }
            times.addLast(now);
            if (attempts.size() > 10_000) {
                attempts.entrySet().removeIf(e -> e.getValue().isEmpty());
            }
            return null;
        }
    }
}
