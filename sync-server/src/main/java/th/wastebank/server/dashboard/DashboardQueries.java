package th.wastebank.server.dashboard;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;


import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;

import th.wastebank.ledger.Account;
import th.wastebank.server.db.Database;
import th.wastebank.server.db.Jdbc;
import th.wastebank.server.db.Reads;
import th.wastebank.server.member.Members;

/**
 * What the dashboard pages read besides progress: monthly kilograms and baht from the roll-ups,
 * map points from the sub-district centroids, and an อปท.'s waste bank, products and steps. Nothing
 * here scans the ledger for an area; only one อปท.'s savings total does, over that org's rows.
 */
@Singleton
public class DashboardQueries {
    private final Reads reads;
    private final Members members;

    public DashboardQueries(Database database, Members members) {
        this.reads = database.reads();
        this.members = members;
    }

    /** Totals of one month in an area. */
    public record Month(YearMonth month, long grams, long satang, long deposits, long withdrawalSatang) {
    }

    /** An อปท. on the map: where it is and the highest step it reached (0 = none). */
    @io.micronaut.serde.annotation.Serdeable
    public record MapPoint(String code, String nameTh, double lat, double lng, int step) {
    }

    public record OrgHeader(long id, String code, String nameTh, String kind, String districtCode, String districtTh,
                            String provinceCode, String provinceTh, boolean demo) {
    }

    public record Bank(long villages, long members, long savingsSatang) {
    }

    public record Product(UUID id, String name, String kind, @Nullable String materials, @Nullable String story,
                          @Nullable String producerGroup, @Nullable Long priceSatang, String status,
                          List<String> photos) {
    }

    public record Milestone(int step, LocalDate doneOn, String evidenceJson, @Nullable String videoUrl,
                            @Nullable Integer videoSeconds) {
    }

    /** Welfare of an area by scheme kind over the months from {@code from}: who runs it and what it paid. */
    public record WelfareKind(String kind, long orgsWithScheme, long claims, long payouts, long paidSatang,
                              long leviedSatang) {
    }

