package th.wastebank.client.sale;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import th.wastebank.client.deposit.DepositService;
import th.wastebank.client.member.Member;
import th.wastebank.client.price.PriceRow;
import th.wastebank.client.photo.PhotoUploadViewModel;
import th.wastebank.client.testing.TestClient;
import th.wastebank.client.testing.TestPictures;
import th.wastebank.client.ui.Async;
import th.wastebank.sale.BuyerKind;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The sale, stock and margin screens' view models against the real store. */
class SaleViewModelTest {
    private static SaleViewModel saleScreen(TestClient client) {
        PhotoUploadViewModel uploads = new PhotoUploadViewModel(client.ctx.photoUploader(), client.ctx.photos().queue(),
                Async.direct());
        int[] seed = {0};
        return new SaleViewModel(client.ctx.sales(), client.ctx.prices(), client.ctx.photos(),
                onPicked -> onPicked.accept(TestPictures.picked(2000, 1500, ++seed[0])), uploads, client.screens);
    }

    private static PriceRow material(SaleViewModel vm, String code) {
        return vm.materials().stream().filter(r -> r.materialCode().equals(code)).findFirst().orElseThrow();
    }

    @Test
    void eachRefusalIsShownInThaiBesideItsFieldAndNothingTypedIsLost(@TempDir Path tmp) {
        try (TestClient client = new TestClient(tmp)) {
            SaleViewModel vm = saleScreen(client);
            vm.load();
            vm.save();
            assertEquals("กรุณาเลือกผู้รับซื้อก่อน", vm.buyerError().get());
            assertEquals("กรุณาระบุชื่อผู้ขาย", vm.soldByError().get());
            assertEquals("ยังไม่มีรายการขยะในการขายครั้งนี้", vm.error().get());

            vm.addBuyer();
            assertEquals("กรุณากรอกชื่อผู้รับซื้อ", vm.newBuyerError().get());

            vm.weightText().set("0");
            vm.priceText().set("0");
            assertFalse(vm.addLine());
            assertEquals("กรุณาเลือกชนิดขยะ", vm.materialError().get());
            assertEquals("น้ำหนักต้องมากกว่าศูนย์", vm.weightError().get());
            assertEquals("ราคาขายต้องมากกว่าศูนย์และไม่เกิน 10,000 บาทต่อกิโลกรัม", vm.priceError().get());
            vm.material().set(material(vm, "PET_CLEAR"));
            vm.weightText().set("20000.001");
            vm.priceText().set("2");
            assertFalse(vm.addLine());
            assertEquals("น้ำหนักขายต่อรายการต้องไม่เกิน 20,000 กิโลกรัม", vm.weightError().get());
            vm.weightText().set("abc");
            assertFalse(vm.addLine());
            assertEquals("กรุณากรอกน้ำหนักเป็นกิโลกรัม เช่น 120.5", vm.weightError().get());
            assertEquals("abc", vm.weightText().get(), "what was typed stays");
            vm.weightText().set("2");
            assertTrue(vm.addLine());
            assertEquals("ขายเกินยอดคงเหลือที่เครื่องนี้ทราบ: ขวดพลาสติกใส (คงเหลือ 0.000 กก.) บันทึกได้"
                    + " แต่ระบบจะแจ้งให้กรรมการตรวจสอบ", vm.stockWarning().get(), "a warning, not a refusal");
            vm.removeLine(vm.lines().get(0));
            assertNull(vm.stockWarning().get());
            assertEquals(0, client.ctx.outbox().pendingCount());
        }
    }

