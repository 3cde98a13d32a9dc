package th.wastebank.e2e;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import th.wastebank.client.app.ClientContext;
import th.wastebank.client.committee.Approved;
import th.wastebank.client.common.Invalid;
import th.wastebank.client.deposit.DepositService;
import th.wastebank.client.dividend.DividendPreview;
import th.wastebank.client.member.Member;
import th.wastebank.client.member.MemberService;
import th.wastebank.client.outbox.OutboxOp;
import th.wastebank.client.sale.SaleService;
import th.wastebank.client.sync.SyncStatus;
import th.wastebank.dividend.DividendPlan;
import th.wastebank.sale.SaleLine;
import th.wastebank.server.support.Api;
import th.wastebank.server.support.Db;
import th.wastebank.server.support.TestOrgs;
import th.wastebank.validation.Dates;
import th.wastebank.validation.ReasonCode;
import th.wastebank.year.FiscalYear;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A dividend run twice, end to end: two committee phones, each with no signal, run the year-end
 * dividend for the same fiscal year. The first to reach the real server is applied; the second is
 * refused (DIVIDEND_ALREADY_RUN) and credits nobody twice; once the second phone gives its run up,
 * its members' savings are the server's, and a new run for that year is refused on the phone itself.
 */
class DividendSyncTest extends OnRunningServer {
    private static final Approved COMMITTEE = Approved.byNames("นายสมชาย ประธาน", "นางสมศรี เหรัญญิก");

    @Test
    void aDividendRunTwiceIsRefused(@TempDir Path phoneADir, @TempDir Path phoneBDir) throws Exception {
        Api api = server.api();
        String org = TestOrgs.create("อบต.ปันผลสองเครื่อง");
        try (ClientContext phoneA = phone(phoneADir);
             ClientContext phoneB = phone(phoneBDir)) {
            phoneA.pairing().pair(server.url(), api.pairingCode(org), "โทรศัพท์ประธาน");
            phoneB.pairing().pair(server.url(), api.pairingCode(org), "โทรศัพท์เหรัญญิก");
            LocalDate today = LocalDate.now(Dates.THAI);
            FiscalYear year = FiscalYear.of(today);

            // phone A: two members deposit 240 and 560 baht; 100 kg sold for 1,000 baht (a margin of 200 baht)
            phoneA.prices().set("PET_CLEAR", 800, today, null);
            Member small = phoneA.members().register(new MemberService.Draft("นางสมใจ ฝากน้อย", "7", "หมู่ 4", null,
                    today.minusYears(1)));
            Member large = phoneA.members().register(new MemberService.Draft("นายมานะ ฝากมาก", "9", "หมู่ 4", null,
                    today.minusYears(1)));
            phoneA.deposits().record(small.id(), List.of(new DepositService.LineDraft("PET_CLEAR", 30_000)));
            phoneA.deposits().record(large.id(), List.of(new DepositService.LineDraft("PET_CLEAR", 70_000)));
            SaleService.Buyer buyer = phoneA.sales().addBuyer("กรีนไลน์", "COMPANY", null, null);
            phoneA.sales().record(buyer.id(), List.of(SaleLine.priced("PET_CLEAR", 100_000, 1_000)), "สมหญิง", null);
            phoneA.sync().syncOnce();
            phoneB.sync().syncOnce();
            assertEquals(80_000, Db.savings(org));

            // both phones, with no signal, pay half the year's margin by deposits
            DividendPreview onA = phoneA.dividends().preview(year, DividendPlan.Rule.BY_DEPOSITS, 5_000);
            DividendPreview onB = phoneB.dividends().preview(year, DividendPlan.Rule.BY_DEPOSITS, 5_000);
            assertEquals(onA.lines(), onB.lines(), "both phones make the same lines from the same sales and deposits");
            assertEquals(List.of(7_000L, 3_000L), onA.lines().stream().map(DividendPreview.Line::amount).toList());
            assertFalse(onB.alreadyRun());
            phoneA.dividends().run(onA, COMMITTEE);
            phoneB.dividends().run(onB, COMMITTEE);
            assertEquals(56_000 + 7_000, phoneB.ledger().balance(large.id()));

            // A reaches the server first; B's run is refused and credits nobody twice
            assertEquals(0, phoneA.sync().syncOnce().rejected());
            assertEquals(80_000 + 10_000, Db.savings(org));
            long ledgerRows = Db.ledgerRows(org);
            SyncStatus b = phoneB.sync().syncOnce();
            assertEquals(1, b.rejected());
            List<OutboxOp> refused = phoneB.outbox().rejected();
            assertEquals("dividend.run", refused.get(0).type());
            assertEquals(ReasonCode.DIVIDEND_ALREADY_RUN.name(), refused.get(0).reasonCode());
            assertEquals("ปันผลของปีงบประมาณนี้จ่ายไปแล้ว จึงไม่จ่ายซ้ำ", ReasonCode.DIVIDEND_ALREADY_RUN.messageTh(null));
            assertEquals(ledgerRows, Db.ledgerRows(org));
            assertEquals(80_000 + 10_000, Db.savings(org), "the server credited the dividend once");
            assertEquals(1, Db.count("SELECT COUNT(*) FROM dividend_run r JOIN org o ON o.id = r.org_id"
                    + " WHERE o.code = ?", org));

            // B gives its run up: its members' savings are the server's, and a new run for the year is refused here
            phoneB.outbox().discard(refused.get(0).seq());
            assertEquals(56_000 + 7_000, phoneB.ledger().balance(large.id()));
            assertEquals(24_000 + 3_000, phoneB.ledger().balance(small.id()));
            DividendPreview again = phoneB.dividends().preview(year, DividendPlan.Rule.BY_DEPOSITS, 5_000);
            assertTrue(again.alreadyRun(), "B holds A's run, pulled from the server");
            Invalid refusedHere = assertThrows(Invalid.class, () -> phoneB.dividends().run(again, COMMITTEE));
            assertEquals(ReasonCode.DIVIDEND_ALREADY_RUN, refusedHere.violations().get(0).code());
            assertEquals(0, phoneB.outbox().pendingCount());
        }
    }
}
