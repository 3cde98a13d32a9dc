package th.wastebank.client.app;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

import th.wastebank.client.photo.PhotoSource;
import th.wastebank.client.testing.TestPictures;

/** A phone paired to the test server, which accepts every push and keeps the ops it received. */
abstract class StepFormUiTestBase extends PairedPhoneUiTest {
    protected final List<Map<String, Object>> received = new CopyOnWriteArrayList<>();

    @Override
    protected void given() throws Exception {
        server.acceptsPushes(op -> {
            received.add(op);
            return null;
        });
    }

    @Override
    protected PhotoSource pictures() {
        return onPicked -> onPicked.accept(TestPictures.picked(800, 600, 91));
    }

    /** The op as it waits in the outbox, or as the server received it. */
    protected String sent() {
        return ctx.outbox().pendingCount() == 1 ? ctx.outbox().pending(1).get(0).payloadJson() : String.valueOf(received);
    }
}
