package th.wastebank.client.problems;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import javafx.beans.property.SimpleIntegerProperty;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import th.wastebank.client.committee.Approved;
import th.wastebank.client.deposit.DepositService.LineDraft;
import th.wastebank.client.dividend.DividendPreview;
import th.wastebank.client.member.Member;
import th.wastebank.client.sale.SaleService;
import th.wastebank.client.sync.ServerException;
import th.wastebank.client.testing.FakeServer;
import th.wastebank.client.testing.TestClient;
import th.wastebank.client.welfare.Claim;
import th.wastebank.client.welfare.MarginRunService;
import th.wastebank.client.welfare.Scheme;
import th.wastebank.client.welfare.SchemeService;
import th.wastebank.client.welfare.WelfareFixture;
import th.wastebank.dividend.DividendPlan;
import th.wastebank.material.MaterialCatalogue;
import th.wastebank.sale.SaleLine;
import th.wastebank.sync.OpType;
import th.wastebank.validation.ReasonCode;
import th.wastebank.year.FiscalYear;

class ProblemsViewModelTest {
    @TempDir
    Path tmp;
    private TestClient client;
    private FakeServer server;
    private Member somsri;
    private UUID refusedDeposit;
    private ProblemsViewModel vm;

    @BeforeEach
    void setUp() throws IOException, ServerException {
        client = new TestClient(tmp);
        server = FakeServer.start();
        client.pairWith(server);
        client.price("PET_CLEAR", 800);
        somsri = client.member("นางสมศรี ใจดี", "12", "หมู่ 4");
        refusedDeposit = client.ctx.deposits().record(somsri.id(), List.of(new LineDraft("PET_CLEAR", 2500))).entryId();
        server.acceptsPushes(op -> refusedDeposit.toString().equals(op.get("entityId")) ? ReasonCode.UNKNOWN_MEMBER : null);
        client.ctx.sync().syncOnce();
        vm = new ProblemsViewModel(client.ctx.outbox(), new SimpleIntegerProperty(), client.screens);
        vm.load();
    }

    @AfterEach
    void tearDown() {
        server.close();
        client.close();
    }

    @Test
    void showsEachRefusedRecordWithItsTypeAndTheServersThaiReason() {
        assertEquals(1, vm.rows().size());
        ProblemsViewModel.Row row = vm.rows().get(0);
        assertEquals("ฝากขยะ", row.what());
        assertEquals("ยอดฝาก 20.00 บาท", row.summary());
        assertEquals("ไม่พบสมาชิกคนนี้ในธนาคารขยะของท่าน", row.reason());
    }

    @Test
    void inEnglishTheReasonComesFromTheSharedRules() {
        client.messages.setLanguage("en");
        assertEquals("No such member in this organisation", vm.rows().get(0).reason());
        assertEquals("Deposit", vm.rows().get(0).what());
    }

    @Test
    void retrySendsTheRecordAgain() throws ServerException {
        server.acceptsPushes(op -> null);

        vm.retry(vm.rows().get(0));

        assertTrue(vm.rows().isEmpty());
        assertEquals(1, client.ctx.outbox().pendingCount());
        assertEquals(client.messages.get("problems.retried"), client.notices.get(0));
        client.ctx.sync().syncOnce();
        assertEquals(0, client.ctx.outbox().pendingCount());
    }

    @Test
    void discardingAsksFirstAndCanBeCancelled() {
        ProblemsViewModel.Row row = vm.rows().get(0);

        vm.askDiscard(row);
        assertEquals(row, vm.discardCandidate().get());
        assertEquals(1, client.ctx.outbox().rejectedCount());

        vm.cancelDiscard();
        assertNull(vm.discardCandidate().get());
        assertEquals(1, client.ctx.outbox().rejectedCount());
    }

    @Test
    void confirmedDiscardGivesTheRecordUp() {
        vm.askDiscard(vm.rows().get(0));

        vm.confirmDiscard();

        assertTrue(vm.rows().isEmpty());
        assertEquals(0, client.ctx.outbox().rejectedCount());
        assertTrue(client.ctx.ledger().entry(refusedDeposit).isEmpty());
        assertEquals(0, client.ctx.ledger().balance(somsri.id()));
        assertEquals(0, client.ctx.sync().status().rejected());
    }

    @Test
    void aRefusedLevyIsShownWithItsReasonAndTotalAndDiscardingItTakesBackEveryDebit() throws ServerException {
        Scheme funeral = WelfareFixture.funeral(client.ctx);
        Claim death = WelfareFixture.death(client.ctx, funeral, somsri);
        client.member("นายสมชาย รักษ์โลก", "45", "หมู่ 2");
        WelfareFixture.levyFor(client.ctx, funeral, death);
        server.acceptsPushes(op -> "welfare.levy.run".equals(op.get("type")) ? ReasonCode.LEVY_ALREADY_RUN : null);
        client.ctx.sync().syncOnce();
        vm.load();

        ProblemsViewModel.Row levy = vm.rows().get(1);
        assertEquals("หักเงินสมทบสวัสดิการ", levy.what());
        assertEquals("ฌาปนกิจ นางสมศรี ใจดี รวม 40.00 บาท", levy.summary());
        assertEquals("หักเงินสมทบสำหรับเหตุการณ์นี้ไปแล้ว จึงไม่หักซ้ำ", levy.reason());

        vm.askDiscard(levy);
        vm.confirmDiscard();
        assertEquals(0, client.ctx.fund().balance());
        assertEquals(2000, client.ctx.ledger().balance(somsri.id()), "her deposit is back in full");
    }

