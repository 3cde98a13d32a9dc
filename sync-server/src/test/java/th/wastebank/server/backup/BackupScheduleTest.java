package th.wastebank.server.backup;

import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** When the daily backup runs: WB_BACKUP_AT in the server's local time zone. */
class BackupScheduleTest {
    private static final ZoneId BANGKOK = ZoneId.of("Asia/Bangkok");
    private static final LocalTime TWO = LocalTime.of(2, 0);

    @Test
    void beforeTheTimeTheBackupRunsTheSameNight() {
        ZonedDateTime now = ZonedDateTime.of(2026, 12, 5, 1, 59, 0, 0, BANGKOK);
        assertEquals(ZonedDateTime.of(2026, 12, 5, 2, 0, 0, 0, BANGKOK), BackupSchedule.nextRun(now, TWO));
    }

    @Test
    void atOrAfterTheTimeTheBackupRunsTheNextNight() {
        assertEquals(ZonedDateTime.of(2026, 12, 6, 2, 0, 0, 0, BANGKOK),
                BackupSchedule.nextRun(ZonedDateTime.of(2026, 12, 5, 2, 0, 0, 0, BANGKOK), TWO));
        assertEquals(ZonedDateTime.of(2027, 1, 1, 2, 0, 0, 0, BANGKOK),
                BackupSchedule.nextRun(ZonedDateTime.of(2026, 12, 31, 15, 30, 0, 0, BANGKOK), TWO));
    }

    @Test
    void aTimeTheClockSkipsRunsAfterTheChange() {
        ZoneId berlin = ZoneId.of("Europe/Berlin");
        ZonedDateTime next = BackupSchedule.nextRun(ZonedDateTime.of(2026, 3, 29, 0, 30, 0, 0, berlin), LocalTime.of(2, 30));
        assertEquals(ZonedDateTime.of(2026, 3, 29, 3, 30, 0, 0, berlin), next);
    }

    @Test
    void theSettingIsATimeOfDayOrOff() {
        assertEquals(Optional.of(TWO), BackupSchedule.parse("02:00"));
        assertEquals(Optional.of(LocalTime.of(2, 30)), BackupSchedule.parse("2:30"));
        assertEquals(Optional.empty(), BackupSchedule.parse("off"));
        assertEquals(Optional.empty(), BackupSchedule.parse(""));
        assertThrows(IllegalArgumentException.class, () -> BackupSchedule.parse("25:00"));
        assertThrows(IllegalArgumentException.class, () -> BackupSchedule.parse("daily"));
    }
}
