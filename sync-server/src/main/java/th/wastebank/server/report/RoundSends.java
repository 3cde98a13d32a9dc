package th.wastebank.server.report;

import java.sql.PreparedStatement;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import javax.sql.DataSource;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.json.JsonMapper;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.inject.Singleton;

import th.wastebank.server.db.Database;
import th.wastebank.server.db.Jdbc;
import th.wastebank.server.db.Reads;
import th.wastebank.server.db.Tx;
import th.wastebank.server.progress.ReportingRounds;
import th.wastebank.validation.Dates;

/**
 * A province's round report sent to the department ({@code round_report_sent}): the province's round
 * report (its rows and totals) frozen when its officer sends it, for the department's round whose
 * due day is today or next. One per province and department due day; sending again in the same
 * round replaces it and counts the times (ADR 0021). A province is late for a department round when
 * nothing was sent for it by its due day.
 */
@Singleton
public class RoundSends {
    private final DataSource dataSource;
    private final Reads reads;
    private final Clock clock;
    private final JsonMapper json;

    public RoundSends(Database database, Clock clock, JsonMapper json) {
        this.dataSource = database.pool();
        this.reads = database.reads();
        this.clock = clock;
        this.json = json;
    }

    /** One frozen row: an อปท. as the report showed it when sent. */
    @Serdeable
    public record SentRow(String orgCode, String orgNameTh, String districtTh, List<LocalDate> steps, int products,
                          @Nullable String videoUrl, @Nullable LocalDate reportedOn, @Nullable LocalDate phoneDateOn,
                          String statusTh) {
    }

    /** A sent report: the department's due day it answers, the province's own round, when and by whom, its totals. */
    public record Sent(String provinceCode, LocalDate dueOn, LocalDate roundOpensOn, LocalDate roundDueOn,
                       Instant sentAt, String sentBy, int timesSent, int orgs, int reported, int notReported,
                       int done) {
    }

    /** The department's round a send today is for. */
    public ReportingRounds.Round departmentRound() {
        return ReportingRounds.current(ReportingRounds.DEPARTMENT, today());
    }

    /** The department's round that closed last, none before the first day has passed. */
    public Optional<ReportingRounds.Round> lastDepartmentRound() {
        return ReportingRounds.previous(ReportingRounds.DEPARTMENT, today());
    }

    /**
     * Freezes the report for the department's current round, replacing any sent before in it, and in
     * the same transaction {@code alsoDo} (its audit row). Returns how many times it has been sent.
     */
    public int send(String provinceCode, ProgressReports.Report report, String by, Tx.Step alsoDo) {
        LocalDate due = departmentRound().dueOn();
        List<SentRow> rows = new ArrayList<>();
        for (ProgressReports.Row r : report.rows()) {
            rows.add(new SentRow(r.orgCode(), r.orgNameTh(), r.districtTh(), r.steps(), r.products(), r.videoUrl(),
                    r.reportedOn(), r.phoneDateOn(), r.status().nameTh()));
        }
        String frozen;
        try {
            frozen = json.writeValueAsString(rows);
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
        return Tx.readCommitted(dataSource, c -> {
            int times = 1 + Reads.query(c, "SELECT times_sent FROM round_report_sent WHERE province_code = ? AND due_on = ?"
                    + " FOR UPDATE", rs -> rs.next() ? rs.getInt(1) : 0, provinceCode, due);
            try (PreparedStatement ps = c.prepareStatement("REPLACE INTO round_report_sent (province_code, due_on,"
                    + " round_opens_on, round_due_on, sent_at, sent_by, times_sent, orgs, reported, not_reported, done,"
                    + " rows_json) VALUES (?,?,?,?,?,?,?,?,?,?,?,?)")) {
                Object[] values = {provinceCode, due, report.round().opensOn(), report.round().dueOn(),
                        Jdbc.utc(clock.instant()), by, times, report.rows().size(),
                        (int) report.count(ProgressReports.Status.REPORTED),
                        (int) report.count(ProgressReports.Status.NOT_REPORTED),
                        (int) report.count(ProgressReports.Status.DONE), frozen};
                for (int i = 0; i < values.length; i++) {
                    ps.setObject(i + 1, values[i]);
                }
                ps.executeUpdate();
            }
            alsoDo.run(c);
            return times;
        });
    }

    /** What each province sent for a department due day, by province code. */
    public Map<String, Sent> sentFor(LocalDate dueOn) {
        Map<String, Sent> out = new HashMap<>();
        for (Sent s : reads.list(SELECT + " WHERE due_on = ?", RoundSends::sent, dueOn)) {
            out.put(s.provinceCode(), s);
        }
        return out;
    }

    /** A province's sends, the latest department round first. */
    public List<Sent> ofProvince(String provinceCode) {
        return reads.list(SELECT + " WHERE province_code = ? ORDER BY due_on DESC", RoundSends::sent, provinceCode);
    }

    /** One sent report with its frozen rows. */
    public Optional<Map.Entry<Sent, List<SentRow>>> one(String provinceCode, LocalDate dueOn) {
        return reads.one(SELECT + " WHERE province_code = ? AND due_on = ?",
                rs -> Map.entry(sent(rs), rows(rs.getString(12))), provinceCode, dueOn);
    }

    private static final String SELECT = "SELECT province_code, due_on, round_opens_on, round_due_on, sent_at, sent_by,"
            + " times_sent, orgs, reported, not_reported, done, rows_json FROM round_report_sent";

    private static Sent sent(java.sql.ResultSet rs) throws java.sql.SQLException {
        return new Sent(rs.getString(1), rs.getObject(2, LocalDate.class), rs.getObject(3, LocalDate.class),
                rs.getObject(4, LocalDate.class), Jdbc.instant(rs, 5), rs.getString(6), rs.getInt(7), rs.getInt(8),
                rs.getInt(9), rs.getInt(10), rs.getInt(11));
    }

    private List<SentRow> rows(String text) {
        try {
            return List.of(json.readValue(text, SentRow[].class));
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(Dates.THAI));
    }
}
