package th.wastebank.server.rollup;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import th.wastebank.server.db.Jdbc;
import th.wastebank.server.db.Reads;

/**
 * What an org bought from its members, by material, as {@code org_material_month} counts it
 * (deposits net of reversals, in the month of the deposit): what the stock of the waste it sells
 * starts from.
 */
public final class MaterialMonths {
    /** One material's purchases in one month. */
    public record Bought(YearMonth month, String materialCode, long grams, long satang) {
    }

    private MaterialMonths() {
    }

    /** Every month's purchases of the org, oldest first. */
    public static List<Bought> bought(Connection c, long orgId) throws SQLException {
        return Reads.list(c, "SELECT month, material_code, grams, satang FROM org_material_month WHERE org_id = ?"
                + " ORDER BY month, material_code", rs -> new Bought(YearMonth.from(rs.getObject(1, LocalDate.class)),
                rs.getString(2), rs.getLong(3), rs.getLong(4)), orgId);
    }

    /** The grams of {@code codes} the org ever bought (stored, not what a push is adding). */
    public static Map<String, Long> boughtGrams(Connection c, long orgId, Collection<String> codes) throws SQLException {
        Map<String, Long> out = new HashMap<>();
        if (codes.isEmpty()) {
            return out;
        }
        Object[] params = new Object[codes.size() + 1];
        params[0] = orgId;
        int i = 1;
        for (String code : codes) {
            params[i++] = code;
        }
        return Reads.query(c, "SELECT material_code, SUM(grams) FROM org_material_month WHERE org_id = ?"
                + " AND material_code IN (" + Jdbc.placeholders(codes.size()) + ") GROUP BY material_code", rs -> {
                    while (rs.next()) {
                        out.put(rs.getString(1), rs.getLong(2));
                    }
                    return out;
                }, params);
    }
}
