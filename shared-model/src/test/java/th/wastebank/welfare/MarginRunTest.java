package th.wastebank.welfare;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import th.wastebank.validation.ReasonCode;
import th.wastebank.validation.Violation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class MarginRunTest {
    private static final Instant NOW = Instant.parse("2026-11-02T03:00:00Z");
    private static final UUID SCHEME = UUID.fromString("01936b2e-1f00-7abc-8def-0123456789b1");

    @Test
    void theCommitteeMayLowerTheMonthsMarginButNeverRaiseIt() {
        assertTrue(MarginRun.allowed(12_000, 12_000));
        assertTrue(MarginRun.allowed(5_000, 12_000));
        assertFalse(MarginRun.allowed(12_001, 12_000));
        assertFalse(MarginRun.allowed(100, -300), "a month at a loss has nothing to move");
        assertFalse(MarginRun.allowed(0, 12_000));
    }

    @Test
    void aRunAboveItsMarginOrForNoMonthIsRefused() {
        MarginRun ok = new MarginRun(SCHEME, "2026-10", 5_000, 12_000, NOW, List.of("สมศรี", "สมชาย"), null);
        assertEquals(List.of(), ok.validate(NOW));
        MarginRun bad = new MarginRun(SCHEME, "ตุลาคม", 12_001, 12_000, NOW, List.of("สมศรี"), null);
        assertEquals(List.of(ReasonCode.MARGIN_RUN_MONTH_INVALID, ReasonCode.MARGIN_RUN_ABOVE_MARGIN,
                ReasonCode.WELFARE_APPROVERS_REQUIRED), bad.validate(NOW).stream().map(Violation::code).toList());
    }
}
