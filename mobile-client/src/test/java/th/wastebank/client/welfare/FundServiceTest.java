package th.wastebank.client.welfare;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import th.wastebank.client.app.ClientContext;
import th.wastebank.client.common.Invalid;
import th.wastebank.client.ledger.LedgerEntry;
import th.wastebank.client.member.Member;
import th.wastebank.client.store.StoreFixture;
import th.wastebank.ledger.EntryKind;
import th.wastebank.validation.ReasonCode;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class FundServiceTest {
    private static final LocalDate LONG_AGO = LocalDate.of(2024, 1, 15);

    @Test
    void aPayoutNeedsTwoDifferentCommitteeMembers(@TempDir Path dir) {
        try (ClientContext phone = StoreFixture.phone(dir)) {
            List<Member> members = WelfareFixture.members(phone, 2, LONG_AGO, 5_000);
            Scheme funeral = WelfareFixture.funeral(phone);
            Claim death = WelfareFixture.death(phone, funeral, members.get(0));
            Invalid one = assertThrows(Invalid.class, () -> phone.fund().pay(death.id(), 300_000, "นายสมชาย", ""));
            assertEquals(ReasonCode.WELFARE_APPROVERS_REQUIRED, one.violations().get(0).code());
            assertEquals("การจ่ายสวัสดิการหรือหักเงินสมทบต้องมีกรรมการยืนยันสองคน", one.messageTh());
            assertEquals(ReasonCode.WELFARE_APPROVERS_REQUIRED, assertThrows(Invalid.class,
                    () -> phone.fund().pay(death.id(), 300_000, "นายสมชาย", "นายสมชาย")).violations().get(0).code());
            assertEquals(0, phone.fund().summary().entries());
            assertEquals(List.of(), phone.fund().payouts(death.id()));
        }
    }

    @Test
    void aPayoutComesOutOfTheFundAndNeverTouchesTheMembersSavings(@TempDir Path dir) {
        try (ClientContext phone = StoreFixture.phone(dir)) {
            List<Member> members = WelfareFixture.members(phone, 3, LONG_AGO, 5_000);
            Scheme funeral = WelfareFixture.funeral(phone);
            Member widow = members.get(1);
            Claim death = WelfareFixture.death(phone, funeral, widow);
            phone.fund().contribute(500_000, "SALE_MARGIN", "กำไรขายขยะ ต.ค.");

            Payout payout = phone.fund().pay(death.id(), 300_000, "นายสมชาย เหรัญญิก", "นางสมหญิง ประธาน");

            assertEquals(5_000, phone.ledger().balance(widow.id()), "savings unchanged");
            assertEquals(200_000, phone.fund().balance());
            List<LedgerEntry> received = phone.ledger().fundEntriesOf(widow.id());
            assertEquals(1, received.size());
            assertEquals(payout.id(), received.get(0).id());
            assertEquals(-300_000, received.get(0).amount());
            assertEquals("ฌาปนกิจสงเคราะห์", received.get(0).note());
            Claim paid = phone.claims().get(death.id()).orElseThrow();
            assertEquals(300_000, paid.paid());
            assertTrue(paid.isPaid());
            assertEquals(List.of("นายสมชาย เหรัญญิก", "นางสมหญิง ประธาน"), phone.fund().payouts(death.id()).get(0).approvedBy());
        }
    }

    @Test
    void payingMoreThanTheFundHoldsOrPayingTwiceIsWarnedButRecorded(@TempDir Path dir) {
        try (ClientContext phone = StoreFixture.phone(dir)) {
            List<Member> members = WelfareFixture.members(phone, 2, LONG_AGO, 5_000);
            Scheme funeral = WelfareFixture.funeral(phone);
            Claim death = WelfareFixture.death(phone, funeral, members.get(0));
            WelfareFixture.levyFor(phone, funeral, death);

            PayoutCheck first = phone.fund().check(death.id(), 300_000);
            assertEquals(300_000, first.ruleAmount());
            assertEquals(4_000, first.fundBalance());
            assertTrue(first.aboveFund());
            assertFalse(first.alreadyPaid());
            assertFalse(first.aboveRule());
            phone.fund().pay(death.id(), 300_000, "นายสมชาย เหรัญญิก", "นางสมหญิง ประธาน");
            assertEquals(-296_000, phone.fund().balance());

            PayoutCheck second = phone.fund().check(death.id(), 1_000);
            assertTrue(second.alreadyPaid());
            assertTrue(second.aboveRule());
            phone.fund().pay(death.id(), 1_000, "นายสมชาย เหรัญญิก", "นางสมหญิง ประธาน");
            assertEquals(2, phone.fund().payouts(death.id()).size());
        }
    }

    @Test
    void aContributionCreditsTheFundFromOutsideSavings(@TempDir Path dir) {
        try (ClientContext phone = StoreFixture.phone(dir)) {
            assertEquals(ReasonCode.CONTRIBUTION_SOURCE_INVALID, assertThrows(Invalid.class,
                    () -> phone.fund().contribute(10_000, "GIFT", null)).violations().get(0).code());
            assertEquals(ReasonCode.AMOUNT_NOT_POSITIVE, assertThrows(Invalid.class,
                    () -> phone.fund().contribute(0, "DONATION", null)).violations().get(0).code());

            phone.fund().contribute(150_000, "DONATION", "ผู้ใหญ่บ้านบริจาค");

            assertEquals(new FundSummary(150_000, 0, 150_000, 0, 0, 1), phone.fund().summary());
            FundRow row = phone.fund().history().get(0);
            assertEquals(EntryKind.WELFARE_CONTRIBUTION, row.entry().kind());
            assertEquals("ผู้ใหญ่บ้านบริจาค", row.title());
            assertEquals("DONATION", row.source());
        }
    }

    @Test
    void theFundsHistorySaysWhatEachEntryWasNewestFirst(@TempDir Path dir) {
        try (ClientContext phone = StoreFixture.phone(dir)) {
            List<Member> members = WelfareFixture.members(phone, 4, LONG_AGO, 5_000);
            Scheme funeral = WelfareFixture.funeral(phone);
            Claim death = WelfareFixture.death(phone, funeral, members.get(2));
            WelfareFixture.levyFor(phone, funeral, death);
            phone.fund().contribute(100_000, "SALE_MARGIN", null);
            phone.fund().pay(death.id(), 100_000, "นายสมชาย เหรัญญิก", "นางสมหญิง ประธาน");

            List<FundRow> history = phone.fund().history();

            assertEquals(List.of(EntryKind.WELFARE_PAYOUT, EntryKind.WELFARE_CONTRIBUTION, EntryKind.WELFARE_LEVY),
                    history.stream().map(r -> r.entry().kind()).toList());
            assertEquals("ฌาปนกิจสงเคราะห์", history.get(0).title());
            assertEquals(members.get(2).name(), history.get(0).memberName());
            assertEquals("ฌาปนกิจ " + members.get(2).name(), history.get(2).title());
            assertEquals(4, history.get(2).members());
            assertEquals(new FundSummary(8_000, 8_000, 100_000, 100_000, 0, 3), phone.fund().summary());
        }
    }
}
