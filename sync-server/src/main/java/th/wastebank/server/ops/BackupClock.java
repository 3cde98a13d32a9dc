package th.wastebank.server.ops;

import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

import jakarta.inject.Singleton;

/**
 * When the last good backup of this server was made, for the operators' metric of its age
 * ({@code wb_backup_last_age_seconds}): whatever makes a backup (the daily one, {@code POST
 * /api/v1/admin/backups}, or the start-up scan of the backup directory) calls {@link #recordBackup}.
 * Empty until then, and the metric is then {@code +Inf} rather than zero, so an alert on "older than
 * a day" also fires on a server that never made one.
 */
@Singleton
public class BackupClock {
    private final AtomicReference<Instant> last = new AtomicReference<>();

    /** A backup finished at {@code at}; an older one than the newest known changes nothing. */
    public void recordBackup(Instant at) {
        last.accumulateAndGet(at, (known, next) -> known == null || next.isAfter(known) ? next : known);
    }

    public Optional<Instant> lastBackup() {
        return Optional.ofNullable(last.get());
    }
}
