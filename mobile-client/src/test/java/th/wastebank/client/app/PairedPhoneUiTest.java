package th.wastebank.client.app;

import java.time.Clock;
import java.time.Duration;

import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.TextInputControl;
import javafx.stage.Stage;

import th.wastebank.client.photo.PhotoSource;
import th.wastebank.client.testing.PhoneUiTest;

/**
 * The whole app on a phone paired with the stand-in server (once per class: a class keeps its phone
 * between its tests), on the real clock, for a flow on the real screens. A class puts in what the
 * phone holds before the screens open ({@link #given}) and what the photo picker hands back
 * ({@link #pictures}).
 */
abstract class PairedPhoneUiTest extends PhoneUiTest {
    protected ClientContext ctx;
    protected TestScreens screens;

    @Override
    public final void start(Stage stage) throws Exception {
        ctx = new ClientContext(home, Clock.systemUTC(), Duration.ofMinutes(5));
        if (!ctx.settings().isPaired()) {
            ctx.pairing().pair(server.url(), "BYGN-QYRZ", "โทรศัพท์ทดสอบ");
        }
        given();
        screens = new TestScreens(ctx, stage, home, pictures());
    }

    /** What the phone holds before the screens open: nothing but the pairing unless a class says so. */
    protected void given() throws Exception {
    }

    /** What the photo picker hands back: nothing unless a class says so. */
    protected PhotoSource pictures() {
        return onPicked -> { };
    }

    @Override
    public final void stop() {
        screens.close();
        ctx.close();
    }

    /** Fires a button once it shows (without scrolling to it: {@link #tap} does). */
    protected void press(String query) {
        waitUntil(() -> visible(query));
        interact(() -> lookup(query).queryAs(Button.class).fire());
    }

    /** Sets a text field's text once it shows. */
    protected void type(String query, String value) {
        waitUntil(() -> visible(query));
        interact(() -> lookup(query).queryAs(TextInputControl.class).setText(value));
    }

    /** Picks a value in a drop-down list once it shows. */
    @SuppressWarnings("unchecked")
    protected <T> void choose(String query, T value) {
        waitUntil(() -> visible(query));
        interact(() -> ((ComboBox<T>) lookup(query).query()).setValue(value));
    }
}
