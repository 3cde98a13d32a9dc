package th.wastebank.server.dividend;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import th.wastebank.deposit.DepositLine;
import th.wastebank.dividend.DividendLine;
import th.wastebank.dividend.DividendRun;
import th.wastebank.sale.BuyerUpsert;
import th.wastebank.sale.SaleLine;
import th.wastebank.sale.SaleRecord;
import th.wastebank.server.support.Api;
import th.wastebank.server.support.Db;
import th.wastebank.server.support.Ops;
import th.wastebank.server.support.ServerTestBase;
import th.wastebank.server.support.SharedServer;
import th.wastebank.server.support.TestOrgs;
import th.wastebank.sync.SyncOp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The year-end dividend through the real push API: credited to each member's savings and debited
 * from the bank's account once per fiscal year, a second run refused in Thai, a run above the share
 * of the server's margin or off the plan applied and flagged.
 */
@SharedServer
class DividendPushTest extends ServerTestBase {
    /** 2026-11-20 10:00 in Thailand: ปีงบประมาณ 2570. */
    private final Ops ops = new Ops(Instant.parse("2026-11-20T03:00:00Z"));
    private static final List<String> APPROVERS = List.of("นายสมชาย ประธาน", "นางสมศรี เหรัญญิก");

    private record Bank(String org, Api.Device phone, UUID small, UUID large) {
    }

    /** Two members who deposited 240 and 560 baht; 100 kg sold for 1,000 baht: a margin of 200 baht. */
    private Bank bank(String name) {
        String org = TestOrgs.create(name);
        Api.Device phone = api().pair(org);
        UUID small = Ops.newId();
        UUID large = Ops.newId();
        UUID buyer = Ops.newId();
        assertEquals(List.of("APPLIED", "APPLIED", "APPLIED", "APPLIED", "APPLIED", "APPLIED"), api().pushStatuses(phone,
                List.of(ops.member(small, "นางสมใจ ฝากน้อย"), ops.member(large, "นายมานะ ฝากมาก"),
                        ops.op(buyer, new BuyerUpsert("กรีนไลน์", "COMPANY", null, null)),
                        ops.deposit(small, DepositLine.priced("PET_CLEAR", 30_000, 800)),
                        ops.deposit(large, DepositLine.priced("PET_CLEAR", 70_000, 800)),
                        ops.op(Ops.newId(), SaleRecord.of(buyer, LocalDate.of(2026, 11, 20),
                                List.of(SaleLine.priced("PET_CLEAR", 100_000, 1_000)), null, "สมหญิง")))));
        return new Bank(org, phone, small, large);
    }

    private SyncOp run(long margin, long shareBp, List<DividendLine> lines) {
        return ops.op(Ops.newId(), new DividendRun(2570, "BY_DEPOSITS", shareBp, margin,
                Instant.parse("2026-11-25T03:00:00Z"), lines, lines.stream().mapToLong(DividendLine::amount).sum(),
                APPROVERS, null));
    }

    private static long bankAccount(String org) {
        return Db.count("SELECT COALESCE(SUM(e.amount), 0) FROM ledger_entry e JOIN org o ON o.id = e.org_id"
                + " WHERE o.code = ? AND e.account = 3", org);
    }

    private static long flags(String org, String kind) {
        return Db.count("SELECT COUNT(*) FROM review_flag f JOIN org o ON o.id = f.org_id WHERE o.code = ?"
                + " AND f.kind = ?", org, kind);
    }

    @Test
    void theDividendIsCreditedOncePerFiscalYearAndASecondRunIsRefused() {
        Bank bank = bank("อบต.ปันผลสิ้นปี");
        // 33.33% of 200 baht = 66.66 baht; by deposits 24:56 -> 19.998 and 46.662 baht; the satang left goes to 19.998
        List<DividendLine> lines = List.of(new DividendLine(bank.large(), 4_666), new DividendLine(bank.small(), 2_000));
        assertEquals(List.of("APPLIED"), api().pushStatuses(bank.phone(), List.of(run(20_000, 3_333, lines))));
        assertEquals(80_000 + 6_666, Db.savings(bank.org()), "every satang of the dividend is in members' savings");
        assertEquals(-6_666, bankAccount(bank.org()), "paid from the bank's own account");
        assertEquals(0, flags(bank.org(), "DIVIDEND_ABOVE_MARGIN") + flags(bank.org(), "DIVIDEND_MISMATCH"));

        Api.Device other = api().pair(bank.org(), "เครื่องเหรัญญิก");
        Api.Response again = api().push(other, List.of(run(20_000, 3_333, lines)));
        Map<?, ?> reason = (Map<?, ?>) again.results().get(0).get("reason");
        assertEquals("DIVIDEND_ALREADY_RUN", reason.get("code"));
        assertEquals("ปันผลของปีงบประมาณนี้จ่ายไปแล้ว จึงไม่จ่ายซ้ำ", reason.get("messageTh"));
        assertEquals(80_000 + 6_666, Db.savings(bank.org()), "the refused run credits nothing");
        assertEquals(1, Db.count("SELECT COUNT(*) FROM dividend_run r JOIN org o ON o.id = r.org_id WHERE o.code = ?",
                bank.org()));
    }

    @Test
    void aRunAboveTheServersMarginOrOffThePlanIsAppliedAndFlagged() {
        Bank bank = bank("อบต.ปันผลเกินกำไร");
        // the phone believed in a margin of 2,000 baht; the server's sales give 200 baht; and all to one member
        List<DividendLine> lines = List.of(new DividendLine(bank.large(), 100_000));
        assertEquals(List.of("APPLIED"), api().pushStatuses(bank.phone(), List.of(run(200_000, 5_000, lines))));
        assertEquals(80_000 + 100_000, Db.savings(bank.org()), "the money was handed out: the run stands");
        String detail = Db.string("SELECT detail FROM review_flag f JOIN org o ON o.id = f.org_id WHERE o.code = ?"
                + " AND f.kind = 'DIVIDEND_ABOVE_MARGIN'", bank.org());
        assertTrue(detail.contains("\"serverMargin\":20000") && detail.contains("\"total\":100000"), detail);
        assertEquals(1, flags(bank.org(), "DIVIDEND_MISMATCH"), "the other depositor's share is missing");
    }
}
