package th.wastebank.server.progress;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Map;
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
    private final RoundDays days;

    public ProgressQueries(Database database, Clock clock, RoundDays days) {
        this.reads = database.reads();
        this.clock = clock;
        this.days = days;
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
                               List<OrgProgress> notReported, @Nullable LocalDate lastRoundOpensOn,
                               @Nullable LocalDate lastRoundDueOn, long lateCount, ReportingRounds.Schedule schedule,
                               boolean ownDays) {
    }

    @Serdeable
    public record RoundReport(String areaCode, LocalDate opensOn, LocalDate dueOn, List<OrgProgress> notReported,
                              @Nullable LocalDate lastRoundOpensOn, @Nullable LocalDate lastRoundDueOn,
                              List<OrgProgress> late) {
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
     * An org that has reported its video's link (step 5) is done and no longer expected. Each org is
     * judged by its province's days ({@link RoundDays}); the dates given are the area's (the nation's
     * are the department's).
     */
    public RoundReport rounds(String areaCode) {
        LocalDate today = LocalDate.ofInstant(clock.instant(), Dates.THAI);
        List<OrgProgress> notReported = new ArrayList<>();
        List<OrgProgress> late = new ArrayList<>();
        for (Group g : groups(areaCode)) {
            ReportingRounds.Round now = ReportingRounds.current(g.schedule(), today);
            notReported.addAll(orgs(g.where() + " AND p2.step5_on IS NULL AND " + NOT_REPORTED,
                    g.with(bounds(now))));
            ReportingRounds.previous(g.schedule(), today).ifPresent(last -> late.addAll(orgs(g.where()
                    + " AND p2.step5_on IS NULL AND " + NOT_REPORTED, g.with(bounds(last)))));
        }
        notReported.sort(Comparator.comparing(OrgProgress::code));
        late.sort(Comparator.comparing(OrgProgress::code));
        ReportingRounds.Schedule shown = schedule(areaCode);
        ReportingRounds.Round now = ReportingRounds.current(shown, today);
        ReportingRounds.Round last = ReportingRounds.previous(shown, today).orElse(null);
        return new RoundReport(areaCode == null ? "TH" : areaCode, now.opensOn(), now.dueOn(), notReported,
                last == null ? null : last.opensOn(), last == null ? null : last.dueOn(), late);
    }

    /**
     * The same rounds as {@link #rounds} for a page: both counts in one pass over each group's orgs
     * (joined to the few that reported in each round, not probing the milestones org by org), and the
     * list of who has not reported only when it has at most {@code listLimit} names (a national list
     * of thousands is not shown, so it is not read).
     */
    public RoundSummary roundSummary(String areaCode, int listLimit) {
        LocalDate today = LocalDate.ofInstant(clock.instant(), Dates.THAI);
        long notReported = 0;
        long late = 0;
        List<Group> groups = groups(areaCode);
        for (Group g : groups) {
            ReportingRounds.Round now = ReportingRounds.current(g.schedule(), today);
            Optional<ReportingRounds.Round> last = ReportingRounds.previous(g.schedule(), today);
            Object[] lastBounds = last.map(ProgressQueries::bounds).orElse(new Object[] {from(now), from(now),
                    from(now), from(now)});
            List<Object> params = new ArrayList<>(List.of(bounds(now)));
            params.addAll(List.of(lastBounds));
            params.addAll(List.of(g.params()));
            long[] counts = reads.query("SELECT COUNT(*) - COUNT(cur.org_id), COUNT(*) - COUNT(prev.org_id)"
                    + " FROM org o LEFT JOIN org_progress p2 ON p2.org_id = o.id"
                    + " LEFT JOIN (" + REPORTED + ") cur ON cur.org_id = o.id"
                    + " LEFT JOIN (" + REPORTED + ") prev ON prev.org_id = o.id"
                    + " WHERE " + g.where() + " AND p2.step5_on IS NULL",
                    rs -> rs.next() ? new long[] {rs.getLong(1), rs.getLong(2)} : new long[2], params.toArray());
            notReported += counts[0];
            late += last.isPresent() ? counts[1] : 0;
        }
        List<OrgProgress> names = new ArrayList<>();
        if (notReported > 0 && notReported <= listLimit) {
            for (Group g : groups) {
                ReportingRounds.Round now = ReportingRounds.current(g.schedule(), today);
                names.addAll(orgs(g.where() + " AND p2.step5_on IS NULL AND " + NOT_REPORTED, g.with(bounds(now))));
            }
            names.sort(Comparator.comparing(OrgProgress::code));
        }
        ReportingRounds.Schedule shown = schedule(areaCode);
        ReportingRounds.Round now = ReportingRounds.current(shown, today);
        ReportingRounds.Round last = ReportingRounds.previous(shown, today).orElse(null);
        boolean ownDays = areaCode != null && !areaCode.isBlank() && days.own(areaCode.substring(0, 2)).isPresent();
        return new RoundSummary(areaCode == null ? "TH" : areaCode, now.opensOn(), now.dueOn(), notReported, names,
                last == null ? null : last.opensOn(), last == null ? null : last.dueOn(), late, shown, ownDays);
    }

    /** The days an area's page shows: its province's (or the department's), the department's for the nation. */
    public ReportingRounds.Schedule schedule(@Nullable String areaCode) {
        return areaCode == null || areaCode.isBlank() ? ReportingRounds.DEPARTMENT
                : days.forOrgsOf(areaCode.substring(0, 2));
    }

    /**
     * The area's orgs in groups judged by the same days: a province or district is one group; the
     * nation is each province with days of its own, and the rest by the department's.
     */
    private List<Group> groups(@Nullable String areaCode) {
        if (areaCode != null && !areaCode.isBlank()) {
            return List.of(new Group(areaWhere(areaCode), new Object[] {areaCode}, schedule(areaCode)));
        }
        Map<String, ReportingRounds.Schedule> own = days.allOwn();
        List<Group> out = new ArrayList<>();
        own.forEach((code, schedule) -> out.add(new Group("o.province_code = ?", new Object[] {code}, schedule)));
        out.add(new Group(own.isEmpty() ? "TRUE" : "o.province_code NOT IN (" + Jdbc.placeholders(own.size()) + ")",
                own.keySet().toArray(), ReportingRounds.DEPARTMENT));
        return out;
    }

    /** Orgs picked by {@code where} (with its parameters), judged by one schedule. */
    private record Group(String where, Object[] params, ReportingRounds.Schedule schedule) {
        /** The where's parameters, then more. */
        Object[] with(Object[] more) {
            Object[] out = Arrays.copyOf(params, params.length + more.length);
            System.arraycopy(more, 0, out, params.length, more.length);
            return out;
        }
    }

    /** A round's bounds for {@link #REPORTED} or {@link #NOT_REPORTED}: the milestones', then the products'. */
    private static Object[] bounds(ReportingRounds.Round round) {
        return new Object[] {from(round), until(round), from(round), until(round)};
    }

    /**
     * The orgs with a milestone or a new product received in a round: ranges of the received-at
     * indexes (V9, V25), a few rows. The server's receiving time decides, never the phone's clock.
     */
    private static final String REPORTED = "SELECT org_id FROM milestone WHERE received_at >= ? AND received_at < ?"
            + " UNION SELECT org_id FROM product_receipt WHERE received_at >= ? AND received_at < ?";

    /** No milestone and no new product received in the round (bounds in UTC, so the received-at indexes narrow the search). */
    private static final String NOT_REPORTED = "NOT EXISTS (SELECT 1 FROM milestone m WHERE m.org_id = o.id"
            + " AND m.received_at >= ? AND m.received_at < ?) AND NOT EXISTS (SELECT 1 FROM product_receipt r"
            + " WHERE r.org_id = o.id AND r.received_at >= ? AND r.received_at < ?)";

    /** An org's latest milestone by the server's receiving time (along the org-and-received index, V9). */
    private static final String LATEST_REPORT = " FROM milestone m WHERE m.org_id = o.id ORDER BY m.received_at DESC"
            + " LIMIT 1)";

    private static LocalDateTime from(ReportingRounds.Round round) {
        return round.fromUtc();
    }

    private static LocalDateTime until(ReportingRounds.Round round) {
        return round.untilUtc();
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
