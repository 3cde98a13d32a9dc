package th.wastebank.server.progress;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.inject.Singleton;

import th.wastebank.server.db.Database;
import th.wastebank.server.db.Jdbc;
import th.wastebank.server.db.Reads;
import th.wastebank.server.place.Areas;
import th.wastebank.validation.Dates;

/**
 * The per-org progress rows as the pages and reports list them: the map's points, an org's
 * milestones, and an area's orgs in a reporting round (each with its district's and province's
 * names, joined in the same statement). The {@code milestone} and {@code org_progress} tables are
 * read in this package only.
 */
@Singleton
public class ProgressRows {
    /**
     * The org's latest milestone the server received in the round (two UTC bounds on the org-and-received
     * index): the server's receiving time decides the round, the phone's date is shown beside it.
     */
    private static final String LATEST_IN_ROUND = " FROM milestone m WHERE m.org_id = o.id AND m.received_at >= ?"
            + " AND m.received_at < ? ORDER BY m.received_at DESC LIMIT 1)";
    /** The same for the org's latest new product received in the round (V25). */
    private static final String LATEST_PRODUCT_IN_ROUND = " FROM product_receipt r WHERE r.org_id = o.id"
            + " AND r.received_at >= ? AND r.received_at < ? ORDER BY r.received_at DESC LIMIT 1)";

    private final Reads reads;

    public ProgressRows(Database database) {
        this.reads = database.reads();
    }

    /** An อปท. on the map: where it is and the highest step it reached (0 = none). */
    @Serdeable
    public record MapPoint(String code, String nameTh, double lat, double lng, int step) {
    }

    /** {@code deviceId}: the phone that sent it (null for a row from before V23 whose op is gone). */
    public record Milestone(int step, LocalDate doneOn, String evidenceJson, @Nullable String videoUrl,
                            @Nullable Integer videoSeconds, @Nullable UUID deviceId) {
    }

    /**
     * One อปท. in a round: the day each step was recorded, its products and video, the day the
     * server received its latest report in the round ({@code reportedOn}, which decides) and the day
     * the phone gave that report ({@code phoneDateOn}; its clock may be wrong). Names are null when
     * the register has none.
     */
    public record InRound(String orgCode, String orgNameTh, String districtCode, @Nullable String districtTh,
                          String provinceCode, @Nullable String provinceTh, List<LocalDate> steps, int products,
                          @Nullable String videoUrl, @Nullable Integer videoSeconds, @Nullable LocalDate reportedOn,
                          @Nullable LocalDate phoneDateOn) {
    }

    /** {@code area} is null (nation), a 2-digit province or a 4-digit district code. */
    public List<MapPoint> map(@Nullable String area) {
        String sql = "SELECT o.code, o.name_th, s.lat, s.lng, CASE WHEN p.step5_on IS NOT NULL THEN 5"
                + " WHEN p.step4_on IS NOT NULL THEN 4 WHEN p.step3_on IS NOT NULL THEN 3 WHEN p.step2_on IS NOT NULL"
                + " THEN 2 WHEN p.step1_on IS NOT NULL THEN 1 ELSE 0 END FROM org o"
                + " JOIN sub_district s ON s.code = o.sub_district_code LEFT JOIN org_progress p ON p.org_id = o.id"
                + " WHERE s.lat IS NOT NULL" + (area == null ? "" : " AND " + Areas.orgColumn(area) + " = ?");
        Reads.Row<MapPoint> point = rs -> new MapPoint(rs.getString(1), rs.getString(2), rs.getDouble(3),
                rs.getDouble(4), rs.getInt(5));
        return area == null ? reads.list(sql, point) : reads.list(sql, point, area);
    }

    /** The org's milestones in the order they were done. */
    public List<Milestone> milestones(long orgId) {
        return reads.list("SELECT step, done_on, evidence, video_url, video_seconds, device_id"
                + " FROM milestone WHERE org_id = ? ORDER BY done_on, step, received_at", rs -> {
            int seconds = rs.getInt(5);
            Integer videoSeconds = rs.wasNull() ? null : seconds;
            byte[] device = rs.getBytes(6);
            return new Milestone(rs.getInt(1), rs.getObject(2, LocalDate.class), rs.getString(3),
                    rs.getString(4), videoSeconds, device == null ? null : Jdbc.uuid(device));
        }, orgId);
    }

    /**
     * An area's step-3 income and people working by month: per อปท. and month the latest step 3 that
     * carries either figure (by the server's receiving time), summed. By the month of the step's
     * date, not yet by reporting round. {@code area}: null for the nation, a province or a district code.
     */
    public record IncomeMonth(YearMonth month, long orgs, long incomeSatang, long workers) {
    }

