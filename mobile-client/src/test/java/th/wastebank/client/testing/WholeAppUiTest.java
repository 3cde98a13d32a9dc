package th.wastebank.client.testing;

import java.util.List;

import javafx.stage.Stage;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

import th.wastebank.client.app.App;

/**
 * The real app (its {@link App} class, worker thread, sync engine and all) under the UI test base,
 * in the class's own private directory, with pairing as a committee member does it.
 */
public abstract class WholeAppUiTest extends PhoneUiTest {
    private App app;

    /** The whole app is started, so it finds its private directory through this property. */
    @BeforeAll
    static void appHome() {
        System.setProperty("wastebank.home", home.toString());
    }

    @AfterAll
    static void forgetAppHome() {
        System.clearProperty("wastebank.home");
    }

    @Override
    public void init() {
        app = new App();
        app.init();
    }

    @Override
    public void start(Stage stage) {
        app.start(stage);
    }

    @Override
    public void stop() throws Exception {
        app.stop();
    }

    /** From the home screen: clear PET at 8 baht a kilogram on the price board, and back home. */
    protected void setClearPetAtEightBaht() {
        clickOn("#home-prices");
        waitUntil(() -> visible("#price-PET_CLEAR"));
        clickOn("#price-PET_CLEAR");
        waitUntil(() -> "ขวดพลาสติกใส".equals(text("#price-material")));
        clickOn("#price-value").write("8");
        clickOn("#price-save");
        waitUntil(() -> texts("#price-PET_CLEAR .price-value").equals(List.of("8.00 บาท/กก.")));
        clickOn("#app-back");
    }

    /** Types the stand-in server's address, a code and a name on the pairing screen and pairs. */
    protected void pair() {
        waitUntil(() -> visible("#pair-server"));
        clickOn("#pair-server").write(server.url());
        clickOn("#pair-code").write("bygn-qyrz");
        clickOn("#pair-device").write("โทรศัพท์ทดสอบ");
        clickOn("#pair-submit");
    }
}
