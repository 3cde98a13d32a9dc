package th.wastebank.server.auth;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;

/**
 * So many requests a minute per key (a device, a staff account), with the whole minute's worth
 * allowed at once: a phone catching up after days offline or an officer clicking through pages is
 * never held up, a runaway loop is. A token bucket per key, in memory on each node (with several
 * nodes a key's budget is per node); keys idle long enough to be full again are forgotten.
 */
public final class RequestBudget {
    private static final int FORGET_ABOVE = 10_000;
    private final double capacity;
    private final double perNano;
    private final LongSupplier nanos;
    private final Map<String, Bucket> buckets = new ConcurrentHashMap<>();

    /** @param perMinute requests a minute, and as many at once; 0 or less for no limit */
    public RequestBudget(int perMinute, LongSupplier nanos) {
        this.capacity = perMinute;
        this.perNano = perMinute / 60e9;
        this.nanos = nanos;
    }

    public static RequestBudget perMinute(int perMinute) {
        return new RequestBudget(perMinute, System::nanoTime);
    }

    /** Spends one request of {@code key}'s budget; answers how long to wait when none is left, else null. */
    public Duration take(String key) {
        if (capacity <= 0) {
            return null;
        }
        long now = nanos.getAsLong();
        Bucket bucket = buckets.computeIfAbsent(key, k -> new Bucket(capacity, now));
        Duration wait;
        synchronized (bucket) {
            bucket.tokens = Math.min(capacity, bucket.tokens + (now - bucket.at) * perNano);
            bucket.at = now;
            if (bucket.tokens >= 1) {
                bucket.tokens -= 1;
                wait = null;
            } else {
                wait = Duration.ofNanos((long) Math.ceil((1 - bucket.tokens) / perNano));
            }
        }
        if (buckets.size() > FORGET_ABOVE) {
            buckets.values().removeIf(b -> b.fullAt(now, capacity, perNano));
        }
        return wait;
    }

    private static final class Bucket {
        private double tokens;
        private long at;

        Bucket(double tokens, long at) {
            this.tokens = tokens;
            this.at = at;
        }

        synchronized boolean fullAt(long now, double capacity, double perNano) {
            return tokens + (now - at) * perNano >= capacity;
        }
    }
}
