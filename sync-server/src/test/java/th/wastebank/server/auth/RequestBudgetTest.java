package th.wastebank.server.auth;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class RequestBudgetTest {
    private final AtomicLong now = new AtomicLong(1_000_000_000L);
    private final RequestBudget budget = new RequestBudget(60, now::get);

    @Test
    void aMinutesWorthAtOnceThenOneASecondAsItRefills() {
        for (int i = 0; i < 60; i++) {
            assertNull(budget.take("phone"), "request " + (i + 1));
        }
        assertEquals(Duration.ofSeconds(1), budget.take("phone"), "the 61st waits for the next token");
        now.addAndGet(Duration.ofMillis(999).toNanos());
        assertEquals(Duration.ofMillis(1), budget.take("phone"));
        now.addAndGet(Duration.ofMillis(1).toNanos());
        assertNull(budget.take("phone"));
        assertEquals(Duration.ofSeconds(1), budget.take("phone"));
    }

    @Test
    void eachKeyHasItsOwnBudgetAndAnIdleOneIsFullAgainAfterAMinute() {
        for (int i = 0; i < 60; i++) {
            budget.take("busy");
        }
        assertNull(budget.take("quiet"), "another key is not held up");
        now.addAndGet(Duration.ofMinutes(5).toNanos());
        for (int i = 0; i < 60; i++) {
            assertNull(budget.take("busy"), "refilled to a minute's worth, no more: " + (i + 1));
        }
        assertEquals(Duration.ofSeconds(1), budget.take("busy"));
    }

    @Test
    void zeroMeansNoLimit() {
        RequestBudget none = new RequestBudget(0, now::get);
        for (int i = 0; i < 10_000; i++) {
            assertNull(none.take("phone"));
        }
    }
}
