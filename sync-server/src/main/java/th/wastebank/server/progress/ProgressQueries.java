package th.wastebank.server.progress;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;


import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.inject.Singleton;

import th.wastebank.progress.MilestoneStep;
import th.wastebank.progress.VideoUrl;
import th.wastebank.server.db.Database;
import th.wastebank.server.db.Reads;
import th.wastebank.server.db.Jdbc;
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

    private final Reads reads;
    private final Clock clock;

    public ProgressQueries(Database database, Clock clock) {
        this.reads = database.reads();
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

    /**
     * One org's standing: the date each step was (last) recorded, its products and video, what it lacks,
     * and its latest report as the server received it ({@code lastReportReceivedAt}, which decides the
     * round) beside the time the phone gave it ({@code lastReportPhoneAt}, whose clock may be wrong).
     */
    @Serdeable
    public record OrgProgress(String code, String nameTh, String districtCode, String provinceCode,
                              List<LocalDate> steps, int products, @Nullable String videoUrl,
                              @Nullable Integer videoSeconds, @Nullable LocalDate lastActivityOn, List<String> lacks,
                              @Nullable Instant lastReportReceivedAt, @Nullable Instant lastReportPhoneAt) {
        /** The video link is a short link ("ลิงก์แบบย่อ"), kept as typed. */
        public boolean videoShortLink() {
            return VideoUrl.isShortLink(videoUrl);
        }
    }

    @Serdeable
    public record DistrictDetail(AreaProgress area, List<OrgProgress> orgs) {
    }

    /**
     * A round for a page: how many have not reported in it and how many missed the last one, and who
     * has not reported when they are few enough to list.
     */
    public record RoundSummary(String areaCode, LocalDate opensOn, LocalDate dueOn, long notReportedCount,
                               List<OrgProgress> notReported, LocalDate lastRoundOpensOn, LocalDate lastRoundDueOn,
                               long lateCount) {
    }

    @Serdeable
    public record RoundReport(String areaCode, LocalDate opensOn, LocalDate dueOn, List<OrgProgress> notReported,
                              LocalDate lastRoundOpensOn, LocalDate lastRoundDueOn, List<OrgProgress> late) {
    }

    private static final String COUNTS = "COUNT(*), SUM(p.step1_on IS NOT NULL), SUM(p.step2_on IS NOT NULL),"
            + " SUM(p.step3_on IS NOT NULL), SUM(p.step4_on IS NOT NULL), SUM(p.step5_on IS NOT NULL),"
            + " SUM(COALESCE(p.products, 0) > 0), SUM(p.video_url IS NOT NULL)";

    /**
     * The nation by province, in one pass over the orgs (grouped along the area index, the names
     * joined afterwards); the nation's own counts are the sum of its provinces'.
     */
    public AreaDetail nation() {
        List<AreaProgress> provinces = query("SELECT x.province_code, pr.name_th, pr.name_en, x.orgs, x.s1, x.s2, x.s3,"
                + " x.s4, x.s5, x.with_product, x.with_video FROM (SELECT o.province_code, COUNT(*) AS orgs,"
                + " SUM(p.step1_on IS NOT NULL) AS s1, SUM(p.step2_on IS NOT NULL) AS s2, SUM(p.step3_on IS NOT NULL) AS s3,"
                + " SUM(p.step4_on IS NOT NULL) AS s4, SUM(p.step5_on IS NOT NULL) AS s5,"
                + " SUM(COALESCE(p.products, 0) > 0) AS with_product, SUM(p.video_url IS NOT NULL) AS with_video"
                + " FROM org o LEFT JOIN org_progress p ON p.org_id = o.id GROUP BY o.province_code) x"
                + " LEFT JOIN province pr ON pr.code = x.province_code ORDER BY x.province_code", null);
        long orgs = 0;
        long[] reached = new long[MilestoneStep.values().length];
        long withProduct = 0;
        long withVideo = 0;
        for (AreaProgress p : provinces) {
            orgs += p.orgs();
            for (StepCount s : p.steps()) {
                reached[s.step() - 1] += s.orgs();
            }
            withProduct += p.withProduct();
            withVideo += p.withVideo();
        }
        List<StepCount> steps = new ArrayList<>();
        for (MilestoneStep s : MilestoneStep.values()) {
            long n = reached[s.number() - 1];
            steps.add(new StepCount(s.number(), s.nameTh(), s.nameEn(), n, percent(n, NATIONAL_TARGET)));
        }
        return new AreaDetail(new AreaProgress("TH", "ประเทศไทย", "Thailand", orgs, NATIONAL_TARGET, steps, withProduct,
                withVideo), provinces);
    }

    /** A province by district, or none when no org lies in it. */
    public Optional<AreaDetail> province(String code) {
        List<AreaProgress> area = query("SELECT o.province_code, pr.name_th, pr.name_en, " + COUNTS
                + " FROM org o LEFT JOIN org_progress p ON p.org_id = o.id LEFT JOIN province pr ON pr.code = o.province_code"
                + " WHERE o.province_code = ? GROUP BY o.province_code, pr.name_th, pr.name_en", code);
        if (area.isEmpty()) {
            return Optional.empty();
        }
        List<AreaProgress> districts = query("SELECT o.district_code, d.name_th, d.name_en, " + COUNTS
                + " FROM org o LEFT JOIN org_progress p ON p.org_id = o.id LEFT JOIN district d ON d.code = o.district_code"
                + " WHERE o.province_code = ? GROUP BY o.district_code, d.name_th, d.name_en ORDER BY o.district_code",
                code);
        return Optional.of(new AreaDetail(area.get(0), districts));
    }

    /** A district by org, or none when no org lies in it. */
    public Optional<DistrictDetail> district(String code) {
        List<AreaProgress> area = query("SELECT o.district_code, d.name_th, d.name_en, " + COUNTS
                + " FROM org o LEFT JOIN org_progress p ON p.org_id = o.id LEFT JOIN district d ON d.code = o.district_code"
                + " WHERE o.district_code = ? GROUP BY o.district_code, d.name_th, d.name_en", code);
        if (area.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new DistrictDetail(area.get(0), orgs("o.district_code = ?", code)));
    }

    public Optional<OrgProgress> org(String code) {
        return orgs("o.code = ?", code).stream().findFirst();
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
        String where = areaWhere(areaCode) + " AND p2.step5_on IS NULL AND " + NOT_REPORTED;
        return new RoundReport(areaCode == null ? "TH" : areaCode, now.opensOn(), now.dueOn(),
                orgs(where, areaCode, from(now), until(now)), last.opensOn(), last.dueOn(),
                orgs(where, areaCode, from(last), until(last)));
    }

    /**
     * The same rounds as {@link #rounds} for a page: both counts in one pass over the area's orgs
     * (joined to the few that reported in each round, not probing the milestones org by org), and the
     * list of who has not reported only when it has at most {@code listLimit} names (a national list
     * of thousands is not shown, so it is not read).
     */
    public RoundSummary roundSummary(String areaCode, List<Integer> days, int listLimit) {
        LocalDate today = LocalDate.ofInstant(clock.instant(), Dates.THAI);
        ReportingRounds.Round now = ReportingRounds.current(days, today);
        ReportingRounds.Round last = ReportingRounds.previous(days, today);
        long[] counts = reads.query("SELECT COUNT(*) - COUNT(cur.org_id), COUNT(*) - COUNT(prev.org_id)"
                + " FROM org o LEFT JOIN org_progress p2 ON p2.org_id = o.id"
                + " LEFT JOIN (" + REPORTED + ") cur ON cur.org_id = o.id"
                + " LEFT JOIN (" + REPORTED + ") prev ON prev.org_id = o.id"
                + " WHERE " + areaWhere(areaCode) + " AND p2.step5_on IS NULL",
                rs -> rs.next() ? new long[] {rs.getLong(1), rs.getLong(2)} : new long[2],
                from(now), until(now), from(last), until(last), areaCode);
        long notReported = counts[0];
        long late = counts[1];
        List<OrgProgress> names = notReported == 0 || notReported > listLimit ? List.of()
                : orgs(areaWhere(areaCode) + " AND p2.step5_on IS NULL AND " + NOT_REPORTED, areaCode, from(now),
                        until(now));
        return new RoundSummary(areaCode == null ? "TH" : areaCode, now.opensOn(), now.dueOn(), notReported, names,
                last.opensOn(), last.dueOn(), late);
    }

    /**
     * The orgs with a milestone received in a round: a range of the received-at index (V9), a few rows.
     * The server's receiving time decides, never the phone's clock.
     */
    private static final String REPORTED = "SELECT DISTINCT org_id FROM milestone WHERE received_at >= ? AND received_at < ?";

    /** No milestone received in the round (two bounds in UTC, so the received-at index narrows the search). */
    private static final String NOT_REPORTED = "NOT EXISTS (SELECT 1 FROM milestone m WHERE m.org_id = o.id"
            + " AND m.received_at >= ? AND m.received_at < ?)";

    /** An org's latest milestone by the server's receiving time (along the org-and-received index, V9). */
    private static final String LATEST_REPORT = " FROM milestone m WHERE m.org_id = o.id ORDER BY m.received_at DESC"
            + " LIMIT 1)";

    /** The first instant of a round: its first day's midnight in Thailand, as the UTC the column holds. */
    private static LocalDateTime from(ReportingRounds.Round round) {
        return Jdbc.utc(round.opensOn().atStartOfDay(Dates.THAI).toInstant());
    }

    /** The instant after a round: the midnight that ends its due day in Thailand, in UTC. */
    private static LocalDateTime until(ReportingRounds.Round round) {
        return Jdbc.utc(round.dueOn().plusDays(1).atStartOfDay(Dates.THAI).toInstant());
    }

    /** The reporting days of a province (or the default). */
    public List<Integer> reportingDays(String provinceCode) {
        if (provinceCode == null) {
            return ReportingRounds.DEFAULT_DAYS;
        }
        return reads.with(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT days FROM reporting_schedule WHERE province_code = ?")) {
                ps.setString(1, provinceCode);
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() ? ReportingRounds.parseDays(rs.getString(1)) : ReportingRounds.DEFAULT_DAYS;
                }
            }
        });
    }

    private static String areaWhere(String areaCode) {
        if (areaCode == null || areaCode.isBlank()) {
            return "? IS NULL";
        }
        return areaCode.length() == 2 ? "o.province_code = ?" : "o.district_code = ?";
    }

    private List<AreaProgress> query(String sql, String param) {
        Reads.Row<AreaProgress> area = rs -> {
            long orgs = rs.getLong(4);
            List<StepCount> steps = new ArrayList<>();
            for (MilestoneStep s : MilestoneStep.values()) {
                long n = rs.getLong(4 + s.number());
                steps.add(new StepCount(s.number(), s.nameTh(), s.nameEn(), n, percent(n, orgs)));
            }
            return new AreaProgress(rs.getString(1), rs.getString(2), rs.getString(3), orgs, orgs, steps,
                    rs.getLong(10), rs.getLong(11));
        };
        return param == null ? reads.list(sql, area) : reads.list(sql, area, param);
    }

    private List<OrgProgress> orgs(String where, Object... params) {
        String sql = "SELECT o.code, o.name_th, o.district_code, o.province_code, p2.step1_on, p2.step2_on, p2.step3_on,"
                + " p2.step4_on, p2.step5_on, COALESCE(p2.products, 0), p2.video_url, p2.video_seconds,"
                + " p2.last_activity_on, (SELECT m.received_at" + LATEST_REPORT + ", (SELECT m.recorded_at" + LATEST_REPORT
                + " FROM org o LEFT JOIN org_progress p2 ON p2.org_id = o.id WHERE " + where
                + " ORDER BY o.code";
        return reads.list(sql, rs -> {
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
            return new OrgProgress(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), steps,
                    products, video, secondsOrNull, rs.getObject(13, LocalDate.class), lacks,
                    Jdbc.instant(rs, 14), Jdbc.instant(rs, 15));
        }, params);
    }

    private static double percent(long n, long of) {
        return of == 0 ? 0 : Math.round(n * 10_000.0 / of) / 100.0;
    }
}
