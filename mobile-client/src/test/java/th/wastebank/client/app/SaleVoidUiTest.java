package th.wastebank.client.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import th.wastebank.client.deposit.DepositService;
import th.wastebank.client.member.MemberService;
import th.wastebank.client.photo.PhotoSource;
import th.wastebank.client.testing.TestPictures;
import th.wastebank.sale.SaleLine;
import th.wastebank.validation.Dates;

/**
 * Voiding a mistaken sale on the real screens under Monocle headless (ADR 0020): from the stock
 * board's list of sales, ยกเลิกรายการ opens the form with the sale's summary, saving without a
 * reason is refused in Thai beside the field, and once saved the board is back to the stock before
 * the sale, the sale still listed, struck through with its reason.
 */
class SaleVoidUiTest extends PairedPhoneUiTest {
    private UUID wrong;

    @Override
    protected void given() throws Exception {
        LocalDate today = LocalDate.now(Dates.THAI);
        ctx.prices().set("PET_CLEAR", 800, today, null);
        var m = ctx.members().register(new MemberService.Draft("นางบุญมา ศรีสุข", "7", "หมู่ 4", null,
                today.minusYears(1)));
        ctx.deposits().record(m.id(), List.of(new DepositService.LineDraft("PET_CLEAR", 12_500))); // 100 baht
        var shop = ctx.sales().addBuyer("ร้านวงษ์พาณิชย์", "SHOP", null, null);
        wrong = ctx.sales().record(shop.id(), List.of(SaleLine.priced("PET_CLEAR", 10_000, 1_000)), "นางสมหญิง", null);
    }

    @Override
    protected PhotoSource pictures() {
        return onPicked -> onPicked.accept(TestPictures.picked(1600, 1200, 5));
    }

    @Test
    void aSaleRecordedByMistakeIsVoidedFromTheStockBoardWithAReason() {
        tap("#home-sales");
        waitUntil(() -> "2.500 กก.".equals(text("#stock-kg-PET_CLEAR")));

        tap("#stock-record-void-" + wrong);
        waitUntil(() -> text("#sale-void-record").startsWith("ขายให้ ร้านวงษ์พาณิชย์"));
        assertTrue(text("#sale-void-record").endsWith("น้ำหนัก 10.000 กก. รวม 100.00 บาท"), text("#sale-void-record"));
        tap("#sale-void-save");
        waitUntil(() -> "กรุณาระบุเหตุผลที่ยกเลิกรายการ".equals(text("#sale-void-reason-error")));

        fill("#sale-void-reason", "ชั่งน้ำหนักผิด บันทึกซ้ำ");
        assertTouchTargetsAreAtLeast48px(1);
        tap("#sale-void-save");

        waitUntil(() -> "12.500 กก.".equals(text("#stock-kg-PET_CLEAR")));
        assertEquals("100.00 บาท", text("#stock-value-PET_CLEAR"), "as before the sale");
        assertEquals(List.of("ยกเลิกแล้ว: ชั่งน้ำหนักผิด บันทึกซ้ำ"), texts("#stock-record-" + wrong + " .reversed-note"));
        assertTrue(shown("#stock-record-void-" + wrong).isEmpty(), "a voided sale cannot be voided again");
        assertEquals(1, ctx.outbox().pending(500).stream().filter(o -> o.type().equals("sale.void")).count());
    }
}
