package th.wastebank.client.photo;

import javafx.beans.property.DoubleProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

import th.wastebank.client.ui.Async;

/**
 * The photo uploader's state for the screens: photos waiting and refused, the round's overall
 * progress (bytes the server confirmed), and a tick whenever a photo's state or progress may have
 * changed, so the product form can redraw its photo tiles. The uploader calls from its own thread;
 * every update is handed to the UI executor.
 */
public final class PhotoUploadViewModel {
    private final PhotoUploader uploader;
    private final PhotoQueue queue;
    private final Async async;
    private final ObjectProperty<PhotoStatus.Phase> phase = new SimpleObjectProperty<>(PhotoStatus.Phase.IDLE);
    private final IntegerProperty waiting = new SimpleIntegerProperty();
    private final IntegerProperty failed = new SimpleIntegerProperty();
    private final IntegerProperty uploadedInRound = new SimpleIntegerProperty();
    private final DoubleProperty progress = new SimpleDoubleProperty(1.0);
    private final StringProperty lastError = new SimpleStringProperty();
    private final IntegerProperty changes = new SimpleIntegerProperty();

    public PhotoUploadViewModel(PhotoUploader uploader, PhotoQueue queue, Async async) {
        this.uploader = uploader;
        this.queue = queue;
        this.async = async;
        uploader.addListener(status -> async.ui(() -> apply(status)));
    }

    private void apply(PhotoStatus s) {
        phase.set(s.phase());
        waiting.set(s.totals().waiting());
        failed.set(s.totals().failed());
        uploadedInRound.set(s.totals().uploadedInRound());
        progress.set(s.totals().progress());
        lastError.set(s.lastErrorTh());
        changes.set(changes.get() + 1);
    }

    /** Puts refused photos back in the queue and wakes the uploader; {@code done} gets how many. */
    public void retryFailed(java.util.function.IntConsumer done) {
        async.run(() -> {
            int n = queue.retryFailed();
            uploader.nudge();
            return n;
        }, done::accept, failure -> done.accept(0));
    }

    /** A photo was added: count it and start sending when the server can be reached. */
    public void photoAdded() {
        async.run(() -> {
            uploader.nudge();
            return null;
        }, none -> { }, failure -> { });
    }

    public ReadOnlyObjectProperty<PhotoStatus.Phase> phase() {
        return phase;
    }

    /** Photos still to send. */
    public ReadOnlyIntegerProperty waiting() {
        return waiting;
    }

    /** Photos the server refused. */
    public ReadOnlyIntegerProperty failed() {
        return failed;
    }

    /** Photos of the current round already on the server. */
    public ReadOnlyIntegerProperty uploadedInRound() {
        return uploadedInRound;
    }

    /** The round's bytes the server confirmed, 0 to 1. */
    public ReadOnlyDoubleProperty progress() {
        return progress;
    }

    public ReadOnlyStringProperty lastError() {
        return lastError;
    }

    /** Ticks when a photo's state or progress may have changed. */
    public ReadOnlyIntegerProperty changes() {
        return changes;
    }
}
