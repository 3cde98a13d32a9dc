package th.wastebank.client.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import javafx.scene.control.Button;

import org.junit.jupiter.api.Test;

import th.wastebank.validation.ReasonCode;

/**
 * Step 1 on the phone: tick the letter's income models and the groups met, the "อื่น ๆ" name field
 * showing only while "อื่น ๆ" is ticked; "ธนาคารขยะ" typed as the other model is refused in Thai beside
 * the fields and nothing is sent; a real name saves, and the op the server receives carries the picks.
 */
class StepOnePicksUiTest extends StepFormUiTestBase {
    @Test
    void pickModelsAndGroupsOnStepOneTheWasteBankRefusedInThai() throws Exception {
        waitUntil(() -> visible("#home-steps"));
        clickOn("#home-steps");
        waitUntil(() -> visible("#step-record-1"));
        interact(() -> lookup("#step-record-1").queryAs(Button.class).fire());
        waitUntil(() -> visible("#step-model-WET_ORGANIC_PRODUCT"));
        assertTrue(text("#step-model-DRY_NON_RECYCLABLE_PRODUCT").contains("ขยะแห้งที่ไม่สามารถขายเป็นขยะรีไซเคิลได้"));
        assertEquals(List.of(), shown("#step-model-WASTE_BANK"), "the waste bank is not a model to pick");
        assertTrue(visible("#step-group-WASTE_BANK"), "but it is a group to meet");
        assertFalse(visible("#step-model-other-name"), "the other name waits for other to be ticked");

        tap("#step-model-WET_ORGANIC_PRODUCT");
        tap("#step-model-OTHER");
        waitUntil(() -> visible("#step-model-other-name"));
        fill("#step-model-other-name", "ธนาคารขยะ");
        tap("#step-group-LOCAL_VOLUNTEERS");
        tap("#step-group-WOMEN");
        tap("#step-group-OTHER");
        fill("#step-group-other-name", "วิสาหกิจชุมชนทอผ้า");
        fill("#step-recorded-by", "นางสมศรี ใจดี");
        tap("#step-save");
        waitUntil(() -> ReasonCode.INCOME_MODEL_IS_WASTE_BANK.messageTh(null).equals(text("#step-field-error")));
        assertEquals(0, ctx.outbox().pendingCount());

        fill("#step-model-other-name", "ร้านซ่อมเสื้อผ้าเก่า");
        tap("#step-save");
        // the op waits in the outbox or has reached the server already: either way it carries the picks
        waitUntil(() -> ctx.outbox().pendingCount() == 1 || !received.isEmpty());
        String sent = sent();
        for (String carried : List.of("incomeModels", "WET_ORGANIC_PRODUCT", "ร้านซ่อมเสื้อผ้าเก่า", "LOCAL_VOLUNTEERS",
                "WOMEN", "วิสาหกิจชุมชนทอผ้า", "นางสมศรี ใจดี")) {
            assertTrue(sent.contains(carried), () -> carried + " not in " + sent);
        }
        assertFalse(sent.contains("ธนาคารขยะ"), sent);
    }
}