    @Test
    void refusedSellingStockMarginRunsAndDividendsSayWhatTheyWereInWordsNotCodes() throws ServerException {
        client.ctx.deposits().record(somsri.id(), List.of(new LineDraft("PET_CLEAR", 100_000)));
        SaleService sales = client.ctx.sales();
        SaleService.Buyer shop = sales.addBuyer("ร้านวงษ์พาณิชย์", "SHOP", null, null);
        // 20 kg bought at 8 baht sold at 12: a margin of 80 baht in November
        sales.record(shop.id(), List.of(SaleLine.priced("PET_CLEAR", 20_000, 1_200)), "สมหญิง", null);
        sales.adjust("PET_CLEAR", -1_000, "DRYING", null, "ฝนตก");
        Scheme fromMargin = client.ctx.schemes().create(new SchemeService.Draft("กองทุนจากกำไรขาย", "OTHER", "FIXED",
                50_000, null, 0, 0, 0, "SALE_MARGIN", null, null, "ACTIVE"));
        Approved approved = Approved.byNames("นายสมชาย ประธาน", "นางสมศรี เหรัญญิก");
        MarginRunService.Proposal proposal = client.ctx.marginRuns().propose(fromMargin.id(), YearMonth.of(2026, 11));
        client.ctx.marginRuns().run(proposal, 5_000, approved);
        DividendPreview dividend = client.ctx.dividends().preview(new FiscalYear(2570), DividendPlan.Rule.BY_DEPOSITS,
                5_000);
        client.ctx.dividends().run(dividend, approved);
        Map<String, ReasonCode> refusals = Map.of("buyer.upsert", ReasonCode.BUYER_KIND_INVALID,
                "sale.record", ReasonCode.UNKNOWN_BUYER, "stock.adjust", ReasonCode.ADJUST_REASON_INVALID,
                "welfare.margin.run", ReasonCode.MARGIN_ALREADY_RUN, "dividend.run", ReasonCode.DIVIDEND_ALREADY_RUN);
        server.acceptsPushes(op -> refusals.get(String.valueOf(op.get("type"))));
        client.ctx.sync().syncOnce();
        vm.load();

        Map<String, ProblemsViewModel.Row> byType = rowsByType();
        assertTrue(byType.keySet().containsAll(refusals.keySet()), byType.keySet().toString());
        assertRow(byType, "buyer.upsert", "ผู้รับซื้อ", "ร้านวงษ์พาณิชย์", "กรุณาเลือกประเภทผู้รับซื้อ");
        assertRow(byType, "sale.record", "ขายขยะ", "ขายวันที่ 23 พ.ย. 2569 น้ำหนัก 20.000 กก. รวม 240.00 บาท",
                ReasonCode.UNKNOWN_BUYER.messageTh(null));
        assertRow(byType, "stock.adjust", "ปรับยอดขยะคงเหลือ",
                MaterialCatalogue.find("PET_CLEAR").orElseThrow().nameTh() + " -1.000 กก.",
                ReasonCode.ADJUST_REASON_INVALID.messageTh(null));
        assertRow(byType, "welfare.margin.run", "โอนกำไรจากการขายเข้ากองทุนสวัสดิการ", "กำไรเดือน พ.ย. 2569 โอน 50.00 บาท",
                "โอนกำไรจากการขายของเดือนนี้เข้าสวัสดิการนี้ไปแล้ว จึงไม่โอนซ้ำ");
        assertEquals(4_000, dividend.total(), "half of the 80 baht margin");
        assertRow(byType, "dividend.run", "ปันผลสิ้นปี", "ปีงบประมาณ 2570 รวม 40.00 บาท",
                "ปันผลของปีงบประมาณนี้จ่ายไปแล้ว จึงไม่จ่ายซ้ำ");

        client.messages.setLanguage("en");
        byType = rowsByType();
        assertRow(byType, "sale.record", "Sale of waste", "sold on 23 Nov 2026, 20.000 kg, 240.00 baht in all",
                ReasonCode.UNKNOWN_BUYER.messageEn(null));
        assertRow(byType, "welfare.margin.run", "Sale margin into the welfare fund", "margin of Nov 2026, 50.00 baht moved",
                ReasonCode.MARGIN_ALREADY_RUN.messageEn(null));
        assertRow(byType, "dividend.run", "Year-end dividend", "fiscal year 2570 B.E., 40.00 baht in all",
                ReasonCode.DIVIDEND_ALREADY_RUN.messageEn(null));
    }

    @Test
    void everyOpTypeHasANameOnTheProblemsScreenInBothLanguages() {
        for (String lang : List.of("th", "en")) {
            client.messages.setLanguage(lang);
            for (OpType type : OpType.values()) {
                String key = "problems.type." + type.wire();
                assertFalse(client.messages.get(key).equals(key), lang + ": " + type.wire() + " has no name");
            }
        }
    }

    private Map<String, ProblemsViewModel.Row> rowsByType() {
        Map<String, ProblemsViewModel.Row> byType = new HashMap<>();
        vm.rows().forEach(r -> byType.put(r.op().type(), r));
        return byType;
    }

    private static void assertRow(Map<String, ProblemsViewModel.Row> byType, String type, String what, String summary,
                                  String reason) {
        ProblemsViewModel.Row row = byType.get(type);
        assertEquals(List.of(what, summary, reason), List.of(row.what(), row.summary(), row.reason()), type);
    }
}
