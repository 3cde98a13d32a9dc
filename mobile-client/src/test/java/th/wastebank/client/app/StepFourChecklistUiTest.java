package th.wastebank.client.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import javafx.scene.control.Button;

import org.junit.jupiter.api.Test;

/**
 * Step 4's checklist on the phone: the presenter and the five logos in the letter's order, each unmet
 * item's Thai reason beside its field as the form is filled (someone else presenting warned, the mayor not);
 * a video with one logo unticked is saved all the same, its step card says what is not yet as the letter
 * asks, and the op carries the checklist.
 */
class StepFourChecklistUiTest extends StepFormUiTestBase {
    @Test
    void theChecklistWarnsBesideEachFieldAndAnUnmetItemIsSavedAndShownOnTheStep() throws Exception {
        waitUntil(() -> visible("#home-steps"));
        clickOn("#home-steps");
        waitUntil(() -> visible("#step-record-4"));
        interact(() -> lookup("#step-record-4").queryAs(Button.class).fire());
        waitUntil(() -> visible("#step-logo-MOI"));
        assertTrue(text("#step-logo-MOI").startsWith("1. กระทรวงมหาดไทย"), text("#step-logo-MOI"));
        assertTrue(text("#step-logo-LOCAL_VOLUNTEERS").startsWith("5. อาสาสมัครท้องถิ่นรักษ์โลก"));
        assertEquals("ไม่ได้ระบุผู้นำเสนอวิดีโอ", text("#step-presenter-problem"));
        assertEquals("ไม่ได้ระบุชื่อไฟล์วิดีโอ", text("#step-file-name-problem"));

        fill("#step-video-url", "vt.tiktok.com/ZSabc123/");
        fill("#step-minutes", "4");
        fill("#step-file-name", "การเพิ่มมูลค่าจากขยะโดยผสมผสานกับอัตลักษณ์ท้องถิ่น (Soft Power) ของเทศบาลตำบลบ้านนา.mp4");
        waitUntil(() -> !visible("#step-file-name-problem"));
        tap("#step-presenter-OTHER");
        fill("#step-presenter-name", "นายสมชาย ปลัด");
        waitUntil(() -> text("#step-presenter-problem").startsWith("ผู้นำเสนอไม่ใช่นายกเทศมนตรี"));
        tap("#step-presenter-MAYOR");
        waitUntil(() -> !visible("#step-presenter-problem"));
        for (String logo : List.of("MOI", "DLA", "ORG", "LOCAL_VOLUNTEERS")) {
            tap("#step-logo-" + logo);
        }
        waitUntil(() -> "ไม่มีตราสัญลักษณ์ตามหนังสือสั่งการ: จังหวัด".equals(text("#step-logos-problem")));
        assertFalse(visible("#step-length-problem"));

        tap("#step-save");
        waitUntil(() -> visible("#step-4-evidence"));
        assertTrue(text("#step-4-evidence").contains("ยังไม่เป็นไปตามหนังสือสั่งการ: ไม่มีตราสัญลักษณ์ตามหนังสือสั่งการ: จังหวัด"),
                text("#step-4-evidence"));
        waitUntil(() -> ctx.outbox().pendingCount() == 1 || !received.isEmpty());
        String sent = sent();
        for (String carried : List.of("videoPresenter", "MAYOR", "นายสมชาย ปลัด", "videoLogos", "LOCAL_VOLUNTEERS",
                "https://vt.tiktok.com/ZSabc123/")) {
            assertTrue(sent.contains(carried), () -> carried + " not in " + sent);
        }
        assertFalse(sent.contains("PROVINCE"), sent);
    }
}
