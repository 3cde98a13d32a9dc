package th.wastebank.client.app;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;

import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;

import th.wastebank.client.photo.PhotoSource;
import th.wastebank.client.testing.PhoneUiTest;
import th.wastebank.client.testing.TestPictures;
import th.wastebank.validation.ReasonCode;

/**
 * The real screens under Monocle headless, driven by clicks and typing, with a camera that hands
 * over an example picture: register a product with a photo, watch the photo's tile go from "to
 * send" to "sent" as the stand-in server confirms it, then record step 4 with a refused link (the
 * server's Thai message) and then a YouTube link, and find it on the steps screen.
 */
class ProductFlowUiTest extends PairedPhoneUiTest {
    /** Each pick is another picture: one the server already holds would not be sent at all. */
    private static final AtomicInteger pictures = new AtomicInteger(6);

    @Override
    protected PhotoSource pictures() {
        return onPicked -> onPicked.accept(TestPictures.picked(2400, 1800, pictures.incrementAndGet()));
    }

    @Test
    void aPhotoTheServerRefusesAsTooLargeSaysSoInThaiOnItsTile() throws Exception {
        server.tus().refuseCompletedUploadsWith(422); // image-too-large
        try {
            waitUntil(() -> visible("#home-products"));
            scrollToEnd();
            clickOn("#home-products");
            clickOn("#products-add");
            scrollToEnd();
            clickOn("#product-add-photo");
            waitUntil(() -> visible(".photo-tile"));

            ctx.photoUploader().uploadOnce();

            waitUntil(() -> texts(".photo-state").equals(List.of("เซิร์ฟเวอร์ไม่รับรูปนี้"))
                    && texts(".photo-refused").equals(List.of("เซิร์ฟเวอร์ไม่รับรูปนี้ เพราะรูปใหญ่เกินไปหรือไฟล์เสียหาย"
                    + " กรุณาย่อรูปหรือถ่ายรูปใหม่")));
        } finally {
            server.tus().refuseCompletedUploadsWith(0);
        }
    }

    @Test
    void registerAProductWithAPhotoAndRecordTheVideoStep() throws Exception {
        waitUntil(() -> visible("#home-products"));
        scrollToEnd();
        clickOn("#home-products");
        clickOn("#products-add");
        clickOn("#product-name").write("ตะกร้าสานจากถุงพลาสติก");
        clickOn("#product-kind-DRY_NON_RECYCLABLE");
        waitUntil(() -> lookup("#product-example").queryAs(ComboBox.class).getItems().size() == 15);
        assertEquals("อื่น ๆ", lookup("#product-example").queryAs(ComboBox.class).getButtonCell().getText(),
                "a name of its own is another product than the letter's examples");
        scrollToEnd();
        clickOn("#product-add-photo");
        waitUntil(() -> texts(".photo-state").equals(List.of("รอส่ง")));
        assertTouchTargetsAreAtLeast48px(3);

        ctx.photoUploader().uploadOnce();
        waitUntil(() -> texts(".photo-state").equals(List.of("ส่งแล้ว")));
        scrollToEnd();
        clickOn("#product-save");
        waitUntil(() -> texts("#products-list .row-title").equals(List.of("ตะกร้าสานจากถุงพลาสติก")));
        assertEquals(1, ctx.products().list().get(0).photos().size());
        clickOn("#app-back");

        waitUntil(() -> visible("#home-steps"));
        scrollToEnd();
        clickOn("#home-steps");
        waitUntil(() -> visible("#step-record-4"));
        interact(() -> lookup("#step-record-4").queryAs(Button.class).fire());
        clickOn("#step-video-url").write("https://vimeo.com/123456789");
        waitUntil(() -> ReasonCode.VIDEO_HOST_NOT_ALLOWED.messageTh(null).equals(text("#step-video-url-error")));
        interact(() -> lookup("#step-video-url").queryAs(TextField.class).clear());
        clickOn("#step-video-url").write("youtu.be/dQw4w9WgXcQ");
        waitUntil(() -> text("#step-video-normalised").endsWith("https://youtu.be/dQw4w9WgXcQ · ลิงก์แบบย่อ"));
        clickOn("#step-minutes").write("4");
        clickOn("#step-seconds").write("45");
        scrollToEnd();
        clickOn("#step-save");
        waitUntil(() -> text("#step-4-evidence") != null && text("#step-4-evidence").contains("4 นาที 45 วินาที"));
    }

    private void scrollToEnd() {
        interact(() -> lookup(".screen-scroll").queryAllAs(ScrollPane.class).stream().filter(PhoneUiTest::onScreen)
                .forEach(s -> s.setVvalue(s.getVmax())));
        WaitForAsyncUtils.waitForFxEvents();
    }
}
