package th.wastebank.server.progress;

import java.sql.PreparedStatement;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import javax.sql.DataSource;

import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;

import th.wastebank.server.db.Database;
import th.wastebank.server.db.Jdbc;
import th.wastebank.server.db.Reads;
import th.wastebank.server.db.Tx;
import th.wastebank.validation.Dates;

/**
 * Each province's round for its อปท. ({@code reporting_schedule}): the days and first day its officer
 * set, or none, when its อปท. are judged by the department's days ({@link ReportingRounds#DEPARTMENT}).
 * Every page and report asks here, so every page judges an อปท. by the same days.
 */
@Singleton
public class RoundDays {
    /** The first day may be at most this many years before or after today (a typo of the year is refused). */
    static final int YEARS_AROUND = 2;
    private final Reads reads;
    private final DataSource dataSource;
    private final Clock clock;

    public RoundDays(Database database, Clock clock) {
        this.reads = database.reads();
        this.dataSource = database.pool();
        this.clock = clock;
    }

    /** A province's own days as set, with who set them last (null for a seeded row). */
    public record Own(ReportingRounds.Schedule schedule, @Nullable String updatedBy) {
    }

    /** The province's own days, or none when its officer has set none. */
    public Optional<Own> own(String provinceCode) {
        return reads.one("SELECT days, first_day, updated_by FROM reporting_schedule WHERE province_code = ?",
                rs -> new Own(new ReportingRounds.Schedule(ReportingRounds.parseDays(rs.getString(1)),
                        rs.getObject(2, LocalDate.class)), rs.getString(3)), provinceCode);
    }

    /** The days that judge the province's อปท.: its own, else the department's. */
    public ReportingRounds.Schedule forOrgsOf(@Nullable String provinceCode) {
        return provinceCode == null ? ReportingRounds.DEPARTMENT
                : forOrgs(own(provinceCode).map(Own::schedule));
    }

    static ReportingRounds.Schedule forOrgs(Optional<ReportingRounds.Schedule> own) {
        return own.orElse(ReportingRounds.DEPARTMENT);
    }

    /** Every province that set days of its own, by code. */
    public Map<String, ReportingRounds.Schedule> allOwn() {
        Map<String, ReportingRounds.Schedule> out = new HashMap<>();
        reads.list("SELECT province_code, days, first_day FROM reporting_schedule", rs -> {
            out.put(rs.getString(1), new ReportingRounds.Schedule(ReportingRounds.parseDays(rs.getString(2)),
                    rs.getObject(3, LocalDate.class)));
            return null;
        });
        return out;
    }

    /** What a form asked for: the schedule, or the key of the Thai message that says what is wrong. */
    public record Checked(@Nullable ReportingRounds.Schedule schedule, @Nullable String errorKey) {
    }

    /** The days ("3, 13") and first day (ISO, from a date field) as typed, checked. */
    public Checked check(@Nullable String days, @Nullable String firstDay) {
        Optional<List<Integer>> d = ReportingRounds.days(days);
        if (d.isEmpty()) {
            return new Checked(null, "rounds.error.days");
        }
        Optional<LocalDate> first = ReportingRounds.firstDay(firstDay);
        LocalDate today = LocalDate.now(clock.withZone(Dates.THAI));
        if (first.isEmpty() || first.get().isBefore(today.minusYears(YEARS_AROUND))
                || first.get().isAfter(today.plusYears(YEARS_AROUND))) {
            return new Checked(null, "rounds.error.firstDay");
        }
        return new Checked(new ReportingRounds.Schedule(d.get(), first.get()), null);
    }

    /** Sets a province's days and, in the same transaction, {@code alsoDo} (its audit row). */
    public void set(String provinceCode, ReportingRounds.Schedule schedule, String by, Tx.Step alsoDo) {
        Tx.readCommitted(dataSource, c -> {
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO reporting_schedule (province_code, days,"
                    + " first_day, updated_by, updated_at) VALUES (?,?,?,?,?) ON DUPLICATE KEY UPDATE days = VALUES(days),"
                    + " first_day = VALUES(first_day), updated_by = VALUES(updated_by), updated_at = VALUES(updated_at)")) {
                ps.setString(1, provinceCode);
                ps.setString(2, String.join(",", schedule.days().stream().map(String::valueOf).toList()));
                ps.setObject(3, schedule.firstDay());
                ps.setString(4, by);
                ps.setObject(5, Jdbc.utc(clock.instant()));
                ps.executeUpdate();
            }
            alsoDo.run(c);
            return null;
        });
    }
}
