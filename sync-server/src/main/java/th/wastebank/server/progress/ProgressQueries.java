package th.wastebank.server.progress;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import javax.sql.DataSource;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.inject.Singleton;

import th.wastebank.progress.MilestoneStep;
import th.wastebank.server.api.ApiProblem;
import th.wastebank.server.db.Database;
import th.wastebank.validation.Dates;

/**
 * Where every อปท. stands on the five steps, rolled up by district, province and nation against the
 * national target, read from the per-org progress rows the push path maintains; and who has not
 * reported in the current round, or missed the last one.
 */
@Singleton
public class ProgressQueries {
    /** The 2026 target: every อปท. except the provincial ones (อบจ.). */
    public static final int NATIONAL_TARGET = 7_766;

    private final DataSource dataSource;
    private final Clock clock;

    public ProgressQueries(Database database, Clock clock) {
        this.dataSource = database.pool();
        this.clock = clock;
    }

    @Serdeable
    public record StepCount(int step, String nameTh, String nameEn, long orgs, double percent) {
    }

    /** Counts of an area: how many orgs, how many reached each step, have a product, have a video. */
    @Serdeable
    public record AreaProgress(String code, String nameTh, String nameEn, long orgs, long target,
                               List<StepCount> steps, long withProduct, long withVideo) {
    }

    @Serdeable
    public record AreaDetail(AreaProgress area, List<AreaProgress> parts) {
    }

    /** One org's standing: the date each step was (last) recorded, its products and video, what it lacks. */
    @Serdeable
    public record OrgProgress(String code, String nameTh, String districtCode, String provinceCode,
                              List<LocalDate> steps, int products, @Nullable String videoUrl,
                              @Nullable Integer videoSeconds, @Nullable LocalDate lastActivityOn, List<String> lacks) {
    }

    @Serdeable
    public record DistrictDetail(AreaProgress area, List<OrgProgress> orgs) {
    }

    @Serdeable
    public record RoundReport(String areaCode, LocalDate opensOn, LocalDate dueOn, List<OrgProgress> notReported,
                              LocalDate lastRoundOpensOn, LocalDate lastRoundDueOn, List<OrgProgress> late) {
    }

    private static final String COUNTS = "COUNT(*), SUM(p.step1_on IS NOT NULL), SUM(p.step2_on IS NOT NULL),"
            + " SUM(p.step3_on IS NOT NULL), SUM(p.step4_on IS NOT NULL), SUM(p.step5_on IS NOT NULL),"
            + " SUM(COALESCE(p.products, 0) > 0), SUM(p.video_url IS NOT NULL)";

    public AreaDetail nation() {
        List<AreaProgress> provinces = query("SELECT o.province_code, pr.name_th, pr.name_en, " + COUNTS
                + " FROM org o LEFT JOIN org_progress p ON p.org_id = o.id LEFT JOIN province pr ON pr.code = o.province_code"
                + " GROUP BY o.province_code, pr.name_th, pr.name_en ORDER BY o.province_code", null, false);
        List<AreaProgress> total = query("SELECT 'TH', 'ประเทศไทย', 'Thailand', " + COUNTS
                + " FROM org o LEFT JOIN org_progress p ON p.org_id = o.id", null, true);
        return new AreaDetail(total.get(0), provinces);
    }

    public AreaDetail province(String code) {
        List<AreaProgress> area = query("SELECT o.province_code, pr.name_th, pr.name_en, " + COUNTS
                + " FROM org o LEFT JOIN org_progress p ON p.org_id = o.id LEFT JOIN province pr ON pr.code = o.province_code"
                + " WHERE o.province_code = ? GROUP BY o.province_code, pr.name_th, pr.name_en", code, false);
        if (area.isEmpty()) {
            throw ApiProblem.notFound("area-not-found", "No organisations in province " + code, "ไม่พบจังหวัดนี้");
        }
        List<AreaProgress> districts = query("SELECT o.district_code, d.name_th, d.name_en, " + COUNTS
                + " FROM org o LEFT JOIN org_progress p ON p.org_id = o.id LEFT JOIN district d ON d.code = o.district_code"
                + " WHERE o.province_code = ? GROUP BY o.district_code, d.name_th, d.name_en ORDER BY o.district_code",
                code, false);
        return new AreaDetail(area.get(0), districts);
    }

    public DistrictDetail district(String code) {
        List<AreaProgress> area = query("SELECT o.district_code, d.name_th, d.name_en, " + COUNTS
                + " FROM org o LEFT JOIN org_progress p ON p.org_id = o.id LEFT JOIN district d ON d.code = o.district_code"
                + " WHERE o.district_code = ? GROUP BY o.district_code, d.name_th, d.name_en", code, false);
        if (area.isEmpty()) {
            throw ApiProblem.notFound("area-not-found", "No organisations in district " + code, "ไม่พบอำเภอนี้");
        }
        return new DistrictDetail(area.get(0), orgs("o.district_code = ?", code));
    }

