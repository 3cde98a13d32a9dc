package th.wastebank.server.metrics;

import java.time.Clock;
import java.time.Duration;

import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import jakarta.inject.Provider;
import jakarta.inject.Singleton;

import th.wastebank.server.backup.Backups;
import th.wastebank.server.db.DbMetrics;
import th.wastebank.server.db.TxRetry;
import th.wastebank.server.photo.UploadCounts;

/**
 * The server's own meters beside Micronaut's (HTTP requests, Hikari's pool, the JVM): the database's
 * retries by reason ({@link TxRetry}) and errors ({@link DbMetrics}), the unfinished photo uploads (in
 * the database, so every node reports the same number) and the age of the newest backup
 * ({@link Backups#lastBackupAt}: this run's, else the newest file in the backup directory).
 */
@Singleton
public class OperatorMeters implements MeterBinder {
    private final Provider<UploadCounts> uploads;
    private final Provider<Backups> backups;
    private final Clock clock;

    /** The uploads' counter through a provider: the pool it reads waits for the meter registry this binds to. */
    public OperatorMeters(Provider<UploadCounts> uploads, Provider<Backups> backups, Clock clock) {
        this.uploads = uploads;
        this.backups = backups;
        this.clock = clock;
    }

    @Override
    public void bindTo(MeterRegistry registry) {
        for (TxRetry.Reason reason : TxRetry.Reason.values()) {
            FunctionCounter.builder("wb.db.retries", TxRetry.class, c -> TxRetry.retries().get(reason))
                    .tag("reason", reason.name())
                    .description("Transactions the database rolled back and the server ran again, by why")
                    .register(registry);
            FunctionCounter.builder("wb.db.retries.gave.up", TxRetry.class, c -> TxRetry.gaveUp().get(reason))
                    .tag("reason", reason.name())
                    .description("Transactions given up after every try (answered 503 database-busy)")
                    .register(registry);
        }
        FunctionCounter.builder("wb.db.errors", DbMetrics.class, c -> DbMetrics.errors())
                .description("Requests that failed because of the database").register(registry);
        Gauge.builder("wb.uploads.unfinished", this, OperatorMeters::unfinishedUploads)
                .description("Photo uploads begun and not yet finished or expired").register(registry);
        Gauge.builder("wb.backup.last.age", this, OperatorMeters::lastBackupAgeSeconds).baseUnit("seconds")
                .description("Seconds since the last backup finished (+Inf: none yet)").register(registry);
    }

    private double lastBackupAgeSeconds() {
        return backups.get().lastBackupAt()
                .map(at -> Duration.between(at, clock.instant()).toMillis() / 1000.0)
                .orElse(Double.POSITIVE_INFINITY);
    }

    /** NaN when the database cannot be asked: the scrape still answers, with the pool and error meters. */
    private double unfinishedUploads() {
        try {
            return uploads.get().unfinished();
        } catch (RuntimeException unavailable) {
            return Double.NaN;
        }
    }
}
