package th.wastebank.server.sale;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import th.wastebank.deposit.DepositLine;
import th.wastebank.sale.BuyerUpsert;
import th.wastebank.sale.SaleLine;
import th.wastebank.sale.SaleRecord;
import th.wastebank.sale.StockAdjust;
import th.wastebank.server.support.Api;
import th.wastebank.server.support.Db;
import th.wastebank.server.support.Ops;
import th.wastebank.server.support.ServerTestBase;
import th.wastebank.server.support.SharedServer;
import th.wastebank.server.support.StaffClient;
import th.wastebank.server.support.TestOrgs;
import th.wastebank.server.support.WebSession;
import th.wastebank.sync.SyncOp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Buyers, sales and stock adjustments pushed through the real sync API into the real database, and
 * read back as the dashboard and the best-practice form will read them: a sale applied once, stock
 * and margin exact in satang, members' savings untouched, an oversell recorded and flagged, and bad
 * input refused with its code and Thai words.
 */
@SharedServer
class SalesPushTest extends ServerTestBase {
    private static final YearMonth OCT = YearMonth.of(2026, 10);
    private static final YearMonth NOV = YearMonth.of(2026, 11);
    private static final LocalDate SALE_DAY = LocalDate.of(2026, 11, 20);
    /** 2026-11-20 10:00 in Thailand. */
    private final Ops ops = new Ops(Instant.parse("2026-11-20T03:00:00Z"));
    private final Ops october = new Ops(Instant.parse("2026-10-20T03:00:00Z"));

    private record Bank(String org, long orgId, Api.Device phone, UUID member, UUID buyer) {
    }

    private Bank bank(String name) {
        String org = TestOrgs.create(name);
        Api.Device phone = api().pair(org);
        UUID member = Ops.newId();
        UUID buyer = Ops.newId();
        assertEquals(List.of("APPLIED", "APPLIED"), api().pushStatuses(phone, List.of(ops.member(member, "นางสมศรี ใจดี"),
                ops.op(buyer, new BuyerUpsert("กรีนไลน์ รีไซเคิล", "COMPANY", "053-111222", "ลำพูน")))));
        return new Bank(org, Db.count("SELECT id FROM org WHERE code = ?", org), phone, member, buyer);
    }

    private SyncOp sale(UUID buyer, SaleLine... lines) {
        return ops.op(Ops.newId(), SaleRecord.of(buyer, SALE_DAY, List.of(lines), null, "สมหญิง เหรัญญิก"));
    }

    private SaleReads reads() {
        return server.getApplicationContext().getBean(SaleReads.class);
    }

    /** The reason of the {@code i}th op's result. */
    static Map<?, ?> reason(Api.Response r, int i) {
        return (Map<?, ?>) r.results().get(i).get("reason");
    }

