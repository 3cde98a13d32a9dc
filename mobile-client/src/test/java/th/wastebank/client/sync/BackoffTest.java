package th.wastebank.client.sync;

import java.time.Duration;
import java.util.Random;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class BackoffTest {
    @Test
    void delaysGrowExponentiallyWithJitterUpToTheCapAndResetAfterSuccess() {
        Backoff b = new Backoff(Duration.ofSeconds(1), Duration.ofSeconds(60), new Random(1));
        long previousCeiling = 1_000;
        for (int failure = 0; failure < 12; failure++) {
            long ceiling = Math.min(60_000, 1_000L << failure);
            long d = b.nextDelay().toMillis();
            assertTrue(d >= 1_000 && d <= ceiling, "failure " + failure + ": " + d);
            assertTrue(ceiling >= previousCeiling);
            previousCeiling = ceiling;
        }
        b.reset();
        assertEquals(1_000, b.nextDelay().toMillis(), "the first retry after a success waits the base delay");
    }

    @Test
    void twoPhonesFailingTogetherDoNotRetryTogether() {
        Backoff a = new Backoff(Duration.ofSeconds(1), Duration.ofMinutes(5), new Random(1));
        Backoff b = new Backoff(Duration.ofSeconds(1), Duration.ofMinutes(5), new Random(2));
        for (int i = 0; i < 4; i++) {
            a.nextDelay();
            b.nextDelay();
        }
        assertTrue(a.nextDelay().toMillis() != b.nextDelay().toMillis());
    }
}
