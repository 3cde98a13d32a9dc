package th.wastebank.client.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;

import javafx.scene.control.Labeled;

import org.junit.jupiter.api.Test;

import th.wastebank.client.deposit.DepositService;
import th.wastebank.client.member.MemberService;
import th.wastebank.client.photo.PhotoSource;
import th.wastebank.client.testing.TestPictures;
import th.wastebank.validation.Dates;

/**
 * Selling on the real screens under Monocle headless, by taps and typing: the stock board after a
 * member's deposit, a sale to a buyer added on the sale screen (the missing seller refused in Thai
 * beside its field), the board afterwards with the stock sold past zero in red with its note, and
 * the month's sales, cost and margin.
 */
class SalesFlowUiTest extends PairedPhoneUiTest {

    @Override
    protected void given() throws Exception {
        LocalDate today = LocalDate.now(Dates.THAI);
        ctx.prices().set("PET_CLEAR", 800, today, null);
        var m = ctx.members().register(new MemberService.Draft("นางบุญมา ศรีสุข", "7", "หมู่ 4", null,
                today.minusYears(1)));
        ctx.deposits().record(m.id(), List.of(new DepositService.LineDraft("PET_CLEAR", 12_500))); // 100 baht
    }

    @Override
    protected PhotoSource pictures() {
        return onPicked -> onPicked.accept(TestPictures.picked(1600, 1200, 5));
    }

    @Test
    void aSaleToANewBuyerLeavesTheBoardInTheRedAndShowsTheMonthsMargin() {
        tap("#home-sales");
        waitUntil(() -> "12.500 กก.".equals(text("#stock-kg-PET_CLEAR")));
        assertEquals("100.00 บาท", text("#stock-value-PET_CLEAR"));

        tap("#stock-record-sale");
        fill("#sale-new-buyer-name", "ร้านวงษ์พาณิชย์");
        tap("#sale-add-buyer");
        waitUntil(() -> onFx(() -> lookup("#sale-buyer").queryAs(javafx.scene.control.ComboBox.class).getValue()) != null);
        tap("#sale-material");
        waitUntil(() -> shown(".list-cell").stream().anyMatch(n -> "ขวดพลาสติกใส".equals(((Labeled) n).getText())));
        clickOn(shown(".list-cell").stream().filter(n -> "ขวดพลาสติกใส".equals(((Labeled) n).getText())).findFirst()
                .orElseThrow());
        fill("#sale-weight", "20");
        fill("#sale-price", "10");
        tap("#sale-add-line");
        waitUntil(() -> "200.00".equals(text("#sale-total")));
        tap("#sale-save");
        waitUntil(() -> "กรุณาระบุชื่อผู้ขาย".equals(text("#sale-sold-by-error")));

        fill("#sale-sold-by", "นางสมหญิง เหรัญญิก");
        assertTouchTargetsAreAtLeast48px(3);
        tap("#sale-save");

        waitUntil(() -> "-7.500 กก.".equals(text("#stock-kg-PET_CLEAR")));
        assertEquals("-60.00 บาท", text("#stock-value-PET_CLEAR"));
        assertTrue(shown("#stock-kg-PET_CLEAR").get(0).getStyleClass().contains("stock-negative"));
        assertTrue(text("#stock-negative-PET_CLEAR").startsWith("ยอดติดลบ"));

        tap("#stock-margin");
        waitUntil(() -> "200.00 บาท".equals(text("#margin-sales")));
        assertEquals("20.000 กก.", text("#margin-sold-kg"));
        assertEquals("160.00 บาท", text("#margin-cost"), "12.5 kg held for 100 baht, 7.5 kg more at its 8 baht");
        assertEquals("40.00 บาท", text("#margin-margin"));

        clickOn("#app-back");
        tap("#stock-adjust");
        tap("#adjust-material");
        waitUntil(() -> shown(".list-cell").stream().anyMatch(n -> "ขวดพลาสติกใส".equals(((Labeled) n).getText())));
        clickOn(shown(".list-cell").stream().filter(n -> "ขวดพลาสติกใส".equals(((Labeled) n).getText())).findFirst()
                .orElseThrow());
        tap("#adjust-reason");
        waitUntil(() -> shown(".list-cell").stream().anyMatch(n -> "ปรับตามการตรวจนับ".equals(((Labeled) n).getText())));
        clickOn(shown(".list-cell").stream().filter(n -> "ปรับตามการตรวจนับ".equals(((Labeled) n).getText()))
                .findFirst().orElseThrow());
        fill("#adjust-kg", "0");
        assertTouchTargetsAreAtLeast48px(1);
        tap("#adjust-save");
        waitUntil(() -> visible("#stock-empty"));
        assertTrue(shown("#stock-kg-PET_CLEAR").isEmpty(), "counted: nothing left, nothing owed");
        assertEquals("0.00 บาท", text("#stock-total-value"));
    }
}