    @Test
    void aSaleIsAppliedOnceCostsTheMonthsAverageAndLeavesSavingsAlone() {
        Bank bank = bank("อบต.ขายให้กรีนไลน์");
        SyncOp sale = sale(bank.buyer(), SaleLine.priced("PET_CLEAR", 120_000, 1_050));
        assertEquals(List.of("APPLIED", "APPLIED", "APPLIED"), api().pushStatuses(bank.phone(), List.of(
                october.deposit(bank.member(), DepositLine.priced("PET_CLEAR", 100_000, 800)),
                ops.deposit(bank.member(), DepositLine.priced("PET_CLEAR", 50_000, 1_000)), sale)));
        assertEquals(List.of("DUPLICATE"), api().pushStatuses(bank.phone(), List.of(sale)));

        assertEquals(1, Db.count("SELECT COUNT(*) FROM sale WHERE org_id = ?", bank.orgId()));
        assertEquals(130_000, Db.savings(bank.org()), "the members keep what they were paid");
        assertEquals(2, Db.ledgerRows(bank.org()), "a sale writes no ledger entry");
        assertEquals(List.of(new SaleReads.StockRow("PET_CLEAR", 30_000, 26_000)), reads().stock(bank.orgId()),
                "150 kg bought for 1,300 baht, 120 kg sold at 8.6667 baht a kilogram");
        assertEquals(List.of(new SaleReads.SaleMonth(OCT, 0, 0, 0, 0, 0, 0, 0),
                        new SaleReads.SaleMonth(NOV, 1, 120_000, 126_000, 104_000, 22_000, 0, 0)),
                reads().months(bank.orgId(), OCT, NOV));
        assertEquals(new SaleReads.Sold(NOV, 1, 120_000, 126_000), reads().sold(bank.orgId(), NOV));
        assertFalse(reads().sold(bank.orgId(), OCT).soldAnything(), "October: the form says nothing was sold");
        SaleReads.SaleRow row = reads().sales(bank.orgId(), NOV).get(0);
        assertEquals(List.of("กรีนไลน์ รีไซเคิล", 126_000L, 104_000L, 22_000L, "สมหญิง เหรัญญิก"),
                List.of(row.buyerName(), row.amountSatang(), row.costSatang(), row.marginSatang(), row.soldBy()));
        assertEquals(List.of(new SaleReads.Buyer(bank.buyer(), "กรีนไลน์ รีไซเคิล", "COMPANY", "053-111222", "ลำพูน", 1,
                126_000)), reads().buyers(bank.orgId()));
        assertEquals(0, Db.count("SELECT COUNT(*) FROM review_flag WHERE org_id = ?", bank.orgId()));
    }

    @Test
    void twoPhonesSellingTheSameStockAreBothRecordedAndTheSecondIsFlagged() {
        Bank bank = bank("อบต.ขายซ้ำสองเครื่อง");
        Api.Device other = api().pair(bank.org(), "เครื่องสำรอง");
        api().pushStatuses(bank.phone(), List.of(ops.deposit(bank.member(), DepositLine.priced("ALU_CAN", 10_000, 4_000))));

        assertEquals(List.of("APPLIED"), api().pushStatuses(bank.phone(),
                List.of(sale(bank.buyer(), SaleLine.priced("ALU_CAN", 8_000, 5_000)))));
        assertEquals(List.of("APPLIED"), api().pushStatuses(other,
                List.of(sale(bank.buyer(), SaleLine.priced("ALU_CAN", 8_000, 5_000)))));

        assertEquals(2, Db.count("SELECT COUNT(*) FROM sale WHERE org_id = ?", bank.orgId()), "both sales are kept");
        assertEquals(-6_000, reads().stock(bank.orgId()).get(0).grams());
        String detail = Db.string("SELECT detail FROM review_flag WHERE org_id = ? AND kind = 'SALE_OVERSOLD'",
                bank.orgId());
        assertTrue(detail.contains("\"grams\":8000") && detail.contains("\"stockGrams\":2000"), detail);
        WebSession.Page queue = StaffClient.signIn(api(), "ORG", bank.org()).get("/web/orgs/" + bank.org() + "/review");
        assertTrue(queue.body().contains("ขายขยะเกินยอดคงเหลือในคลัง"), queue.body());
    }

    @Test
    void stockAdjustmentsTakeWeightAwayAtTheAverageAndReSortsMoveIt() {
        Bank bank = bank("อบต.คลังชื้น");
        assertEquals(List.of("APPLIED", "APPLIED", "APPLIED", "APPLIED"), api().pushStatuses(bank.phone(), List.of(
                ops.deposit(bank.member(), DepositLine.priced("CARDBOARD", 100_000, 300)),
                ops.op(Ops.newId(), new StockAdjust("CARDBOARD", -5_000, "DRYING", null, "ฝนตกหลังคารั่ว", SALE_DAY)),
                ops.op(Ops.newId(), new StockAdjust("CARDBOARD", -10_000, "RESORTED", "PAPER_MIXED", null, SALE_DAY)),
                sale(bank.buyer(), SaleLine.priced("CARDBOARD", 50_000, 400)))));

        assertEquals(List.of(new SaleReads.StockRow("CARDBOARD", 35_000, 10_500),
                new SaleReads.StockRow("PAPER_MIXED", 10_000, 3_000)), reads().stock(bank.orgId()));
        assertEquals(new SaleReads.SaleMonth(NOV, 1, 50_000, 20_000, 15_000, 5_000, 5_000, 1_500),
                reads().months(bank.orgId(), NOV, NOV).get(0));
    }