    @Test
    void aSaleToABuyerAddedHereIsSavedAndTheBoardAndMarginShowIt(@TempDir Path tmp) {
        try (TestClient client = new TestClient(tmp)) {
            client.price("CARDBOARD", 300);
            Member m = client.member("นางสมศรี ใจดี", "1", "หมู่ 4");
            client.ctx.deposits().record(m.id(), List.of(new DepositService.LineDraft("CARDBOARD", 100_000)));
            SaleViewModel vm = saleScreen(client);
            vm.load();
            vm.newBuyerName().set("กรีนไลน์ รีไซเคิล");
            vm.newBuyerKind().set(BuyerKind.COMPANY);
            vm.addBuyer();
            assertEquals("กรีนไลน์ รีไซเคิล", vm.buyer().get().name());
            assertEquals(1, vm.buyers().size());

            vm.material().set(material(vm, "CARDBOARD"));
            vm.weightText().set("60");
            vm.priceText().set("4,50");
            assertTrue(vm.addLine());
            assertNull(vm.stockWarning().get(), "100 kg in stock");
            vm.material().set(material(vm, "CARDBOARD"));
            vm.weightText().set("0.5");
            vm.priceText().set("4.50");
            vm.soldBy().set("นางสมหญิง เหรัญญิก");
            vm.receipt().add();
            vm.receipt().add();
            vm.save();
            assertEquals("แนบรูปใบรับเงินได้หนึ่งรูป กรุณาลบรูปที่เกิน", vm.error().get());
            vm.receipt().remove(vm.receipt().hashes().get(1));
            String slip = vm.receipt().hashes().get(0);
            vm.save();

            assertEquals(slip, client.ctx.store().read(c -> {
                try (var ps = c.prepareStatement("SELECT receipt_photo FROM sale"); var rs = ps.executeQuery()) {
                    rs.next();
                    return rs.getString(1);
                }
            }), "the slip's photo travels with the sale");
            assertEquals(27_225, vm.total().get(), "60 kg and 0.5 kg at 4.50 baht, the half-kilo line 2.25 baht");
            assertEquals("บันทึกการขาย 272.25 บาท แล้ว", client.notices.get(client.notices.size() - 1));
            assertEquals("back", client.routes.last());

            StockViewModel board = new StockViewModel(client.ctx.sales(), client.ctx.prices(), client.screens);
            board.load();
            StockViewModel.Row row = board.rows().get(0);
            assertEquals(List.of("กล่องกระดาษ/ลัง", 39_500L, 11_850L), List.of(row.nameTh(), row.grams(), row.value()));
            assertFalse(row.negative());
            assertEquals(11_850, board.totalValue().get());
            board.recordSale();
            assertEquals("recordSale", client.routes.last());

            MarginViewModel margin = new MarginViewModel(client.ctx.sales(), client.screens);
            margin.load();
            assertEquals(List.of(1, 60_500L, 27_225L, 18_150L, 9_075L), List.of(margin.figures().get().sales(),
                    margin.figures().get().soldGrams(), margin.figures().get().salesSatang(),
                    margin.figures().get().costSatang(), margin.figures().get().marginSatang()));
            margin.previousMonth();
            assertEquals(0, margin.figures().get().sales(), "nothing sold the month before");
            margin.nextMonth();
            margin.nextMonth();
            assertEquals(client.today().getMonth(), margin.month().get().getMonth(), "never past this month");
            assertNull(margin.error().get());
        }
    }

    @Test
    void stockSoldPastZeroIsMarkedNegative(@TempDir Path tmp) {
        try (TestClient client = new TestClient(tmp)) {
            SaleService.Buyer shop = client.ctx.sales().addBuyer("ร้านวงษ์พาณิชย์", "SHOP", null, null);
            client.ctx.sales().record(shop.id(), List.of(th.wastebank.sale.SaleLine.priced("COPPER", 2_000, 30_000)),
                    "สมหญิง", null);
            StockViewModel board = new StockViewModel(client.ctx.sales(), client.ctx.prices(), client.screens);
            board.load();
            assertTrue(board.rows().get(0).negative());
            assertEquals("ทองแดง", board.rows().get(0).nameTh());
        }
    }

    @Test
    void theStockIsSetRightForDryingAReSortAndACount(@TempDir Path tmp) {
        try (TestClient client = new TestClient(tmp)) {
            client.price("CARDBOARD", 300);
            Member m = client.member("นางสมศรี ใจดี", "1", "หมู่ 4");
            client.ctx.deposits().record(m.id(), List.of(new DepositService.LineDraft("CARDBOARD", 100_000)));
            StockAdjustViewModel vm = new StockAdjustViewModel(client.ctx.sales(), client.ctx.prices(), client.screens);
            vm.load();
            vm.save();
            assertEquals("กรุณาเลือกชนิดขยะ", vm.materialError().get());
            vm.material().set(vm.materials().stream().filter(r -> r.materialCode().equals("CARDBOARD")).findFirst()
                    .orElseThrow());
            vm.reason().set(th.wastebank.sale.AdjustReason.DRYING);
            vm.kgText().set("2");
            vm.save();
            assertEquals("ปรับยอด 2.000 กก. แล้ว", client.notices.get(client.notices.size() - 1));

            vm.load();
            vm.reason().set(th.wastebank.sale.AdjustReason.RESORTED);
            vm.kgText().set("3");
            vm.save();
            assertEquals("กรุณาเลือกชนิดขยะที่คัดแยกไปเป็น (ต้องไม่ใช่ชนิดเดิม)", vm.targetError().get());
            vm.target().set(vm.materials().stream().filter(r -> r.materialCode().equals("PAPER_MIXED")).findFirst()
                    .orElseThrow());
            vm.save();
            assertNull(vm.targetError().get());

            vm.load();
            assertEquals(95_000, vm.stockGrams());
            vm.reason().set(th.wastebank.sale.AdjustReason.COUNT);
            vm.kgText().set("95");
            vm.save();
            assertEquals("น้ำหนักที่ตรวจนับได้เท่ากับยอดคงเหลือแล้ว ไม่ต้องปรับ", vm.kgError().get());
            vm.kgText().set("90.5");
            vm.save();

            List<SaleService.StockRow> stock = client.ctx.sales().stock();
            assertEquals(List.of(new SaleService.StockRow("CARDBOARD", 90_500, 27_150),
                    new SaleService.StockRow("PAPER_MIXED", 3_000, 900)), stock);
            assertEquals(6_500, client.ctx.sales().month(java.time.YearMonth.from(client.today())).lostGrams(),
                    "2 kg dried and 4.5 kg short at the count; the re-sort is not a loss");
        }
    }
}
