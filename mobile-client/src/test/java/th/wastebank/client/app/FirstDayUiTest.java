package th.wastebank.client.app;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

import th.wastebank.client.testing.WholeAppUiTest;

/**
 * A first day on a new phone, as a committee member meets it: every empty screen says what to do
 * next and has the button that does it (no prices yet: set prices; no members: register one).
 */
class FirstDayUiTest extends WholeAppUiTest {
    @Test
    void emptyScreensLeadToTheStepThatFillsThem() {
        pair();
        waitUntil(() -> visible("#home-deposit"));

        clickOn("#home-deposit");
        waitUntil(() -> visible("#deposit-no-prices"));
        assertEquals("ยังไม่มีราคารับซื้อของวันนี้ ต้องตั้งราคาก่อนจึงจะรับฝากขยะได้", text("#deposit-no-prices-text"));
        waitUntil(() -> visible("#deposit-no-members"));
        assertEquals("ยังไม่มีสมาชิก เริ่มจากสมัครสมาชิกคนแรก", text("#deposit-no-members-text"));
        assertEquals("สมัครสมาชิกใหม่", text("#deposit-no-members-action"));

        clickOn("#deposit-no-prices-action");
        waitUntil(() -> visible("#prices-none-priced"));
        assertEquals("ยังไม่ได้ตั้งราคาเลย แตะชนิดขยะเพื่อตั้งราคา แล้วจึงรับฝากได้", text("#prices-none-priced"));
        clickOn("#app-back");
        clickOn("#app-back");

        waitUntil(() -> visible("#home-members"));
        clickOn("#home-members");
        waitUntil(() -> visible("#members-empty"));
        assertEquals("ยังไม่มีสมาชิก เริ่มจากสมัครสมาชิกคนแรก", text("#members-empty-text"));
        clickOn("#members-empty-action");
        waitUntil(() -> visible("#member-name"));
    }
}
