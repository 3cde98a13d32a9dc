package th.wastebank.client.app;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

import javafx.stage.Stage;

import th.wastebank.client.testing.PhoneUiTest;
import th.wastebank.client.testing.TestPictures;

/** A phone paired to the test server, which accepts every push and keeps the ops it received. */
abstract class StepFormUiTestBase extends PhoneUiTest {
    protected ClientContext ctx;
    protected TestScreens screens;
    protected final List<Map<String, Object>> received = new CopyOnWriteArrayList<>();

    @Override
    public void start(Stage stage) throws Exception {
        ctx = new ClientContext(home, Clock.systemUTC(), Duration.ofMinutes(5));
        ctx.pairing().pair(server.url(), "BYGN-QYRZ", "โทรศัพท์ทดสอบ");
        server.acceptsPushes(op -> {
            received.add(op);
            return null;
        });
        screens = new TestScreens(ctx, stage, home, onPicked -> onPicked.accept(TestPictures.picked(800, 600, 91)));
    }

    @Override
    public void stop() {
        screens.close();
        ctx.close();
    }

    /** The op as it waits in the outbox, or as the server received it. */
    protected String sent() {
        return ctx.outbox().pendingCount() == 1 ? ctx.outbox().pending(1).get(0).payloadJson() : String.valueOf(received);
    }
}
