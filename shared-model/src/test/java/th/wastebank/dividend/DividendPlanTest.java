package th.wastebank.dividend;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import th.wastebank.validation.ReasonCode;
import th.wastebank.validation.Violation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DividendPlanTest {
    private static final LocalDate YEAR_END = LocalDate.of(2026, 9, 30);
    private static final UUID A = UUID.fromString("01936b2e-1f00-7abc-8def-0123456789a1");
    private static final UUID B = UUID.fromString("01936b2e-1f00-7abc-8def-0123456789a2");
    private static final UUID C = UUID.fromString("01936b2e-1f00-7abc-8def-0123456789a3");
    private static final UUID LATE = UUID.fromString("01936b2e-1f00-7abc-8def-0123456789a4");
    private static final LocalDate JOINED = LocalDate.of(2024, 5, 1);

    @Test
    void aMemberWhoLeftDuringTheYearSharesNothingByEitherRule() {
        List<DividendPlan.Member> members = List.of(new DividendPlan.Member(A, JOINED, 500),
                new DividendPlan.Member(B, JOINED, LocalDate.of(2026, 6, 1), 500),
                new DividendPlan.Member(C, JOINED, LocalDate.of(2026, 10, 1), 500));
        for (DividendPlan.Rule rule : DividendPlan.Rule.values()) {
            DividendPlan.Plan plan = DividendPlan.plan(rule, 100, YEAR_END, members);
            assertEquals(List.of(new DividendLine(A, 50), new DividendLine(C, 50)), plan.lines(),
                    rule + ": B left in June; C left after the year's end");
            assertEquals(1, plan.leftOut());
        }
    }

    @Test
    void thePoolIsTheShareOfAPositiveMarginRoundedDown() {
        assertEquals(33_330, DividendPlan.pool(100_001, 3_333), "100,001 x 33.33% = 33,330.33");
        assertEquals(0, DividendPlan.pool(-5_000, 5_000), "nothing is shared out of a loss");
        assertEquals(100_001, DividendPlan.pool(100_001, 10_000));
    }

    @Test
    void byDepositsEverySatangIsSharedAndTheLeftoverGoesToTheLargestRemainders() {
        // 100 satang over deposits 1:1:1 -> 33.33 each; the one satang left goes by remainder, then id
        List<DividendPlan.Member> three = List.of(new DividendPlan.Member(C, JOINED, 500),
                new DividendPlan.Member(A, JOINED, 500), new DividendPlan.Member(B, JOINED, 500));
        DividendPlan.Plan plan = DividendPlan.plan(DividendPlan.Rule.BY_DEPOSITS, 100, YEAR_END, three);
        assertEquals(List.of(new DividendLine(A, 34), new DividendLine(B, 33), new DividendLine(C, 33)), plan.lines());
        assertEquals(100, plan.total());

        // 1000 satang over 1:2:4 = 142.857, 285.714, 571.428 -> 142, 285, 571 and 2 left: to .857 then .714
        DividendPlan.Plan uneven = DividendPlan.plan(DividendPlan.Rule.BY_DEPOSITS, 1_000, YEAR_END, List.of(
                new DividendPlan.Member(A, JOINED, 100), new DividendPlan.Member(B, JOINED, 200),
                new DividendPlan.Member(C, JOINED, 400), new DividendPlan.Member(LATE, JOINED, 0)));
        assertEquals(List.of(new DividendLine(C, 571), new DividendLine(B, 286), new DividendLine(A, 143)),
                uneven.lines());
        assertEquals(1, uneven.leftOut(), "who deposited nothing shares nothing");
    }

    @Test
    void theSameMembersInAnotherOrderGetTheSameLines() {
        List<DividendPlan.Member> members = new ArrayList<>(List.of(new DividendPlan.Member(A, JOINED, 7),
                new DividendPlan.Member(B, JOINED, 11), new DividendPlan.Member(C, JOINED, 13)));
        DividendPlan.Plan first = DividendPlan.plan(DividendPlan.Rule.BY_DEPOSITS, 99_999, YEAR_END, members);
        Collections.reverse(members);
        assertEquals(first, DividendPlan.plan(DividendPlan.Rule.BY_DEPOSITS, 99_999, YEAR_END, members));
        assertEquals(99_999, first.total());
    }

    @Test
    void equalSharesGoToMembersActiveAtTheYearsEnd() {
        DividendPlan.Plan plan = DividendPlan.plan(DividendPlan.Rule.EQUAL, 1_001, YEAR_END, List.of(
                new DividendPlan.Member(B, JOINED, 0), new DividendPlan.Member(A, JOINED, 900),
                new DividendPlan.Member(LATE, YEAR_END.plusDays(1), 0)));
        assertEquals(List.of(new DividendLine(A, 501), new DividendLine(B, 500)), plan.lines());
        assertEquals(1, plan.leftOut());
    }

    @Test
    void aRunIsRefusedWhenItsTotalIsNotTheShareOfTheMarginOrNobodyShares() {
        Instant now = Instant.parse("2026-10-05T03:00:00Z");
        DividendRun ok = new DividendRun(2569, "BY_DEPOSITS", 5_000, 200, now,
                List.of(new DividendLine(A, 60), new DividendLine(B, 40)), 100, List.of("สมศรี", "สมชาย"), null);
        assertEquals(List.of(), ok.validate(now));
        DividendRun greedy = new DividendRun(2569, "BY_DEPOSITS", 5_000, 200, now,
                List.of(new DividendLine(A, 80), new DividendLine(B, 40)), 120, List.of("สมศรี", "สมชาย"), null);
        assertTrue(codes(greedy.validate(now)).contains(ReasonCode.DIVIDEND_ABOVE_SHARE));
        DividendRun empty = new DividendRun(25, "HALF", 0, 0, now, List.of(), 0, List.of("สมศรี"), null);
        assertEquals(List.of(ReasonCode.FISCAL_YEAR_INVALID, ReasonCode.DIVIDEND_RULE_INVALID,
                ReasonCode.DIVIDEND_SHARE_INVALID, ReasonCode.DIVIDEND_NO_MEMBERS,
                ReasonCode.DIVIDEND_APPROVERS_REQUIRED), codes(empty.validate(now)));
    }

    private static List<ReasonCode> codes(List<Violation> vs) {
        return vs.stream().map(Violation::code).toList();
    }
}
