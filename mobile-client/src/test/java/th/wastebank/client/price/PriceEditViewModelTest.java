package th.wastebank.client.price;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import th.wastebank.validation.ReasonCode;

import th.wastebank.client.testing.FreshPhoneTest;

class PriceEditViewModelTest extends FreshPhoneTest {
    private PriceEditViewModel form(String code) {
        PriceEditViewModel vm = new PriceEditViewModel(client.ctx.prices(), client.clock, code,
                client.screens);
        vm.load();
        return vm;
    }

    private Long priceOn(String code, LocalDate day) {
        return client.ctx.prices().on(day).stream().filter(r -> r.materialCode().equals(code)).findFirst()
                .orElseThrow().pricePerKg();
    }

    @Test
    void aPriceSetForTodayIsOnTodaysBoard() {
        PriceEditViewModel vm = form("PET_CLEAR");
        assertFalse(vm.ownMaterial().get());
        assertEquals("ขวดพลาสติกใส", vm.nameTh().get());
        vm.priceText().set("8,50");

        vm.save();

        assertEquals(850L, priceOn("PET_CLEAR", LocalDate.of(2026, 11, 23)));
        assertEquals("back", client.routes.last());
        assertEquals("ตั้งราคา ขวดพลาสติกใส 8.50 บาท/กก. ตั้งแต่ 23 พ.ย. 2569 แล้ว", client.notices.get(0));
    }

    @Test
    void theFormStartsFromTodaysPrice() {
        client.price("ALU_CAN", 4000);
        PriceEditViewModel vm = form("ALU_CAN");
        assertEquals("40.00", vm.priceText().get());
        assertEquals("40.00 บาท/กก.", vm.currentPrice().get());
    }

    @Test
    void aPriceCanStartOnAChosenDayUpToTomorrow() {
        client.price("CARDBOARD", 300);
        PriceEditViewModel vm = form("CARDBOARD");
        vm.priceText().set("3.5");
        vm.effectiveFrom().set(LocalDate.of(2026, 11, 24));

        vm.save();

        assertEquals(300L, priceOn("CARDBOARD", LocalDate.of(2026, 11, 23)));
        assertEquals(350L, priceOn("CARDBOARD", LocalDate.of(2026, 11, 24)));
    }

    @Test
    void aPriceStartingMoreThanADayAheadIsRefusedByTheDateRule() {
        client.price("CARDBOARD", 300);
        PriceEditViewModel vm = form("CARDBOARD");
        vm.priceText().set("3.5");
        vm.effectiveFrom().set(LocalDate.of(2026, 12, 1));

        vm.save();

        assertEquals(ReasonCode.DATE_OUT_OF_RANGE.messageTh("มีผลตั้งแต่วันที่"), vm.error().get());
        assertEquals(300L, priceOn("CARDBOARD", LocalDate.of(2026, 12, 1)));
    }

    @Test
    void aZeroOrHugePriceIsRefused() {
        PriceEditViewModel vm = form("PET_CLEAR");
        vm.priceText().set("0");
        vm.save();
        assertEquals(ReasonCode.PRICE_INVALID.messageTh(null), vm.priceError().get());

        vm.priceText().set("10000.01");
        vm.save();
        assertEquals(ReasonCode.PRICE_INVALID.messageTh(null), vm.priceError().get());
        assertEquals(null, priceOn("PET_CLEAR", LocalDate.of(2026, 11, 23)));
    }

    @Test
    void theBanksOwnMaterialNeedsAThaiName() {
        PriceEditViewModel vm = form(null);
        assertTrue(vm.ownMaterial().get());
        assertTrue(vm.code().get().startsWith("OWN_"));
        vm.priceText().set("2");

        vm.save();

        assertEquals(ReasonCode.MATERIAL_NAME_REQUIRED.messageTh(null), vm.nameError().get());
    }

    @Test
    void theBanksOwnMaterialIsAddedWithItsThaiName() {
        PriceEditViewModel vm = form(null);
        vm.nameTh().set("ขวดน้ำมันเครื่อง");
        vm.code().set("own_oil_bottle");
        vm.priceText().set("2");

        vm.save();

        PriceRow row = client.ctx.prices().on(LocalDate.of(2026, 11, 23)).stream()
                .filter(r -> r.materialCode().equals("OWN_OIL_BOTTLE")).findFirst().orElseThrow();
        assertEquals("ขวดน้ำมันเครื่อง", row.nameTh());
        assertEquals(200L, row.pricePerKg());
    }

    @Test
    void anOwnMaterialCannotTakeAStandardOrUsedCode() {
        PriceEditViewModel vm = form(null);
        vm.nameTh().set("ขวดใส");
        vm.code().set("PET_CLEAR");
        vm.priceText().set("2");
        vm.save();
        assertEquals(client.messages.get("price.code.invalid"), vm.codeError().get());

        client.ctx.prices().set("OWN_OIL", 100, LocalDate.of(2026, 11, 1), "น้ำมัน");
        vm.code().set("OWN_OIL");
        vm.save();
        assertEquals(client.messages.get("price.code.taken"), vm.codeError().get());
    }
}
