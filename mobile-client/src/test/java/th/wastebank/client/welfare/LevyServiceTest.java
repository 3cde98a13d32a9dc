package th.wastebank.client.welfare;

import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import th.wastebank.client.app.ClientContext;
import th.wastebank.client.common.Invalid;
import th.wastebank.client.member.Member;
import th.wastebank.client.outbox.OutboxOp;
import th.wastebank.client.store.StoreFixture;
import th.wastebank.ledger.EntryKind;
import th.wastebank.validation.ReasonCode;
import th.wastebank.welfare.Funding;
import th.wastebank.welfare.WelfarePostings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class LevyServiceTest {
    private static final LocalDate LONG_AGO = LocalDate.of(2024, 1, 15);

    private static long count(ClientContext phone, String sql) {
        return phone.store().read(c -> {
            try (PreparedStatement ps = c.prepareStatement(sql); ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        });
    }

    @Test
    void aTwentyBahtLevyOver828MembersMakes829EntriesAndMovesExactlyItsTotalFromSavingsToTheFund(@TempDir Path dir) {
        try (ClientContext phone = StoreFixture.phone(dir)) {
            List<Member> members = WelfareFixture.members(phone, 828, LONG_AGO, 5_000);
            Scheme funeral = WelfareFixture.funeral(phone);
            Claim death = WelfareFixture.death(phone, funeral, members.get(0));
            long savingsBefore = count(phone, "SELECT SUM(amount) FROM entry WHERE account = 1");

            LevyPreview preview = phone.levies().preview(new LevyService.Request(funeral.id(),
                    LevyService.eventForClaim(death.id()), "ฌาปนกิจ สมาชิก 0000", null, null));
            assertEquals(828, preview.members());
            assertEquals(828 * WelfareFixture.TWENTY_BAHT, preview.total());
            assertEquals(0, preview.goingNegative());
            assertFalse(preview.alreadyRun());
            Levy levy = phone.levies().run(preview, "นายสมชาย เหรัญญิก", "นางสมหญิง ประธาน");

            assertEquals(829, count(phone, "SELECT COUNT(*) FROM entry WHERE kind = " + EntryKind.WELFARE_LEVY.code()));
            assertEquals(1_656_000, phone.fund().balance(), "16,560 baht in the fund");
            assertEquals(savingsBefore - 1_656_000, count(phone, "SELECT SUM(amount) FROM entry WHERE account = 1"));
            for (Member m : List.of(members.get(0), members.get(413), members.get(827))) {
                assertEquals(3_000, phone.ledger().balance(m.id()));
            }
            assertEquals(-WelfareFixture.TWENTY_BAHT, phone.ledger().entry(WelfarePostings.levyEntryId(levy.id(),
                    members.get(5).id())).orElseThrow().amount(), "the member's debit has the id every phone derives");
            assertEquals("ฌาปนกิจ สมาชิก 0000", phone.ledger().entry(levy.id()).orElseThrow().note());
            OutboxOp op = phone.outbox().pending(100).stream().filter(o -> o.type().equals("welfare.levy.run"))
                    .findFirst().orElseThrow();
            assertEquals(levy.id(), op.entityId());
            assertTrue(op.payloadJson().contains("\"total\":1656000"));
            assertEquals(List.of(levy), phone.levies().list());
        }
    }

    @Test
    void theSameEventCannotBeLeviedTwiceOnThisPhone(@TempDir Path dir) {
        try (ClientContext phone = StoreFixture.phone(dir)) {
            List<Member> members = WelfareFixture.members(phone, 5, LONG_AGO, 5_000);
            Scheme funeral = WelfareFixture.funeral(phone);
            Claim death = WelfareFixture.death(phone, funeral, members.get(0));
            WelfareFixture.levyFor(phone, funeral, death);

            LevyPreview again = phone.levies().preview(new LevyService.Request(funeral.id(),
                    LevyService.eventForClaim(death.id()), "หักซ้ำ", null, null));
            assertTrue(again.alreadyRun());
            Invalid refused = assertThrows(Invalid.class,
                    () -> phone.levies().run(again, "นายสมชาย เหรัญญิก", "นางสมหญิง ประธาน"));
            assertEquals(ReasonCode.LEVY_ALREADY_RUN, refused.violations().get(0).code());
            assertEquals("หักเงินสมทบสำหรับเหตุการณ์นี้ไปแล้ว จึงไม่หักซ้ำ", refused.messageTh());
            assertEquals(5 * WelfareFixture.TWENTY_BAHT, phone.fund().balance(), "nothing was debited again");
            assertEquals(3_000, phone.ledger().balance(members.get(1).id()));
        }
    }

    @Test
    void aLevyNeedsTwoDifferentCommitteeMembers(@TempDir Path dir) {
        try (ClientContext phone = StoreFixture.phone(dir)) {
            List<Member> members = WelfareFixture.members(phone, 3, LONG_AGO, 5_000);
            Scheme funeral = WelfareFixture.funeral(phone);
            Claim death = WelfareFixture.death(phone, funeral, members.get(0));
            LevyPreview preview = phone.levies().preview(new LevyService.Request(funeral.id(),
                    LevyService.eventForClaim(death.id()), "ฌาปนกิจ", null, null));

            assertEquals(ReasonCode.WELFARE_APPROVERS_REQUIRED, assertThrows(Invalid.class,
                    () -> phone.levies().run(preview, "นายสมชาย", " นายสมชาย ")).violations().get(0).code());
            assertEquals(ReasonCode.WELFARE_APPROVERS_REQUIRED, assertThrows(Invalid.class,
                    () -> phone.levies().run(preview, "นายสมชาย", "")).violations().get(0).code());
            assertEquals(0, phone.fund().balance());
            assertEquals(List.of(), phone.levies().list());
        }
    }

    @Test
    void onlyMembersWhoHadJoinedByTodayAreLeviedAndThoseGoingBelowZeroAreMarked(@TempDir Path dir) {
        try (ClientContext phone = StoreFixture.phone(dir)) {
            WelfareFixture.members(phone, 3, LONG_AGO, 5_000);
            List<Member> empty = WelfareFixture.members(phone, 1, LONG_AGO, 1_000);
            WelfareFixture.members(phone, 2, LocalDate.of(2026, 11, 21), 0);
            Scheme funeral = WelfareFixture.funeral(phone);

            LevyPreview preview = phone.levies().preview(new LevyService.Request(funeral.id(), "e-1", "ฌาปนกิจ",
                    null, null));

            assertEquals(4, preview.members());
            assertEquals(2, preview.notYetMembers(), "joined tomorrow");
            assertEquals(1, preview.goingNegative());
            LevyPreview.Line poor = preview.lines().stream().filter(l -> l.memberId().equals(empty.get(0).id()))
                    .findFirst().orElseThrow();
            assertEquals(-1_000, poor.balanceAfter());
            assertTrue(poor.goesNegative());
        }
    }

    @Test
    void aDepositShareIsEachMembersShareOfWhatTheyDepositedInThePeriodRoundedHalfUp(@TempDir Path dir) {
        try (ClientContext phone = StoreFixture.phone(dir)) {
            List<Member> a = WelfareFixture.members(phone, 1, LONG_AGO, 4_000);
            List<Member> b = WelfareFixture.members(phone, 1, LONG_AGO, 1_234);
            WelfareFixture.members(phone, 1, LONG_AGO, 0);
            Scheme share = phone.schemes().create(new SchemeService.Draft("ทุนการศึกษา", "SCHOLARSHIP", "FIXED",
                    100_000, null, 0, 0, 0, "DEPOSIT_SHARE", null, 250L, "ACTIVE"));
            LocalDate from = LocalDate.of(2026, 11, 1);
            LocalDate to = LocalDate.of(2026, 11, 30);

            LevyPreview preview = phone.levies().preview(new LevyService.Request(share.id(),
                    LevyService.eventForPeriod(from, to), "2.5% ของยอดฝาก พ.ย. 2569", from, to));

            assertEquals(Funding.DEPOSIT_SHARE, preview.basis());
            assertEquals("2026-11-01/2026-11-30", preview.event());
            assertEquals(List.of(100L, 31L), preview.lines().stream()
                    .sorted((x, y) -> Long.compare(y.amount(), x.amount())).map(LevyPreview.Line::amount).toList());
            assertEquals(List.of(a.get(0).id(), b.get(0).id()), preview.lines().stream()
                    .sorted((x, y) -> Long.compare(y.amount(), x.amount())).map(LevyPreview.Line::memberId).toList());
            assertEquals(1, preview.nothingToShare());
            assertEquals(131, preview.total());
        }
    }

    @Test
    void anAnnualFeeIsKeyedByTheBuddhistYearAndASaleMarginSchemeIsNeverLevied(@TempDir Path dir) {
        assertEquals("2569", LevyService.eventForYear(LocalDate.of(2026, 11, 20)));
        try (ClientContext phone = StoreFixture.phone(dir)) {
            WelfareFixture.members(phone, 2, LONG_AGO, 5_000);
            Scheme hospital = WelfareFixture.hospital(phone);
            assertEquals(ReasonCode.LEVY_BASIS_INVALID, assertThrows(Invalid.class, () -> phone.levies().preview(
                    new LevyService.Request(hospital.id(), "2569", "ค่าบำรุง", null, null))).violations().get(0).code());
            Scheme fee = phone.schemes().create(new SchemeService.Draft("ผู้สูงอายุ", "ELDER", "FIXED", 50_000, null,
                    12, 0, 0, "ANNUAL_FEE", 10_000L, null, "ACTIVE"));
            LevyPreview preview = phone.levies().preview(new LevyService.Request(fee.id(),
                    LevyService.eventForYear(LocalDate.of(2026, 11, 20)), "ค่าบำรุงปี 2569", null, null));
            assertEquals(20_000, preview.total());
            assertEquals(ReasonCode.EVENT_REQUIRED, assertThrows(Invalid.class, () -> phone.levies().preview(
                    new LevyService.Request(fee.id(), " ", "ค่าบำรุง", null, null))).violations().get(0).code());
        }
    }
}
