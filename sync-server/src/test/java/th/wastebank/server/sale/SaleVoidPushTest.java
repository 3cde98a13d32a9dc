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
import th.wastebank.sale.SaleVoid;
import th.wastebank.sale.StockAdjust;
import th.wastebank.server.report.BestPracticeReport;
import th.wastebank.server.report.BestPracticeReports;
import th.wastebank.server.support.Api;
import th.wastebank.server.support.Db;
import th.wastebank.server.support.Ops;
import th.wastebank.server.support.ServerTestBase;
import th.wastebank.server.support.SharedServer;
import th.wastebank.server.support.StaffClient;
import th.wastebank.server.support.TestOrgs;
import th.wastebank.server.support.WebSession;
import th.wastebank.sync.SyncOp;
import th.wastebank.validation.Dates;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code sale.void} through the real push API into the real database (ADR 0020): a mistaken sale or
 * adjustment stays recorded, named by its void, and from then on the stock, the months' figures,
 * best-practice ๑.๔/๑.๕ and the org page are exactly those of a bank that never recorded it; a
 * second void, a void of nothing, of another org's sale, or without a reason is refused in Thai.
 */
@SharedServer
class SaleVoidPushTest extends ServerTestBase {
    /** Now, so the org page's "this month" is the month of the sales. */
    private final Ops ops = new Ops();
    private final LocalDate today = LocalDate.now(Dates.THAI);
    private final YearMonth month = YearMonth.from(today);

    private record Bank(String org, long orgId, Api.Device phone, UUID member, UUID buyer) {
    }

    private Bank bank(String name) {
        String org = TestOrgs.create(name);
        Api.Device phone = api().pair(org);
        UUID member = Ops.newId();
        UUID buyer = Ops.newId();
        assertEquals(List.of("APPLIED", "APPLIED", "APPLIED"), api().pushStatuses(phone, List.of(
                ops.member(member, "นางสมศรี ใจดี"),
                ops.op(buyer, new BuyerUpsert("กรีนไลน์ รีไซเคิล", "COMPANY", null, null)),
                ops.deposit(member, DepositLine.priced("PET_CLEAR", 100_000, 800),
                        DepositLine.priced("CARDBOARD", 50_000, 300)))));
        return new Bank(org, Db.count("SELECT id FROM org WHERE code = ?", org), phone, member, buyer);
    }

    private SyncOp sale(UUID id, UUID buyer, SaleLine... lines) {
        return ops.op(id, SaleRecord.of(buyer, today, List.of(lines), null, "สมหญิง เหรัญญิก"));
    }

    private SyncOp voiding(UUID recordId, String reason) {
        return ops.op(Ops.newId(), new SaleVoid(recordId, reason, Instant.now()));
    }

    private SaleReads reads() {
        return server.getApplicationContext().getBean(SaleReads.class);
    }

    @Test
    void aVoidedSaleAndAdjustmentCountNowhereAsIfTheyHadNeverBeenRecorded() {
        Bank bank = bank("อบต.ขายผิดแล้วยกเลิก");
        Bank never = bank("อบต.ขายถูกตั้งแต่แรก");
        UUID right = Ops.newId();
        UUID wrong = Ops.newId();
        UUID dried = Ops.newId();
        SaleLine rightLine = SaleLine.priced("PET_CLEAR", 40_000, 1_050);
        assertEquals(List.of("APPLIED", "APPLIED", "APPLIED"), api().pushStatuses(bank.phone(), List.of(
                sale(wrong, bank.buyer(), SaleLine.priced("PET_CLEAR", 30_000, 1_200),
                        SaleLine.priced("CARDBOARD", 20_000, 250)),
                sale(right, bank.buyer(), rightLine),
                ops.op(dried, new StockAdjust("CARDBOARD", -5_000, "DRYING", null, null, today)))));
        assertEquals(List.of("APPLIED"), api().pushStatuses(never.phone(),
                List.of(sale(Ops.newId(), never.buyer(), rightLine))));

        assertEquals(List.of("APPLIED", "APPLIED"), api().pushStatuses(bank.phone(), List.of(
                voiding(wrong, "ชั่งผิด บันทึกซ้ำ"), voiding(dried, "ปรับผิดชนิด"))));

        assertEquals(2, Db.count("SELECT COUNT(*) FROM sale WHERE org_id = ?", bank.orgId()),
                "the voided sale stays recorded");
        assertEquals(2, Db.count("SELECT COUNT(*) FROM sale_void WHERE org_id = ?", bank.orgId()));
        assertEquals(reads().stock(never.orgId()), reads().stock(bank.orgId()));
        assertEquals(List.of(new SaleReads.StockRow("CARDBOARD", 50_000, 15_000),
                new SaleReads.StockRow("PET_CLEAR", 60_000, 48_000)), reads().stock(bank.orgId()));
        assertEquals(reads().months(never.orgId(), month, month), reads().months(bank.orgId(), month, month));
        assertEquals(new SaleReads.Sold(month, 1, 40_000, 42_000), reads().sold(bank.orgId(), month), "๑.๔ and ๑.๕");
        BestPracticeReport.Part1 part1 = server.getApplicationContext().getBean(BestPracticeReports.class)
                .part1(bank.orgId(), month);
        assertEquals(List.of(1L, 40_000L, 42_000L), List.of(part1.sales(), part1.grams(), part1.satang()));
        assertEquals(1, reads().buyers(bank.orgId()).get(0).sales(), "the buyer's count leaves it out too");

        List<SaleReads.SaleRow> rows = reads().sales(bank.orgId(), month);
        assertEquals(List.of("ชั่งผิด บันทึกซ้ำ"), rows.stream().filter(SaleReads.SaleRow::voided)
                .map(SaleReads.SaleRow::voidReason).toList());

        WebSession.Page page = StaffClient.signIn(api(), "ORG", bank.org()).get("/web/orgs/" + bank.org());
        assertEquals(200, page.status());
        String body = page.body();
        assertTrue(body.contains("ยกเลิก: ชั่งผิด บันทึกซ้ำ"), body);
        assertTrue(body.contains("<s>410.00</s>"), "the voided sale's 360 + 50 baht, struck through: " + body);
        assertTrue(body.contains("<b id=\"sales-month\">420.00</b>"), "only the right sale in the month's total: " + body);
    }

