package th.wastebank.server.welfare;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import th.wastebank.deposit.DepositLine;
import th.wastebank.sale.BuyerUpsert;
import th.wastebank.sale.SaleLine;
import th.wastebank.sale.SaleRecord;
import th.wastebank.server.support.Api;
import th.wastebank.server.support.Db;
import th.wastebank.server.support.Ops;
import th.wastebank.server.support.ServerTestBase;
import th.wastebank.server.support.SharedServer;
import th.wastebank.server.support.StaffClient;
import th.wastebank.server.support.TestOrgs;
import th.wastebank.server.support.WebSession;
import th.wastebank.sync.SyncOp;
import th.wastebank.welfare.MarginRun;
import th.wastebank.welfare.SchemeUpsert;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Sale-margin runs through the real push API: part of a month's margin credited to the welfare fund
 * once per scheme and month, a second run refused in Thai, a run above the server's margin for the
 * month applied and flagged, a scheme not funded by the margin refused.
 */
@SharedServer
class MarginRunPushTest extends ServerTestBase {
    /** 2026-11-20 10:00 in Thailand. */
    private final Ops ops = new Ops(Instant.parse("2026-11-20T03:00:00Z"));

    private static long fund(String org) {
        return Db.count("SELECT COALESCE(SUM(e.amount), 0) FROM ledger_entry e JOIN org o ON o.id = e.org_id"
                + " WHERE o.code = ? AND e.account = 2", org);
    }

    private SyncOp marginScheme(UUID id, String funding) {
        return ops.op(id, new SchemeUpsert("กองทุนจากกำไรขาย", "OTHER", "FIXED", 50_000, null, 0, 0, 0, funding,
                "ANNUAL_FEE".equals(funding) ? 2_000L : null, null, "ACTIVE", 1));
    }

    private SyncOp run(UUID scheme, String month, long amount, long margin) {
        return ops.op(Ops.newId(), new MarginRun(scheme, month, amount, margin, Instant.parse("2026-12-01T03:00:00Z"),
                List.of("นายสมชาย ประธาน", "นางสมศรี เหรัญญิก"), null));
    }

    @Test
    void aMonthsMarginIsMovedOnceAndARunAboveTheServersMarginIsFlagged() {
        String org = TestOrgs.create("อบต.กำไรเข้ากองทุน");
        Api.Device phone = api().pair(org);
        Api.Device other = api().pair(org, "เครื่องเหรัญญิก");
        UUID member = Ops.newId();
        UUID buyer = Ops.newId();
        UUID scheme = Ops.newId();
        UUID feeScheme = Ops.newId();
        // November: 100 kg bought at 8 baht, sold at 10 baht: a margin of 200 baht
        assertEquals(List.of("APPLIED", "APPLIED", "APPLIED", "APPLIED", "APPLIED", "APPLIED"), api().pushStatuses(phone,
                List.of(ops.member(member, "นางสมใจ ฝากประจำ"), ops.op(buyer, new BuyerUpsert("กรีนไลน์", "COMPANY", null, null)),
                        ops.deposit(member, DepositLine.priced("PET_CLEAR", 100_000, 800)),
                        ops.op(Ops.newId(), SaleRecord.of(buyer, LocalDate.of(2026, 11, 20),
                                List.of(SaleLine.priced("PET_CLEAR", 100_000, 1_000)), null, "สมหญิง")),
                        marginScheme(scheme, "SALE_MARGIN"), marginScheme(feeScheme, "ANNUAL_FEE"))));
        long savings = Db.savings(org);

        assertEquals(List.of("APPLIED"), api().pushStatuses(phone, List.of(run(scheme, "2026-11", 15_000, 20_000))));
        assertEquals(15_000, fund(org), "150 of the 200 baht, as the committee lowered it");
        assertEquals(savings, Db.savings(org), "members' savings are untouched");

        Api.Response again = api().push(other, List.of(run(scheme, "2026-11", 5_000, 20_000)));
        Map<?, ?> reason = (Map<?, ?>) again.results().get(0).get("reason");
        assertEquals("MARGIN_ALREADY_RUN", reason.get("code"));
        assertEquals("โอนกำไรจากการขายของเดือนนี้เข้าสวัสดิการนี้ไปแล้ว จึงไม่โอนซ้ำ", reason.get("messageTh"));
        Map<?, ?> notMargin = (Map<?, ?>) api().push(phone, List.of(run(feeScheme, "2026-11", 5_000, 20_000)))
                .results().get(0).get("reason");
        assertEquals("MARGIN_RUN_NOT_SALE_MARGIN", notMargin.get("code"));
        assertEquals(15_000, fund(org), "neither refused run credits anything");

        // October: the phone believed in a margin the server's sales do not show
        assertEquals(List.of("APPLIED"), api().pushStatuses(phone, List.of(run(scheme, "2026-10", 4_000, 4_000))));
        assertEquals(19_000, fund(org), "the fund was shown credited on the phone, so the run stands");
        String detail = Db.string("SELECT detail FROM review_flag f JOIN org o ON o.id = f.org_id WHERE o.code = ?"
                + " AND f.kind = 'MARGIN_RUN_ABOVE_MARGIN'", org);
        assertTrue(detail.contains("\"serverMargin\":0") && detail.contains("\"month\":\"2026-10\""), detail);
        assertEquals(1, Db.count("SELECT COUNT(*) FROM review_flag f JOIN org o ON o.id = f.org_id WHERE o.code = ?",
                org), "the November run, within its margin, is not flagged");
        WebSession.Page queue = StaffClient.signIn(api(), "ORG", org).get("/web/orgs/" + org + "/review");
        assertTrue(queue.body().contains("โอนกำไรจากการขายเข้ากองทุนเกินกำไรของเดือนนั้น"), queue.body());
    }

    @Test
    void aRunSentInTheSamePushAsTheMonthsSalesIsCheckedAgainstThoseSales() {
        String org = TestOrgs.create("อบต.ขายแล้วโอนทันที");
        Api.Device phone = api().pair(org);
        UUID member = Ops.newId();
        UUID buyer = Ops.newId();
        UUID scheme = Ops.newId();
        // all at once, as a phone that sold and ran the month's margin before it synced: a margin of 200 baht
        assertEquals(List.of("APPLIED"), api().pushStatuses(phone, List.of(ops.member(member, "นางสมใจ ฝากประจำ"),
                ops.op(buyer, new BuyerUpsert("กรีนไลน์", "COMPANY", null, null)),
                ops.deposit(member, DepositLine.priced("PET_CLEAR", 100_000, 800)),
                ops.op(Ops.newId(), SaleRecord.of(buyer, LocalDate.of(2026, 11, 20),
                        List.of(SaleLine.priced("PET_CLEAR", 100_000, 1_000)), null, "สมหญิง")),
                marginScheme(scheme, "SALE_MARGIN"), run(scheme, "2026-11", 20_000, 20_000),
                run(scheme, "2026-10", 1_000, 1_000))).stream().distinct().toList());

        assertEquals(21_000, fund(org));
        assertEquals("2026-10", Db.string("SELECT JSON_VALUE(f.detail, '$.month') FROM review_flag f"
                + " JOIN org o ON o.id = f.org_id WHERE o.code = ? AND f.kind = 'MARGIN_RUN_ABOVE_MARGIN'", org),
                "only October's run, with no sale in October, is above its margin");
        assertEquals(1, Db.count("SELECT COUNT(*) FROM review_flag f JOIN org o ON o.id = f.org_id WHERE o.code = ?",
                org));
    }
}