    public OrgProgress org(String code) {
        List<OrgProgress> found = orgs("o.code = ?", code);
        if (found.isEmpty()) {
            throw ApiProblem.notFound("org-not-found", "No organisation with code " + code, "ไม่พบ อปท. รหัสนี้");
        }
        return found.get(0);
    }

    /**
     * The current round for an area ({@code province} or {@code district} code; blank = the nation):
     * the orgs still expected to report that have not yet, and those that missed the round before.
     * An org that has reported its video's link (step 5) is done and no longer expected.
     */
    public RoundReport rounds(String areaCode, List<Integer> days) {
        LocalDate today = LocalDate.ofInstant(clock.instant(), Dates.THAI);
        ReportingRounds.Round now = ReportingRounds.current(days, today);
        ReportingRounds.Round last = ReportingRounds.previous(days, today);
        String where = areaWhere(areaCode) + " AND p2.step5_on IS NULL AND NOT EXISTS (SELECT 1 FROM milestone m"
                + " WHERE m.org_id = o.id AND DATE(m.recorded_at + INTERVAL 7 HOUR) BETWEEN ? AND ?)";
        return new RoundReport(areaCode == null ? "TH" : areaCode, now.opensOn(), now.dueOn(),
                orgs(where, areaCode, now.opensOn(), now.dueOn()), last.opensOn(), last.dueOn(),
                orgs(where, areaCode, last.opensOn(), last.dueOn()));
    }

    /** The reporting days of a province (or the default). */
    public List<Integer> reportingDays(String provinceCode) {
        if (provinceCode == null) {
            return ReportingRounds.DEFAULT_DAYS;
        }
        try (Connection c = dataSource.getConnection();
             PreparedStatement ps = c.prepareStatement("SELECT days FROM reporting_schedule WHERE province_code = ?")) {
            ps.setString(1, provinceCode);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? ReportingRounds.parseDays(rs.getString(1)) : ReportingRounds.DEFAULT_DAYS;
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String areaWhere(String areaCode) {
        if (areaCode == null || areaCode.isBlank()) {
            return "? IS NULL";
        }
        return areaCode.length() == 2 ? "o.province_code = ?" : "o.district_code = ?";
    }

    private List<AreaProgress> query(String sql, String param, boolean nation) {
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            if (param != null) {
                ps.setString(1, param);
            }
            List<AreaProgress> out = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    long orgs = rs.getLong(4);
                    long target = nation ? NATIONAL_TARGET : orgs;
                    List<StepCount> steps = new ArrayList<>();
                    for (MilestoneStep s : MilestoneStep.values()) {
                        long n = rs.getLong(4 + s.number());
                        steps.add(new StepCount(s.number(), s.nameTh(), s.nameEn(), n, percent(n, target)));
                    }
                    out.add(new AreaProgress(rs.getString(1), rs.getString(2), rs.getString(3), orgs, target, steps,
                            rs.getLong(10), rs.getLong(11)));
                }
            }
            return out;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private List<OrgProgress> orgs(String where, Object... params) {
        String sql = "SELECT o.code, o.name_th, o.district_code, o.province_code, p2.step1_on, p2.step2_on, p2.step3_on,"
                + " p2.step4_on, p2.step5_on, COALESCE(p2.products, 0), p2.video_url, p2.video_seconds,"
                + " p2.last_activity_on FROM org o LEFT JOIN org_progress p2 ON p2.org_id = o.id WHERE " + where
                + " ORDER BY o.code";
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                ps.setObject(i + 1, params[i]);
            }
            List<OrgProgress> out = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    List<LocalDate> steps = new ArrayList<>();
                    for (int s = 0; s < 5; s++) {
                        steps.add(rs.getObject(5 + s, LocalDate.class));
                    }
                    int products = rs.getInt(10);
                    String video = rs.getString(11);
                    int seconds = rs.getInt(12);
                    Integer secondsOrNull = rs.wasNull() ? null : seconds;
                    List<String> lacks = new ArrayList<>();
                    if (products == 0) {
                        lacks.add("PRODUCT");
                    }
                    if (video == null) {
                        lacks.add("VIDEO");
                    }
                    out.add(new OrgProgress(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), steps,
                            products, video, secondsOrNull, rs.getObject(13, LocalDate.class), lacks));
                }
            }
            return out;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static double percent(long n, long of) {
        return of == 0 ? 0 : Math.round(n * 10_000.0 / of) / 100.0;
    }
}
