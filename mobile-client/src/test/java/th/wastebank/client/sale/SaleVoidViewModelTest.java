package th.wastebank.client.sale;

import java.nio.file.Path;
import java.time.YearMonth;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import th.wastebank.client.app.ClientContext;
import th.wastebank.client.deposit.DepositService.LineDraft;
import th.wastebank.client.member.Member;
import th.wastebank.client.outbox.OutboxOp;
import th.wastebank.client.testing.FakeServer;
import th.wastebank.client.store.StoreFixture;
import th.wastebank.client.testing.TestClient;
import th.wastebank.sale.SaleLine;
import th.wastebank.sale.StockValuation;
import th.wastebank.sync.Change;
import th.wastebank.validation.ReasonCode;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Voiding a sale or a stock adjustment recorded by mistake (ADR 0020) from the stock board, against
 * the real store: the board and the month's margin are at once as if the record had never been made,
 * the void waits in the outbox naming it, and a second void or one without a reason is refused in Thai.
 */
class SaleVoidViewModelTest {
    @TempDir
    Path tmp;
    private TestClient client;
    private SaleService.Buyer shop;
    private UUID right;
    private UUID wrong;
    private UUID dried;

    @BeforeEach
    void setUp() {
        client = new TestClient(tmp);
        client.price("CARDBOARD", 300);
        Member somsri = client.member("นางสมศรี ใจดี", "12", "หมู่ 4");
        client.ctx.deposits().record(somsri.id(), List.of(new LineDraft("CARDBOARD", 100_000)));
        SaleService sales = client.ctx.sales();
        shop = sales.addBuyer("กรีนไลน์ รีไซเคิล", "COMPANY", null, null);
        right = sales.record(shop.id(), List.of(SaleLine.priced("CARDBOARD", 40_000, 450)), "สมหญิง", null);
        wrong = sales.record(shop.id(), List.of(SaleLine.priced("CARDBOARD", 30_000, 500)), "สมหญิง", null);
        dried = sales.adjust("CARDBOARD", -5_000, "DRYING", null, null);
    }

    @AfterEach
    void tearDown() {
        client.close();
    }

    private StockViewModel board() {
        StockViewModel board = new StockViewModel(client.ctx.sales(), client.ctx.prices(), client.screens);
        board.load();
        return board;
    }

    private SaleVoidViewModel voidOf(UUID id) {
        SaleVoidViewModel vm = new SaleVoidViewModel(client.ctx.sales(), id, client.screens);
        vm.load();
        return vm;
    }

    private static SaleService.StockRecord listed(StockViewModel board, UUID id) {
        return board.records().stream().filter(r -> r.id().equals(id)).findFirst().orElseThrow();
    }

    @Test
    void theBoardListsTheSalesAndAdjustmentsAndOpensTheVoidForm() {
        StockViewModel board = board();
        assertEquals(3, board.records().size());
        assertEquals("ขายให้ กรีนไลน์ รีไซเคิล วันที่ " + client.messages.format().date(client.today())
                + " น้ำหนัก 30.000 กก. รวม 150.00 บาท", StockViewModel.describe(client.messages, listed(board, wrong)));
        board.voidRecord(listed(board, wrong));
        assertEquals("voidStockRecord " + wrong, client.routes.last());

        SaleVoidViewModel vm = voidOf(wrong);
        assertEquals(30_000, vm.record().get().grams());
        assertTrue(vm.record().get().sale());
    }

    @Test
    void aReasonIsRequiredAndNothingIsSavedWithoutIt() {
        int pending = client.ctx.outbox().pendingCount();
        SaleVoidViewModel vm = voidOf(wrong);
        vm.reason().set("   ");
        vm.save();
        assertEquals("กรุณาระบุเหตุผลที่ยกเลิกรายการ", vm.reasonError().get());
        assertEquals(pending, client.ctx.outbox().pendingCount());
        assertEquals(25_000, client.ctx.sales().stock().get(0).grams(), "100 − 40 − 30 − 5 kg");
    }

    @Test
    void voidingASaleLeavesTheBoardAndTheMarginAsIfItHadNeverBeenRecorded() {
        YearMonth month = YearMonth.from(client.today());
        SaleVoidViewModel vm = voidOf(wrong);
        vm.reason().set("ชั่งน้ำหนักผิด");
        vm.save();

        assertEquals("back", client.routes.last());
        assertEquals("ยกเลิกรายการแล้ว", client.notices.get(client.notices.size() - 1));
        StockViewModel board = board();
        assertEquals(List.of(55_000L, 16_500L), List.of(board.rows().get(0).grams(), board.rows().get(0).value()),
                "100 kg at 3 baht, less 40 kg sold and 5 kg dried");
        StockValuation.MonthFigures f = client.ctx.sales().month(month);
        assertEquals(List.of(1, 40_000L, 18_000L, 12_000L, 6_000L, 5_000L), List.of(f.sales(), f.soldGrams(),
                f.salesSatang(), f.costSatang(), f.marginSatang(), f.lostGrams()));
        assertEquals("ชั่งน้ำหนักผิด", listed(board, wrong).voidReason(), "the sale stays listed, voided");
        assertFalse(listed(board, right).voided());
        board.voidRecord(listed(board, wrong));
        assertEquals("back", client.routes.last(), "a voided record opens no form");

        OutboxOp op = client.ctx.outbox().pending(500).stream().filter(o -> o.type().equals("sale.void"))
                .findFirst().orElseThrow();
        assertTrue(op.payloadJson().contains("\"saleId\":\"" + wrong + "\""), op.payloadJson());
        assertTrue(op.payloadJson().contains("ชั่งน้ำหนักผิด"), op.payloadJson());
    }

    @Test
    void voidingAnAdjustmentGivesTheWeightBack() {
        SaleVoidViewModel vm = voidOf(dried);
        assertFalse(vm.record().get().sale());
        vm.reason().set("ปรับผิดชนิด");
        vm.save();
        assertEquals(30_000, client.ctx.sales().stock().get(0).grams(), "100 − 40 − 30 kg");
        assertEquals(0, client.ctx.sales().month(YearMonth.from(client.today())).lostGrams());
    }

    @Test
    void aRecordIsVoidedOnlyOnce() {
        client.ctx.sales().voidRecord(wrong, "ครั้งแรก");
        SaleVoidViewModel vm = voidOf(wrong);
        assertEquals("รายการขายนี้ถูกยกเลิกไปแล้ว", vm.error().get(), "said as soon as the form opens");
        vm.reason().set("ครั้งที่สอง");
        vm.save();
        assertEquals(ReasonCode.SALE_ALREADY_VOIDED.messageTh(null), vm.error().get());
        assertEquals(1, client.ctx.outbox().pending(500).stream().filter(o -> o.type().equals("sale.void")).count());
    }

    @Test
    void anotherPhonePullingTheVoidAgreesOnTheStockAndMargin(@TempDir Path other) {
        client.ctx.sales().voidRecord(wrong, "บันทึกซ้ำ");
        try (ClientContext b = StoreFixture.phone(other)) {
            List<Change> changes = client.ctx.outbox().pending(500).stream().map(op -> new Change(1, op.type(),
                    op.entityId(), op.payloadJson(), UUID.fromString(FakeServer.DEVICE_ID), op.recordedAt(),
                    op.recordedAt())).toList();
            b.pullApplier().apply(changes, "10");
            assertEquals(client.ctx.sales().stock(), b.sales().stock());
            assertEquals(client.ctx.sales().valuation(), b.sales().valuation());
            assertEquals("บันทึกซ้ำ", b.sales().record(wrong).orElseThrow().voidReason());
        }
    }
}