    public List<IncomeMonth> incomeByMonth(@Nullable String area, LocalDate fromDay) {
        String sql = "SELECT x.ym, COUNT(*), COALESCE(SUM(x.income_satang), 0), COALESCE(SUM(x.workers), 0) FROM ("
                + "SELECT m.org_id, DATE_FORMAT(m.done_on, '%Y-%m') AS ym, m.income_satang, m.workers,"
                + " ROW_NUMBER() OVER (PARTITION BY m.org_id, DATE_FORMAT(m.done_on, '%Y-%m')"
                + " ORDER BY m.received_at DESC, m.op_seq DESC) AS rn"
                + " FROM milestone m JOIN org o ON o.id = m.org_id WHERE m.step = 3 AND m.done_on >= ?"
                + " AND (m.income_satang IS NOT NULL OR m.workers IS NOT NULL)"
                + (area == null ? "" : " AND " + Areas.orgColumn(area) + " = ?")
                + ") x WHERE x.rn = 1 GROUP BY x.ym ORDER BY x.ym DESC";
        Reads.Row<IncomeMonth> row = rs -> new IncomeMonth(YearMonth.parse(rs.getString(1)), rs.getLong(2), rs.getLong(3), rs.getLong(4));
        return area == null ? reads.list(sql, row, fromDay) : reads.list(sql, row, fromDay, area);
    }

    /** An area's step-3 income and people working in one reporting round. */
    public record IncomeRound(ReportingRounds.Round round, long orgs, long incomeSatang, long workers) {
    }

    /**
     * An area's step-3 income and people working per reporting round, the latest round first: per
     * อปท. the latest step 3 received in the round (by the server's receiving time) that carries either
     * figure, summed. {@code area}: null for the nation, a province or a district code.
     */
    public List<IncomeRound> incomeByRound(@Nullable String area, List<ReportingRounds.Round> rounds) {
        List<IncomeRound> out = new ArrayList<>();
        for (ReportingRounds.Round round : rounds) {
            String sql = "SELECT COUNT(*), COALESCE(SUM(x.income_satang), 0), COALESCE(SUM(x.workers), 0) FROM ("
                    + "SELECT m.income_satang, m.workers, ROW_NUMBER() OVER (PARTITION BY m.org_id"
                    + " ORDER BY m.received_at DESC, m.op_seq DESC) AS rn"
                    + " FROM milestone m JOIN org o ON o.id = m.org_id WHERE m.step = 3 AND m.received_at >= ?"
                    + " AND m.received_at < ? AND (m.income_satang IS NOT NULL OR m.workers IS NOT NULL)"
                    + (area == null ? "" : " AND " + Areas.orgColumn(area) + " = ?") + ") x WHERE x.rn = 1";
            LocalDateTime from = round.fromUtc();
            LocalDateTime until = round.untilUtc();
            Reads.Row<IncomeRound> row = rs -> new IncomeRound(round, rs.getLong(1), rs.getLong(2), rs.getLong(3));
            out.add(area == null ? reads.list(sql, row, from, until).get(0) : reads.list(sql, row, from, until, area).get(0));
        }
        return out;
    }

    /**
     * Every อปท. of an area ({@code area}: null for the nation, a 2-digit province or a 4-digit
     * district code; less the provinces in {@code except}) in the round, by province, district and
     * name. A milestone or a new product received in the round is a report; the latest decides.
     */
    public List<InRound> inRound(@Nullable String area, ReportingRounds.Round round, List<String> except) {
        String sql = "SELECT o.code, o.name_th, o.district_code, d.name_th, o.province_code, pr.name_th,"
                + " p.step1_on, p.step2_on, p.step3_on, p.step4_on, p.step5_on, COALESCE(p.products, 0), p.video_url,"
                + " p.video_seconds, (SELECT m.received_at" + LATEST_IN_ROUND
                + ", (SELECT m.recorded_at" + LATEST_IN_ROUND
                + ", (SELECT r.received_at" + LATEST_PRODUCT_IN_ROUND
                + ", (SELECT r.phone_at" + LATEST_PRODUCT_IN_ROUND
                + " FROM org o LEFT JOIN org_progress p ON p.org_id = o.id"
                + " LEFT JOIN district d ON d.code = o.district_code LEFT JOIN province pr ON pr.code = o.province_code"
                + " WHERE " + (area == null ? "TRUE" : Areas.orgColumn(area) + " = ?")
                + (except.isEmpty() ? "" : " AND o.province_code NOT IN (" + Jdbc.placeholders(except.size()) + ")")
                + " ORDER BY o.province_code, o.district_code, o.name_th, o.code";
        LocalDateTime from = round.fromUtc();
        LocalDateTime until = round.untilUtc();
        List<Object> params = new ArrayList<>(List.of(from, until, from, until, from, until, from, until));
        if (area != null) {
            params.add(area);
        }
        params.addAll(except);
        return reads.list(sql, rs -> {
            List<LocalDate> steps = new ArrayList<>();
            for (int s = 0; s < 5; s++) {
                steps.add(rs.getObject(7 + s, LocalDate.class));
            }
            int seconds = rs.getInt(14);
            Integer videoSeconds = rs.wasNull() ? null : seconds;
            Instant milestone = Jdbc.instant(rs, 15);
            Instant product = Jdbc.instant(rs, 17);
            boolean productLater = product != null && (milestone == null || product.isAfter(milestone));
            Instant received = productLater ? product : milestone;
            Instant phone = productLater ? Jdbc.instant(rs, 18) : Jdbc.instant(rs, 16);
            return new InRound(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
                    rs.getString(6), steps, rs.getInt(12), rs.getString(13), videoSeconds, thaiDay(received),
                    thaiDay(phone));
        }, params.toArray());
    }

    private static LocalDate thaiDay(@Nullable Instant at) {
        return at == null ? null : LocalDate.ofInstant(at, Dates.THAI);
    }
}