    @Test
    void aSecondVoidAVoidOfNothingOrOfAnotherOrgsSaleAndAVoidWithoutReasonAreRefusedInThai() {
        Bank bank = bank("อบต.ยกเลิกซ้ำ");
        Bank other = bank("อบต.ขายของตัวเอง");
        UUID sale = Ops.newId();
        UUID othersSale = Ops.newId();
        api().pushStatuses(bank.phone(), List.of(sale(sale, bank.buyer(), SaleLine.priced("PET_CLEAR", 10_000, 1_000))));
        api().pushStatuses(other.phone(), List.of(sale(othersSale, other.buyer(),
                SaleLine.priced("PET_CLEAR", 10_000, 1_000))));
        assertEquals(List.of("APPLIED"), api().pushStatuses(bank.phone(), List.of(voiding(sale, "บันทึกซ้ำ"))));

        Api.Response r = api().push(bank.phone(), List.of(voiding(sale, "บันทึกซ้ำอีกครั้ง"),
                voiding(Ops.newId(), "ไม่มีรายการนี้"), voiding(othersSale, "ของที่อื่น"), voiding(sale, " ")));
        assertEquals(200, r.status(), r.body());
        List<String> codes = java.util.stream.IntStream.range(0, 4)
                .mapToObj(i -> SalesPushTest.reason(r, i).get("code") + "@" + SalesPushTest.reason(r, i).get("field"))
                .toList();
        assertEquals(List.of("SALE_ALREADY_VOIDED@payload.saleId", "UNKNOWN_SALE@payload.saleId",
                "UNKNOWN_SALE@payload.saleId", "SALE_VOID_REASON_REQUIRED@payload.reason"), codes);
        assertEquals("รายการขายนี้ถูกยกเลิกไปแล้ว", SalesPushTest.reason(r, 0).get("messageTh"));
        assertEquals("ไม่พบรายการขายหรือการปรับยอดขยะนี้ในธนาคารขยะของท่าน", SalesPushTest.reason(r, 1).get("messageTh"));
        assertEquals("กรุณาระบุเหตุผลที่ยกเลิกรายการ", SalesPushTest.reason(r, 3).get("messageTh"));
        assertEquals(1, Db.count("SELECT COUNT(*) FROM sale_void WHERE org_id = ?", bank.orgId()));
        assertEquals(0, Db.count("SELECT COUNT(*) FROM sale_void WHERE org_id = ?", other.orgId()));
        assertEquals(1, reads().sold(other.orgId(), month).sales(), "the other org's sale stands");
    }

    @Test
    void aSaleVoidedInTheSamePushGivesItsWeightBackBeforeTheNextSaleIsChecked() {
        Bank bank = bank("อบต.ยกเลิกในรอบเดียว");
        UUID mistake = Ops.newId();
        assertEquals(List.of("APPLIED", "APPLIED", "APPLIED", "APPLIED"), api().pushStatuses(bank.phone(), List.of(
                sale(mistake, bank.buyer(), SaleLine.priced("PET_CLEAR", 90_000, 1_000)),
                voiding(mistake, "พิมพ์น้ำหนักผิด"),
                sale(Ops.newId(), bank.buyer(), SaleLine.priced("PET_CLEAR", 80_000, 1_000)),
                ops.op(Ops.newId(), new StockAdjust("PET_CLEAR", -5_000, "DIRT", null, null, today)))));
        assertEquals(0, Db.count("SELECT COUNT(*) FROM review_flag WHERE org_id = ? AND kind = 'SALE_OVERSOLD'",
                bank.orgId()), "100 kg bought, 90 kg voided: 80 kg was in stock");
        assertEquals(15_000, reads().stock(bank.orgId()).stream().filter(s -> s.materialCode().equals("PET_CLEAR"))
                .findFirst().orElseThrow().grams());
    }

    @Test
    void anotherPhonePullsTheVoidWithItsSaleAndReason() {
        Bank bank = bank("อบต.สองเครื่องเห็นการยกเลิก");
        Api.Device other = api().pair(bank.org(), "เครื่องที่สอง");
        UUID sale = Ops.newId();
        api().pushStatuses(bank.phone(), List.of(sale(sale, bank.buyer(), SaleLine.priced("PET_CLEAR", 10_000, 1_000))));
        SyncOp v = voiding(sale, "ผู้รับซื้อผิดราย");
        assertEquals(List.of("APPLIED"), api().pushStatuses(bank.phone(), List.of(v)));
        assertEquals(List.of("DUPLICATE"), api().pushStatuses(bank.phone(), List.of(v)));

        Map<?, ?> pulled = ((List<?>) api().pull(other, "0", 1000).json().get("changes")).stream()
                .map(c -> (Map<?, ?>) c).filter(c -> "sale.void".equals(c.get("type"))).findFirst().orElseThrow();
        Map<?, ?> payload = (Map<?, ?>) pulled.get("payload");
        assertEquals(sale.toString(), payload.get("saleId"));
        assertEquals("ผู้รับซื้อผิดราย", payload.get("reason"));
        assertEquals(v.entityId().toString(), pulled.get("entityId"));
    }
}