    /** One row per scheme kind that any org of the area runs (active or paused), most-run first. */
    public List<WelfareKind> welfare(@Nullable String area, YearMonth from) {
        String join = area == null ? "" : " JOIN org o ON o.id = x.org_id AND " + areaColumn(area) + " = ?";
        String sql = "SELECT k.kind, k.orgs, COALESCE(m.claims, 0), COALESCE(m.payouts, 0), COALESCE(m.paid, 0),"
                + " COALESCE(m.levied, 0) FROM (SELECT x.kind, COUNT(DISTINCT x.org_id) AS orgs FROM welfare_scheme x"
                + join + " GROUP BY x.kind) k LEFT JOIN (SELECT x.kind, SUM(x.claim_count) AS claims,"
                + " SUM(x.payout_count) AS payouts, SUM(x.payout_satang) AS paid, SUM(x.levy_satang) AS levied"
                + " FROM org_welfare_month x" + join + " WHERE x.month >= ? GROUP BY x.kind) m ON m.kind = k.kind"
                + " ORDER BY k.orgs DESC, k.kind";
        return reads.with(c -> {
            try (PreparedStatement ps = c.prepareStatement(sql)) {
                int i = 1;
                if (area != null) {
                    ps.setString(i++, area);
                    ps.setString(i++, area);
                }
                ps.setObject(i, from.atDay(1));
                List<WelfareKind> out = new ArrayList<>();
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        out.add(new WelfareKind(rs.getString(1), rs.getLong(2), rs.getLong(3), rs.getLong(4), rs.getLong(5),
                                rs.getLong(6)));
                    }
                }
                return out;
            }
        });
    }

    /** {@code area} is null (nation), a 2-digit province or a 4-digit district code. */
    public List<Month> months(@Nullable String area, YearMonth from) {
        return months(monthsSql(area), area, from);
    }

    /**
     * The nation's months read the month index of the roll-ups alone (V5), in month order; an area's
     * join its orgs to their roll-up rows.
     */
    static String monthsSql(@Nullable String area) {
        return "SELECT s.month, SUM(s.deposit_grams), SUM(s.deposit_satang), SUM(s.deposit_count),"
                + " SUM(s.withdrawal_satang) FROM org_month_stats s"
                + (area == null ? "" : " JOIN org o ON o.id = s.org_id AND " + areaColumn(area) + " = ?")
                + " WHERE s.month >= ? GROUP BY s.month ORDER BY s.month";
    }

    public List<Month> orgMonths(long orgId, YearMonth from) {
        return months("SELECT s.month, s.deposit_grams, s.deposit_satang, s.deposit_count, s.withdrawal_satang"
                + " FROM org_month_stats s WHERE s.org_id = ? AND s.month >= ? ORDER BY s.month", orgId, from);
    }

    private List<Month> months(String sql, Object key, YearMonth from) {
        return reads.with(c -> {
            try (PreparedStatement ps = c.prepareStatement(sql)) {
                int i = 1;
                if (key != null) {
                    ps.setObject(i++, key);
                }
                ps.setObject(i, from.atDay(1));
                List<Month> out = new ArrayList<>();
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        out.add(new Month(YearMonth.from(rs.getObject(1, LocalDate.class)), rs.getLong(2), rs.getLong(3),
                                rs.getLong(4), rs.getLong(5)));
                    }
                }
                return out;
            }
        });
    }

    public List<MapPoint> map(@Nullable String area) {
        String sql = "SELECT o.code, o.name_th, s.lat, s.lng, CASE WHEN p.step5_on IS NOT NULL THEN 5"
                + " WHEN p.step4_on IS NOT NULL THEN 4 WHEN p.step3_on IS NOT NULL THEN 3 WHEN p.step2_on IS NOT NULL"
                + " THEN 2 WHEN p.step1_on IS NOT NULL THEN 1 ELSE 0 END FROM org o"
                + " JOIN sub_district s ON s.code = o.sub_district_code LEFT JOIN org_progress p ON p.org_id = o.id"
                + " WHERE s.lat IS NOT NULL" + (area == null ? "" : " AND " + areaColumn(area) + " = ?");
        Reads.Row<MapPoint> point = rs -> new MapPoint(rs.getString(1), rs.getString(2), rs.getDouble(3),
                rs.getDouble(4), rs.getInt(5));
        return area == null ? reads.list(sql, point) : reads.list(sql, point, area);
    }

    /** A province's Thai name, for a district page's breadcrumb ("" if the code names none). */
    public String provinceNameTh(String code) {
        return reads.one("SELECT name_th FROM province WHERE code = ?", rs -> rs.getString(1), code).orElse("");
    }

    public Optional<OrgHeader> org(String code) {
        return reads.one("SELECT o.id, o.code, o.name_th, o.kind, o.district_code,"
                + " d.name_th, o.province_code, p.name_th, o.demo FROM org o"
                + " LEFT JOIN district d ON d.code = o.district_code LEFT JOIN province p ON p.code = o.province_code"
                + " WHERE o.code = ?", rs -> new OrgHeader(rs.getLong(1), rs.getString(2), rs.getString(3),
                rs.getString(4), rs.getString(5), rs.getString(6), rs.getString(7), rs.getString(8),
                rs.getBoolean(9)), code);
    }

    /** Villages and members active on {@code today} (counted as the official form counts them) and the savings held. */
    public Bank bank(long orgId, LocalDate today) {
        Members.Counts counts = members.countsActiveOn(orgId, today);
        long savings = reads.query("SELECT COALESCE(SUM(amount), 0) FROM ledger_entry WHERE org_id = ? AND account = ?",
                rs -> rs.next() ? rs.getLong(1) : 0L, orgId, Account.MEMBER_SAVINGS.code());
        return new Bank(counts.villages(), counts.members(), savings);
    }

    public List<Product> products(long orgId, java.util.function.Function<String, List<String>> photoList) {
        return reads.list("SELECT id, name, kind, materials, story, producer_group,"
                + " price_satang, status, photos FROM product WHERE org_id = ? ORDER BY name", rs -> {
            long price = rs.getLong(7);
            return new Product(Jdbc.uuid(rs.getBytes(1)), rs.getString(2), rs.getString(3), rs.getString(4),
                    rs.getString(5), rs.getString(6), rs.wasNull() ? null : price, rs.getString(8),
                    photoList.apply(rs.getString(9)));
        }, orgId);
    }

    public List<Milestone> milestones(long orgId) {
        return reads.list("SELECT step, done_on, evidence, video_url, video_seconds"
                + " FROM milestone WHERE org_id = ? ORDER BY done_on, step", rs -> {
            int seconds = rs.getInt(5);
            return new Milestone(rs.getInt(1), rs.getObject(2, LocalDate.class), rs.getString(3),
                    rs.getString(4), rs.wasNull() ? null : seconds);
        }, orgId);
    }

    static String areaColumn(String area) {
        return area.length() == 2 ? "o.province_code" : "o.district_code";
    }
}
