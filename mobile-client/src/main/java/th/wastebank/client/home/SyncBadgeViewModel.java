package th.wastebank.client.home;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
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
 * from its own thread; every update is handed to the UI executor. It also says when the phone's
 * clock is off from the server's, since every saved record is dated by that clock. {@link #changes()} ticks whenever
 * the phone's data may have changed because of a sync, so lists can reload.
 */
public final class SyncBadgeViewModel {
    private static final Logger LOG = Logger.getLogger(SyncBadgeViewModel.class.getName());
    /** A phone clock off by less than this is not worth a word (phones set automatically are off by seconds). */
    public static final Duration CLOCK_TOLERANCE = Duration.ofMinutes(5);

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
    private final ObjectProperty<Duration> clockAhead = new SimpleObjectProperty<>();

    public SyncBadgeViewModel(SyncEngine engine, Async async, Clock clock) {
        this.engine = engine;
        this.async = async;
        this.clock = clock;
        engine.addListener(status -> {
            Duration ahead = engine.clockAhead();
            async.ui(() -> {
                apply(status);
                clockAhead.set(ahead);
            });
        });
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

    /**
     * What to tell when the phone's clock is off from the server's by {@link #CLOCK_TOLERANCE} or
     * more: by how much, which way, how to set it, and, beyond what the server accepts
     * ({@link Dates#MAX_AHEAD}), that what is saved now will be refused. Null while the clock is
     * right or not yet compared.
     */
    public static String clockWarning(Messages m, Duration ahead) {
        if (ahead == null || ahead.abs().compareTo(CLOCK_TOLERANCE) < 0) {
            return null;
        }
        String by = span(m, ahead.abs());
        String warning = m.get(ahead.isNegative() ? "clock.behind" : "clock.ahead", by);
        return ahead.compareTo(Dates.MAX_AHEAD) > 0 ? warning + " " + m.get("clock.refused") : warning;
    }

    /** "2 วัน 3 ชั่วโมง", "45 นาที": the largest two units, at least a minute. */
    private static String span(Messages m, Duration d) {
        long days = d.toDays();
        long hours = d.toHoursPart();
        long minutes = d.toMinutesPart();
        List<String> parts = new ArrayList<>();
        if (days > 0) {
            parts.add(m.get("clock.days", m.format().number(days)));
        }
        if (hours > 0) {
            parts.add(m.get("clock.hours", m.format().number(hours)));
        }
        if (days == 0 && minutes > 0) {
            parts.add(m.get("clock.minutes", m.format().number(minutes)));
        }
        return String.join(" ", parts.subList(0, Math.min(2, parts.size())));
    }

    /** {@link #clockWarning} of the current state, in the current language. */
    public String clockWarning(Messages m) {
        return clockWarning(m, clockAhead.get());
    }

    /** How far the phone's clock runs ahead of the server's as of the last sync (negative: behind; null: unknown). */
    public ReadOnlyObjectProperty<Duration> clockAhead() {
        return clockAhead;
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
