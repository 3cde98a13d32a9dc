package th.wastebank.welfare;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import th.wastebank.id.Uuid7;
import th.wastebank.json.CanonicalJson;
import th.wastebank.ledger.Account;
import th.wastebank.ledger.Posting;
import th.wastebank.sync.OpPayload;
import th.wastebank.sync.OpPayloads;
import th.wastebank.validation.ReasonCode;
import th.wastebank.validation.Violation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class WelfareRulesTest {
    private static final Instant NOW = Instant.parse("2026-11-23T03:00:00Z");
    private static final UUID SCHEME = UUID.fromString("01936b2e-1f00-7abc-8def-0123456789aa");
    private static final UUID MEMBER = UUID.fromString("01936b2e-1f00-7abc-8def-0123456789ab");
    private static final UUID RUN = UUID.fromString("019aa000-0000-7000-8000-000000000001");

    static SchemeUpsert funeral(long minMonths, long minDeposits, long lookback) {
        return new SchemeUpsert("ฌาปนกิจสมาชิก", "FUNERAL", "FIXED", 500_000, null, minMonths, minDeposits, lookback,
                "LEVY_PER_EVENT", 2_000L, null, "ACTIVE", 1);
    }

    @Test
    void everyWelfarePayloadSurvivesItsOwnJson() {
        List<OpPayload> payloads = List.of(
                funeral(6, 10_000, 3),
                new SchemeUpsert("นอนโรงพยาบาล", "ILLNESS", "PER_DAY", 10_000, 10L, 0, 0, 0, "DEPOSIT_SHARE", null,
                        500L, "ACTIVE", 2),
                new ClaimFile(SCHEME, MEMBER, LocalDate.of(2026, 11, 20), 3L, "ใบรับรองแพทย์", List.of(), NOW),
                new LevyRun(SCHEME, "claim-1", "ฌาปนกิจ นายสมชาย", "LEVY_PER_EVENT", NOW,
                        List.of(new LevyLine(MEMBER, 2_000)), 2_000, List.of("ประธาน", "เหรัญญิก")),
                new PayoutRecord(SCHEME, 500_000, NOW, List.of("ประธาน", "เหรัญญิก")),
                new FundContribution(150_000, "SALE_MARGIN", "กำไรขายขวด", NOW));
        for (OpPayload p : payloads) {
            OpPayloads.Decoded decoded = OpPayloads.decode(p.type(), p.toJson(), NOW);
            assertTrue(decoded.ok(), () -> p + " -> " + decoded.violations());
            assertEquals(CanonicalJson.write(p.toJson()), CanonicalJson.write(decoded.payload().toJson()));
        }
    }

    @Test
    void aSchemeNeedsAPayoutRuleAndAFundingAmountThatFit() {
        SchemeUpsert perDayWithoutMax = new SchemeUpsert("ป่วย", "ILLNESS", "PER_DAY", 10_000, null, 0, 0, 0,
                "SALE_MARGIN", null, null, "ACTIVE", 1);
        assertEquals(List.of(Violation.of(ReasonCode.PAYOUT_RULE_INVALID, "payoutRule")), perDayWithoutMax.validate(NOW));
        SchemeUpsert levyWithoutAmount = new SchemeUpsert("ศพ", "FUNERAL", "FIXED", 10_000, null, 0, 0, 0,
                "LEVY_PER_EVENT", null, null, "ACTIVE", 1);
        assertEquals(List.of(Violation.of(ReasonCode.FUNDING_INVALID, "funding")), levyWithoutAmount.validate(NOW));
        SchemeUpsert badType = new SchemeUpsert(" ", "WEDDING", "FIXED", 10_000, null, -1, 0, 0,
                "SALE_MARGIN", null, null, "OPEN", 0);
        assertEquals(List.of(ReasonCode.SCHEME_NAME_REQUIRED, ReasonCode.WELFARE_TYPE_INVALID,
                        ReasonCode.ELIGIBILITY_INVALID, ReasonCode.SCHEME_STATUS_INVALID, ReasonCode.VERSION_INVALID),
                badType.validate(NOW).stream().map(Violation::code).toList());
    }

    @Test
    void aPerDaySchemePaysForTheDaysUpToItsMaximum() {
        SchemeUpsert s = new SchemeUpsert("นอนโรงพยาบาล", "ILLNESS", "PER_DAY", 20_000, 7L, 0, 0, 0,
                "SALE_MARGIN", null, null, "ACTIVE", 1);
        assertEquals(60_000, s.payoutFor(3L));
        assertEquals(140_000, s.payoutFor(30L));
        assertEquals(500_000, funeral(0, 0, 0).payoutFor(null));
    }

    @Test
    void eligibilityCountsWholeMonthsOfMembershipAndDepositsInTheWindow() {
        SchemeUpsert s = funeral(6, 10_000, 3);
        LocalDate event = LocalDate.of(2026, 11, 20);
        assertEquals(List.of(), Eligibility.check(s, LocalDate.of(2026, 5, 20), event, 10_000));
        List<Eligibility.Unmet> unmet = Eligibility.check(s, LocalDate.of(2026, 5, 21), event, 9_999);
        assertEquals(List.of(new Eligibility.Unmet(Eligibility.Rule.MEMBERSHIP, 5, 6),
                new Eligibility.Unmet(Eligibility.Rule.DEPOSITS, 9_999, 10_000)), unmet);
        assertEquals("เป็นสมาชิกมา 5 เดือน สวัสดิการนี้ต้องเป็นสมาชิกอย่างน้อย 6 เดือน", unmet.get(0).messageTh());
        assertEquals("ยอดฝากในช่วงที่กำหนด 99.99 บาท ต้องไม่น้อยกว่า 100.00 บาท", unmet.get(1).messageTh());
        assertEquals(LocalDate.of(2026, 8, 21), Eligibility.windowStart(s, event));
        assertEquals(0, Eligibility.membershipMonths(LocalDate.of(2026, 12, 1), event));
    }

    @Test
    void aDepositShareIsRoundedHalfUp() {
        assertEquals(5, Eligibility.depositShare(100, 500));
        assertEquals(3, Eligibility.depositShare(50, 500));
        assertEquals(2, Eligibility.depositShare(49, 500));
        assertEquals(0, Eligibility.depositShare(-100, 500));
    }

    @Test
    void aLevyRunNeedsDistinctMembersATotalThatAddsUpAndTwoApprovers() {
        LevyRun run = new LevyRun(SCHEME, "claim-1", "ฌาปนกิจ", "SALE_MARGIN", NOW,
                List.of(new LevyLine(MEMBER, 2_000), new LevyLine(MEMBER, 2_000)), 3_000, List.of("ก", " ก "));
        assertEquals(List.of(ReasonCode.LEVY_BASIS_INVALID, ReasonCode.LEVY_MEMBER_REPEATED, ReasonCode.TOTAL_MISMATCH,
                ReasonCode.WELFARE_APPROVERS_REQUIRED), run.validate(NOW).stream().map(Violation::code).toList());
    }

    @Test
    void aLevyRunOf828MembersPostsOneFundCreditAndOneDistinctDebitEach() {
        List<LevyLine> lines = new ArrayList<>();
        for (int i = 0; i < 828; i++) {
            lines.add(new LevyLine(new UUID(0x019aa00000007000L | i, 0x8000000000000000L | i), 2_000));
        }
        LevyRun run = new LevyRun(SCHEME, "claim-1", "ฌาปนกิจ", "LEVY_PER_EVENT", NOW, lines, 828 * 2_000,
                List.of("ก", "ข"));
        assertEquals(List.of(), run.validate(NOW));
        List<Posting> postings = WelfarePostings.levy(RUN, run);
        assertEquals(829, postings.size());
        assertEquals(0, postings.stream().mapToLong(Posting::amount).sum());
        assertEquals(1_656_000, postings.stream().filter(p -> p.account() == Account.WELFARE_FUND)
                .mapToLong(Posting::amount).sum());
        Set<UUID> ids = new HashSet<>();
        for (Posting p : postings) {
            assertTrue(Uuid7.isV7(p.id()), p.id()::toString);
            assertEquals(Uuid7.timestamp(RUN), Uuid7.timestamp(p.id()));
            ids.add(p.id());
        }
        assertEquals(829, ids.size());
        assertEquals(WelfarePostings.levy(RUN, run), postings, "the same run always gives the same entries");
        assertNotEquals(WelfarePostings.levyEntryId(RUN, MEMBER),
                WelfarePostings.levyEntryId(UUID.fromString("019aa000-0000-7000-8000-000000000002"), MEMBER));
    }
}
