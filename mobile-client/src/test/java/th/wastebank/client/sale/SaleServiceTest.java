package th.wastebank.client.sale;

import java.nio.file.Path;
import java.time.YearMonth;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import th.wastebank.client.app.ClientContext;
import th.wastebank.client.common.Invalid;
import th.wastebank.client.deposit.DepositService;
import th.wastebank.client.member.Member;
import th.wastebank.client.outbox.OutboxOp;
import th.wastebank.client.store.StoreFixture;
import th.wastebank.client.testing.FakeServer;
import th.wastebank.sale.SaleLine;
import th.wastebank.sale.StockValuation;
import th.wastebank.sync.Change;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/**
 * Selling in the phone's real store: sales and adjustments saved with their ops, stock and margin by
 * the shared valuation, members' savings untouched, and two phones that sold the same stock offline
 * agreeing on the negative stock once each has the other's ops.
 */
class SaleServiceTest {
    private static final YearMonth NOV = YearMonth.of(2026, 11);

    @Test
    void aSaleIsSavedWithItsOpAndCostsTheAverageOfTheStock(@TempDir Path dir) {
        try (ClientContext phone = StoreFixture.phone(dir)) {
            StoreFixture.priceBoard(phone);
            Member m = StoreFixture.member(phone, "นางสมศรี ใจดี");
            phone.deposits().record(m.id(), List.of(new DepositService.LineDraft("PET_CLEAR", 30_000)));
            long balance = phone.ledger().balance(m.id());
            SaleService sales = phone.sales();
            SaleService.Buyer shop = sales.addBuyer("ร้านวงษ์พาณิชย์", "SHOP", "053-000000", null);

            sales.record(shop.id(), List.of(SaleLine.priced("PET_CLEAR", 20_000, 1_200)), "สมหญิง", null);
            sales.adjust("PET_CLEAR", -1_000, "DRYING", null, "ฝนตก");

            long bought = phone.store().read(c -> {
                try (var ps = c.prepareStatement("SELECT SUM(amount) FROM deposit_line"); var rs = ps.executeQuery()) {
                    rs.next();
                    return rs.getLong(1);
                }
            });
            long cost = bought * 20 / 30;
            assertEquals(List.of(new SaleService.StockRow("PET_CLEAR", 9_000, bought - cost - bought / 30)), sales.stock());
            StockValuation.MonthFigures nov = sales.month(NOV);
            assertEquals(List.of(1, 20_000L, 24_000L, cost, 24_000L - cost, 1_000L),
                    List.of(nov.sales(), nov.soldGrams(), nov.salesSatang(), nov.costSatang(), nov.marginSatang(),
                            nov.lostGrams()));
            assertEquals(balance, phone.ledger().balance(m.id()), "a sale never touches a member's savings");
            assertEquals(List.of("buyer.upsert", "sale.record", "stock.adjust"), phone.outbox().pending(500).stream()
                    .map(OutboxOp::type).filter(t -> !t.startsWith("member") && !t.startsWith("price")
                            && !t.startsWith("deposit")).toList());
        }
    }

    @Test
    void refusalsSaveNothing(@TempDir Path dir) {
        try (ClientContext phone = StoreFixture.phone(dir)) {
            SaleService sales = phone.sales();
            int before = phone.outbox().pendingCount();
            assertEquals("กรุณากรอกชื่อผู้รับซื้อ", assertThrows(Invalid.class,
                    () -> sales.addBuyer(" ", "SHOP", null, null)).messageTh());
            assertEquals("ไม่พบผู้รับซื้อรายนี้ในธนาคารขยะของท่าน กรุณาเพิ่มผู้รับซื้อก่อนบันทึกการขาย", assertThrows(
                    Invalid.class, () -> sales.record(UUID.randomUUID(), List.of(SaleLine.priced("PET_CLEAR", 1_000, 800)),
                            "สมหญิง", null)).messageTh());
            SaleService.Buyer shop = sales.addBuyer("ร้านวงษ์พาณิชย์", "SHOP", null, null);
            assertEquals("ยังไม่มีรายการขยะในการขายครั้งนี้",
                    assertThrows(Invalid.class, () -> sales.record(shop.id(), List.of(), "สมหญิง", null)).messageTh());
            assertEquals("น้ำหนักที่หายเพราะความชื้น สิ่งสกปรก ความเสียหาย หรือคัดแยกใหม่ ต้องเป็นการลดยอด (ติดลบ)",
                    assertThrows(Invalid.class, () -> sales.adjust("PET_CLEAR", 500, "DIRT", null, null)).messageTh());
            assertEquals(before + 1, phone.outbox().pendingCount(), "only the buyer was saved");
        }
    }

    @Test
    void twoPhonesSellingTheSameStockOfflineAgreeOnTheNegativeStock(@TempDir Path dirA, @TempDir Path dirB) {
        try (ClientContext a = StoreFixture.phone(dirA); ClientContext b = StoreFixture.phone(dirB)) {
            StoreFixture.priceBoard(a);
            Member m = StoreFixture.member(a, "นางสมศรี ใจดี");
            a.deposits().record(m.id(), List.of(new DepositService.LineDraft("ALU_CAN", 10_000)));
            SaleService.Buyer shop = a.sales().addBuyer("กรีนไลน์", "COMPANY", null, null);
            List<OutboxOp> setup = a.outbox().pending(500);
            b.pullApplier().apply(changes(setup), "10");

            a.sales().record(shop.id(), List.of(SaleLine.priced("ALU_CAN", 8_000, 5_000)), "สมหญิง", null);
            b.sales().record(shop.id(), List.of(SaleLine.priced("ALU_CAN", 8_000, 5_500)), "สมชาย", null);
            assertEquals(2_000, a.sales().stock().get(0).grams(), "each phone alone sees stock left");

            List<OutboxOp> fromA = a.outbox().pending(500).subList(setup.size(), setup.size() + 1);
            List<OutboxOp> fromB = b.outbox().pending(500);
            b.pullApplier().apply(changes(fromA), "11");
            a.pullApplier().apply(changes(fromB), "12");

            assertEquals(-6_000, a.sales().stock().get(0).grams());
            assertEquals(a.sales().stock(), b.sales().stock());
            assertEquals(a.sales().month(NOV), b.sales().month(NOV));
            assertEquals(a.sales().valuation(), b.sales().valuation());
        }
    }

    private static List<Change> changes(List<OutboxOp> ops) {
        return ops.stream().map(op -> new Change(1, op.type(), op.entityId(), op.payloadJson(),
                UUID.fromString(FakeServer.DEVICE_ID), op.recordedAt(), op.recordedAt())).toList();
    }
}
