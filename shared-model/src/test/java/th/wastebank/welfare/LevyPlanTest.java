package th.wastebank.welfare;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class LevyPlanTest {
    private static final LocalDate RUN_DAY = LocalDate.of(2026, 11, 23);
    private static final UUID OLD = UUID.fromString("01936b2e-1f00-7abc-8def-0123456789a1");
    private static final UUID IDLE = UUID.fromString("01936b2e-1f00-7abc-8def-0123456789a2");
    private static final UUID NEW = UUID.fromString("01936b2e-1f00-7abc-8def-0123456789a3");
    private static final List<LevyPlan.Member> MEMBERS = List.of(
            new LevyPlan.Member(OLD, LocalDate.of(2025, 1, 5), 12_345),
            new LevyPlan.Member(IDLE, LocalDate.of(2025, 1, 5), 0),
            new LevyPlan.Member(NEW, RUN_DAY.plusDays(1), 50_000));

    private static SchemeUpsert scheme(String funding, Long levy, Long bp) {
        return new SchemeUpsert("กองทุน", "OTHER", "FIXED", 100_000, null, 0, 0, 0, funding, levy, bp, "ACTIVE", 1);
    }

    @Test
    void aFixedLevyDebitsEveryMemberActiveOnTheDayOfTheRun() {
        LevyPlan.Plan plan = LevyPlan.plan(scheme("ANNUAL_FEE", 2_000L, null), RUN_DAY, MEMBERS);
        assertEquals(List.of(new LevyLine(OLD, 2_000), new LevyLine(IDLE, 2_000)), plan.lines());
        assertEquals(1, plan.notYetMembers());
        assertEquals(0, plan.nothingToShare());
        assertEquals(4_000, plan.total());
    }

    @Test
    void aDepositShareDebitsEachMembersShareRoundedHalfUpAndLeavesOutWhoDepositedNothing() {
        LevyPlan.Plan plan = LevyPlan.plan(scheme("DEPOSIT_SHARE", null, 250L), RUN_DAY, MEMBERS);
        assertEquals(List.of(new LevyLine(OLD, 309)), plan.lines(), "2.5% of 123.45 baht is 3.08625 baht");
        assertEquals(1, plan.notYetMembers());
        assertEquals(1, plan.nothingToShare());
    }

    @Test
    void aMemberWhoLeftBeforeTheDayOfTheRunIsNotLeviedAndOneWhoLeavesAfterIs() {
        UUID gone = UUID.fromString("01936b2e-1f00-7abc-8def-0123456789a4");
        UUID leaving = UUID.fromString("01936b2e-1f00-7abc-8def-0123456789a5");
        LevyPlan.Plan plan = LevyPlan.plan(scheme("ANNUAL_FEE", 2_000L, null), RUN_DAY, List.of(
                new LevyPlan.Member(gone, LocalDate.of(2025, 1, 5), RUN_DAY, 0),
                new LevyPlan.Member(leaving, LocalDate.of(2025, 1, 5), RUN_DAY.plusDays(1), 0)));
        assertEquals(List.of(new LevyLine(leaving, 2_000)), plan.lines(), "left on the day of the run: not levied");
        assertEquals(1, plan.notYetMembers());
    }

    @Test
    void aPeriodIsItsEventKeyAndBack() {
        LevyPlan.Period october = new LevyPlan.Period(LocalDate.of(2026, 10, 1), LocalDate.of(2026, 10, 31));
        assertEquals("2026-10-01/2026-10-31", october.event());
        assertEquals(october, LevyPlan.Period.ofEvent(october.event()).orElseThrow());
        assertEquals("2026-09-30T17:00:00Z", october.start().toString());
        assertEquals("2026-10-31T17:00:00Z", october.end().toString());
        assertTrue(LevyPlan.Period.ofEvent("2569").isEmpty());
        assertTrue(LevyPlan.Period.ofEvent("2026-10-31/2026-10-01").isEmpty());
        assertTrue(LevyPlan.Period.ofEvent("2026-10-01/soon").isEmpty());
    }
}
