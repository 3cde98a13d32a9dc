package th.wastebank.client.sync;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.logging.Level;
import java.util.logging.Logger;

import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

import th.wastebank.client.ui.Async;
import th.wastebank.validation.Dates;

/**
 * The sync engine's state for the badge in the top bar and on the home screen: what waits to be
 * sent, what was refused, when the last sync finished and what last went wrong. The engine calls
 * from its own thread; every update is handed to the UI executor. {@link #changes()} ticks whenever
 * the phone's data may have changed because of a sync, so lists can reload.
 */
public final class SyncBadgeViewModel {
    private static final Logger LOG = Logger.getLogger(SyncBadgeViewModel.class.getName());

    private final SyncEngine engine;
    private final Async async;
    private final Clock clock;
    private final ObjectProperty<SyncStatus.Phase> phase = new SimpleObjectProperty<>(SyncStatus.Phase.IDLE);
    private final IntegerProperty pending = new SimpleIntegerProperty();
    private final IntegerProperty rejected = new SimpleIntegerProperty();
    private final ObjectProperty<Instant> lastSyncAt = new SimpleObjectProperty<>();
    private final StringProperty lastError = new SimpleStringProperty();
    private final IntegerProperty changes = new SimpleIntegerProperty();

    public SyncBadgeViewModel(SyncEngine engine, Async async, Clock clock) {
        this.engine = engine;
        this.async = async;
        this.clock = clock;
        engine.addListener(status -> async.ui(() -> apply(status)));
    }

    private void apply(SyncStatus s) {
        boolean dataChanged = s.pending() != pending.get() || s.rejected() != rejected.get()
                || (s.lastSyncAt() != null && !s.lastSyncAt().equals(lastSyncAt.get())) || s.pulled() > 0;
        phase.set(s.phase());
        pending.set(s.pending());
        rejected.set(s.rejected());
        lastSyncAt.set(s.lastSyncAt());
        lastError.set(s.lastErrorTh());
        if (dataChanged) {
            changes.set(changes.get() + 1);
        }
    }

    /** Wakes the engine to send and pull now (and re-reads the counts). */
    public void sendNow() {
        async.run(() -> {
            engine.nudge();
            return null;
        }, done -> { }, failure -> LOG.log(Level.WARNING, "could not wake the sync engine", failure));
    }

    public LocalDate today() {
        return LocalDate.now(clock.withZone(Dates.THAI));
    }

    public ReadOnlyObjectProperty<SyncStatus.Phase> phase() {
        return phase;
    }

    public ReadOnlyIntegerProperty pending() {
        return pending;
    }

    public ReadOnlyIntegerProperty rejected() {
        return rejected;
    }

    public ReadOnlyObjectProperty<Instant> lastSyncAt() {
        return lastSyncAt;
    }

    /** The last failure in Thai, as the engine reported it; null after a success. */
    public ReadOnlyStringProperty lastError() {
        return lastError;
    }

    /** Ticks when a sync may have changed what the phone shows. */
    public ReadOnlyIntegerProperty changes() {
        return changes;
    }
}
