package th.wastebank.client.home;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.function.Consumer;
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

import th.wastebank.client.i18n.Messages;
import th.wastebank.client.sync.ServerException;
import th.wastebank.client.sync.SyncEngine;
import th.wastebank.client.sync.SyncStatus;
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
    private final ObjectProperty<SyncStatus.Trouble> trouble = new SimpleObjectProperty<>();
    private final ObjectProperty<Instant> nextTryAt = new SimpleObjectProperty<>();
    private final IntegerProperty resent = new SimpleIntegerProperty();

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
        trouble.set(s.trouble());
        nextTryAt.set(s.nextTryAt());
        resent.set(s.resent());
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

    /**
     * Sends and pulls now, off the screen's thread, and tells how it went: {@code done} with the
     * run's status (how many were sent and pulled), or {@code failed} with the reason, which the
     * badge shows too (with the next try's time).
     */
    public void sendNow(Consumer<SyncStatus> done, Consumer<ServerException> failed) {
        async.run(engine::syncOnce, done, failure -> {
            if (failure instanceof ServerException e) {
                failed.accept(e);
            } else {
                LOG.log(Level.WARNING, "send now failed unexpectedly", failure);
                failed.accept(new ServerException(ServerException.Kind.BAD_RESPONSE, String.valueOf(failure), failure));
            }
        });
    }

    /**
     * The badge's words for where the sync stands: the kind of failure with the next try's time
     * ("ติดต่อเซิร์ฟเวอร์ไม่ได้ จะลองใหม่ 09:05 น."), a revoked token, or the server's own words;
     * null while nothing is wrong.
     */
    public static String describe(Messages m, SyncStatus.Trouble trouble, Instant nextTryAt, String lastErrorTh,
                                  LocalDate today) {
        if (trouble == null) {
            return lastErrorTh;
        }
        if (trouble == SyncStatus.Trouble.OTHER) {
            return lastErrorTh;
        }
        String next = nextTryAt == null ? "" : m.get("sync.next-try", m.format().moment(nextTryAt, today));
        return (m.get("sync.trouble." + trouble.name()) + " " + next).strip();
    }

    /**
     * What the badge tells besides a failure: that the server was restored from a backup and this
     * phone is sending (or has sent) again what it had sent before; null when that is not the case.
     */
    public static String notice(Messages m, SyncStatus.Phase phase, int resent) {
        if (resent <= 0) {
            return null;
        }
        return m.get(phase == SyncStatus.Phase.SYNCING ? "sync.restored.sending" : "sync.restored.sent",
                m.format().number(resent));
    }

    /** {@link #notice} of the current state, in the current language. */
    public String notice(Messages m) {
        return notice(m, phase.get(), resent.get());
    }

    /** Ops the current or last run sent again because the server had been restored (0: none). */
    public ReadOnlyIntegerProperty resent() {
        return resent;
    }

    /** {@link #describe} of the current state, in the current language. */
    public String describe(Messages m) {
        return describe(m, trouble.get(), nextTryAt.get(), lastError.get(), today());
    }

    /** The kind of the last failure (null after a success). */
    public ReadOnlyObjectProperty<SyncStatus.Trouble> trouble() {
        return trouble;
    }

    /** When the engine tries again after the last failure (null: nothing waits). */
    public ReadOnlyObjectProperty<Instant> nextTryAt() {
        return nextTryAt;
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
