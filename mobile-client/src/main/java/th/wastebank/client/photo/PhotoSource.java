package th.wastebank.client.photo;

import java.util.function.Consumer;

/**
 * Where a new photo comes from: the phone's camera (Gluon Attach Pictures) or, on a desktop, a
 * file chosen in a dialog. Called on the UI thread; {@code onPicked} runs on the UI thread when the
 * user took or chose a picture, and not at all when they cancelled.
 */
@FunctionalInterface
public interface PhotoSource {
    void pick(Consumer<PickedPhoto> onPicked);
}
