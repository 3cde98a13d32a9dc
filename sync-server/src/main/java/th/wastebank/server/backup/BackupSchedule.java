package th.wastebank.server.backup;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import io.micronaut.context.event.StartupEvent;
import io.micronaut.runtime.event.annotation.EventListener;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import th.wastebank.server.api.ApiProblem;
import th.wastebank.server.config.WbSettings;

/**
 * The daily backup at {@code WB_BACKUP_AT} in the server's local time zone (the operating system's,
 * or the JVM's {@code -Duser.timezone}); {@code off} for none (e.g. on every node of a cluster but
 * one). On its own thread, so a long dump never delays the server's other scheduled work.
 */
@Singleton
public class BackupSchedule {
    private static final Logger LOG = LoggerFactory.getLogger(BackupSchedule.class);

    private final Backups backups;
    private final Clock clock;
    private final Optional<LocalTime> at;
    private final ZoneId zone = ZoneId.systemDefault();
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "wb-daily-backup");
        t.setDaemon(true);
        return t;
    });

    public BackupSchedule(Backups backups, Clock clock, WbSettings settings) {
        this.backups = backups;
        this.clock = clock;
        this.at = parse(settings.getBackupAt());
    }

    /** {@code HH:mm} as a time of day; {@code off} (or blank) as none; anything else stops the start. */
    static Optional<LocalTime> parse(String setting) {
        String value = setting == null ? "" : setting.strip().toLowerCase(Locale.ROOT);
        if (value.isEmpty() || value.equals("off")) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalTime.parse(value.length() == 4 ? "0" + value : value));
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("WB_BACKUP_AT must be a time of day such as 02:00, or off: " + setting, e);
        }
    }

    /** The first {@code at} strictly after {@code now} (a time a clock change skips falls an hour later). */
    static ZonedDateTime nextRun(ZonedDateTime now, LocalTime at) {
        ZonedDateTime today = now.toLocalDate().atTime(at).atZone(now.getZone());
        return today.isAfter(now) ? today : now.toLocalDate().plusDays(1).atTime(at).atZone(now.getZone());
    }

    @EventListener
    void onStartup(StartupEvent event) {
        if (at.isEmpty()) {
            LOG.info("No daily backup (WB_BACKUP_AT=off)");
            return;
        }
        scheduleNext();
    }

    private void scheduleNext() {
        ZonedDateTime now = ZonedDateTime.now(clock.withZone(zone));
        ZonedDateTime next = nextRun(now, at.orElseThrow());
        LOG.info("The next daily backup is at {} into {}", next, backups.directory());
        timer.schedule(this::runAndReschedule, Duration.between(now, next).toMillis(), TimeUnit.MILLISECONDS);
    }

    private void runAndReschedule() {
        try {
            backups.makeUnlessBusy();
        } catch (ApiProblem failed) {
            // already logged by Backups; tomorrow's run tries again
        } catch (RuntimeException e) {
            LOG.error("The daily backup failed: {}", e.getMessage(), e);
        } finally {
            if (!timer.isShutdown()) {
                scheduleNext();
            }
        }
    }

    @PreDestroy
    void stop() {
        timer.shutdownNow();
    }
}
