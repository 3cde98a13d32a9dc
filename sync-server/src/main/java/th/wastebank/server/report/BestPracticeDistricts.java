package th.wastebank.server.report;

import java.sql.PreparedStatement;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
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
 * "ครบทุกอำเภอ": which districts of a province have filed the best-practice form for a month, and
 * per province how many of its districts have. A district has filed a month when its form for that
 * month was saved on {@code /web/reports/best-practice/{district}} (one row of
 * {@code best_practice_report}, with who saved it last and when; each save is audited as
 * {@code BEST_PRACTICE_SAVED}). The figures ๑.๒–๑.๕ are the form's own, from
 * {@link BestPracticeReports#part1}, for the model อปท. the district chose.
 */
@Singleton
public class BestPracticeDistricts {
    private final Reads reads;
    private final DataSource dataSource;
    private final BestPracticeReports reports;
    private final Clock clock;

    public BestPracticeDistricts(Database database, BestPracticeReports reports, Clock clock) {
        this.reads = database.reads();
        this.dataSource = database.pool();
        this.reports = reports;
        this.clock = clock;
    }

    /** The province's due date for the district best-practice video, who set it and when. */
    public record Due(LocalDate dueOn, String setBy, Instant setAt) {
    }

    /** The due date the province set (Uttaradit's seeded from its letter), if any. */
    public Optional<Due> due(String provinceCode) {
        return reads.one("SELECT due_on, set_by, set_at FROM best_practice_due WHERE province_code = ?",
                rs -> new Due(rs.getObject(1, LocalDate.class), rs.getString(2), Jdbc.instant(rs, 3)), provinceCode);
    }

    /** Sets the province's due date and, in the same transaction, {@code alsoDo} (its audit row). */
    public void setDue(String provinceCode, LocalDate dueOn, String by, Tx.Step alsoDo) {
        Instant now = clock.instant();
        Tx.readCommitted(dataSource, c -> {
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO best_practice_due (province_code, due_on,"
                    + " set_by, set_at) VALUES (?,?,?,?) ON DUPLICATE KEY UPDATE due_on = ?, set_by = ?, set_at = ?")) {
                Object[] values = {dueOn, by, Jdbc.utc(now)};
                ps.setString(1, provinceCode);
                for (int i = 0; i < values.length; i++) {
                    ps.setObject(2 + i, values[i]);
                    ps.setObject(5 + i, values[i]);
                }
                ps.executeUpdate();
            }
            alsoDo.run(c);
            return null;
        });
    }

    /**
     * Late: filed (last saved) after the due date, Thai time; or not filed and the due date is past.
     * A form saved on the due date is on time.
     */
    public static boolean late(LocalDate dueOn, @Nullable Instant savedAt, LocalDate today) {
        return savedAt == null ? today.isAfter(dueOn) : LocalDate.ofInstant(savedAt, Dates.THAI).isAfter(dueOn);
    }

    /**
     * What a district filed for the month: its model อปท., the form's Part 1, the video and its unmet
     * checklist items ({@link DistrictVideoChecklist}), who saved it last and when.
     */
    public record Filing(String orgCode, String orgNameTh, BestPracticeReport.Part1 part1, @Nullable String videoUrl,
                         String updatedBy, Instant updatedAt, List<String> videoUnmet) {
    }

    /** A district of the province, with its filing for the month or none. */
    public record District(String code, String nameTh, @Nullable Filing filing) {
        public boolean filed() {
            return filing != null;
        }
    }

    /** Every district of a province for one month, with the video's due date the province set (or null). */
    public record Province(String code, String nameTh, YearMonth month, List<District> districts,
                           @Nullable Due due, LocalDate today) {
        /** True when the district filed after the due date, or has not filed and the date is past. */
        public boolean late(District d) {
            return due != null && BestPracticeDistricts.late(due.dueOn(), d.filed() ? d.filing().updatedAt() : null,
                    today);
        }

        public long filed() {
            return districts.stream().filter(District::filed).count();
        }

        public List<District> notFiled() {
            return districts.stream().filter(d -> !d.filed()).toList();
        }

        public boolean complete() {
            return !districts.isEmpty() && filed() == districts.size();
        }
    }

    /** A province on the national page: how many of its districts filed the month. */
    public record ProvinceCount(String code, String nameTh, long districts, long filed) {
        public boolean complete() {
            return districts > 0 && filed == districts;
        }
    }

    public Optional<Province> province(String provinceCode, YearMonth month) {
        Optional<String> name = reads.one("SELECT name_th FROM province WHERE code = ?", rs -> rs.getString(1),
                provinceCode);
        if (name.isEmpty()) {
            return Optional.empty();
        }
        record Row(String district, long orgId, String orgCode, String orgNameTh, String videoUrl, String by,
                   Instant at, String part2) {
        }
        Map<String, Row> filed = new HashMap<>();
        reads.list("SELECT r.district_code, r.org_id, o.code, o.name_th, r.video_url, r.updated_by, r.updated_at,"
                + " r.part2"
                + " FROM best_practice_report r JOIN org o ON o.id = r.org_id JOIN district d ON d.code = r.district_code"
                + " WHERE d.province_code = ? AND r.month = ?", rs -> new Row(rs.getString(1), rs.getLong(2),
                rs.getString(3), rs.getString(4), rs.getString(5), rs.getString(6), Jdbc.instant(rs, 7),
                rs.getString(8)),
                provinceCode, month.atDay(1)).forEach(r -> filed.put(r.district(), r));
        List<District> districts = new ArrayList<>();
        for (String[] d : reads.list("SELECT code, name_th FROM district WHERE province_code = ? ORDER BY name_th, code",
                rs -> new String[] {rs.getString(1), rs.getString(2)}, provinceCode)) {
            Row r = filed.get(d[0]);
            Filing filing = r == null ? null : new Filing(r.orgCode(), r.orgNameTh(), reports.part1(r.orgId(), month),
                    r.videoUrl(), r.by(), r.at(), DistrictVideoChecklist.unmet(reports.answers(r.part2())));
            districts.add(new District(d[0], d[1], filing));
        }
        return Optional.of(new Province(provinceCode, name.get(), month, List.copyOf(districts),
                due(provinceCode).orElse(null), LocalDate.now(clock.withZone(Dates.THAI))));
    }

    /** Every province by name, with its districts and how many filed the month. */
    public List<ProvinceCount> nation(YearMonth month) {
        return reads.list("SELECT p.code, p.name_th, COUNT(d.code), COUNT(r.district_code) FROM province p"
                + " JOIN district d ON d.province_code = p.code"
                + " LEFT JOIN best_practice_report r ON r.district_code = d.code AND r.month = ?"
                + " GROUP BY p.code, p.name_th ORDER BY p.name_th, p.code", rs -> new ProvinceCount(rs.getString(1),
                rs.getString(2), rs.getLong(3), rs.getLong(4)), month.atDay(1));
    }
}