    @Test
    void badSalesAreRefusedWithTheirCodesAndThaiWordsAndNothingIsWritten() {
        Bank bank = bank("อบต.ขายผิดรูปแบบ");
        Bank elsewhere = bank("อบต.ผู้รับซื้อของที่อื่น");
        Api.Response r = api().push(bank.phone(), List.of(
                ops.op(Ops.newId(), SaleRecord.of(bank.buyer(), SALE_DAY, List.of(), null, "สมหญิง")),
                ops.op(Ops.newId(), SaleRecord.of(bank.buyer(), SALE_DAY,
                        List.of(new SaleLine("PET_CLEAR", -1_000, 800, -800)), null, "สมหญิง")),
                sale(Ops.newId(), SaleLine.priced("PET_CLEAR", 1_000, 800)),
                sale(elsewhere.buyer(), SaleLine.priced("PET_CLEAR", 1_000, 800)),
                ops.op(Ops.newId(), new SaleRecord(bank.buyer(), SALE_DAY, List.of(new SaleLine("PET_CLEAR", 1_000, 800, 801)),
                        801, null, "สมหญิง")),
                sale(bank.buyer(), SaleLine.priced("X_NOT_ON_BOARD", 1_000, 800)),
                ops.op(Ops.newId(), new StockAdjust("CARDBOARD", 5_000, "DRYING", null, null, SALE_DAY))));
        assertEquals(200, r.status(), r.body());

        List<String> codes = r.results().stream().map(m -> ((Map<?, ?>) m.get("reason")).get("code") + "@"
                + ((Map<?, ?>) m.get("reason")).get("field")).toList();
        assertEquals(List.of("SALE_NO_LINES@payload.lines", "WEIGHT_NOT_POSITIVE@payload.lines[0].grams",
                "UNKNOWN_BUYER@payload.buyerId", "UNKNOWN_BUYER@payload.buyerId", "AMOUNT_MISMATCH@payload.lines[0].amount",
                "UNKNOWN_MATERIAL@payload.lines[0].materialCode", "ADJUST_MUST_REDUCE@payload.grams"), codes);
        assertEquals("ยังไม่มีรายการขยะในการขายครั้งนี้", reason(r, 0).get("messageTh"));
        assertEquals("ไม่พบผู้รับซื้อรายนี้ในธนาคารขยะของท่าน กรุณาเพิ่มผู้รับซื้อก่อนบันทึกการขาย",
                reason(r, 2).get("messageTh"));
        assertEquals(0, Db.count("SELECT COUNT(*) FROM sale WHERE org_id = ?", bank.orgId()));
        assertEquals(0, Db.count("SELECT COUNT(*) FROM stock_adjustment WHERE org_id = ?", bank.orgId()));
    }

    @Test
    void aBuyerEditedLaterKeepsItsIdAndAnotherOrgsBuyerIdIsNotTaken() {
        Bank bank = bank("อบต.ร้านเปลี่ยนชื่อ");
        Bank other = bank("อบต.อีกแห่ง");
        assertEquals(List.of("APPLIED"), api().pushStatuses(bank.phone(), List.of(
                ops.op(bank.buyer(), new BuyerUpsert("ร้านวงษ์พาณิชย์", "SHOP", null, null)))));
        assertEquals(List.of("REJECTED"), api().pushStatuses(other.phone(), List.of(
                ops.op(bank.buyer(), new BuyerUpsert("ร้านของฉัน", "SHOP", null, null)))));

        assertEquals(List.of("ร้านวงษ์พาณิชย์"), reads().buyers(bank.orgId()).stream().map(SaleReads.Buyer::name).toList());
        assertEquals(1, reads().buyers(other.orgId()).size());
    }
}
