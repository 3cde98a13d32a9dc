package th.wastebank.server.rollup;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;

import th.wastebank.server.db.Database;
import th.wastebank.server.db.Reads;
import th.wastebank.server.place.Areas;

/**
 * Every read of the month roll-ups that {@link MonthlyRollups} writes: an area's or an org's
 * kilograms and baht by month for the dashboard's charts, and one org's month for the official form.
 */
@Singleton
public class MonthlyTotals {
    private final Reads reads;

    public MonthlyTotals(Database database) {
        this.reads = database.reads();
    }

    /** Totals of one month in an area. */
    public record Month(YearMonth month, long grams, long satang, long deposits, long withdrawalSatang) {
    }


    /** {@code area} is null (nation), a 2-digit province or a 4-digit district code. */
    public List<Month> months(@Nullable String area, YearMonth from) {
        return area == null ? reads.list(monthsSql(null), MonthlyTotals::month, from.atDay(1))
                : reads.list(monthsSql(area), MonthlyTotals::month, area, from.atDay(1));
    }

    /**
     * The nation's months read the month index of the roll-ups alone (V5), in month order; an area's
     * join its orgs to their roll-up rows. Public for the test of its plan.
     */
    public static String monthsSql(@Nullable String area) {
        return "SELECT s.month, SUM(s.deposit_grams), SUM(s.deposit_satang), SUM(s.deposit_count),"
                + " SUM(s.withdrawal_satang) FROM org_month_stats s"
                + (area == null ? "" : " JOIN org o ON o.id = s.org_id AND " + Areas.orgColumn(area) + " = ?")
                + " WHERE s.month >= ? GROUP BY s.month ORDER BY s.month";
    }

    public List<Month> orgMonths(long orgId, YearMonth from) {
        return reads.list("SELECT s.month, s.deposit_grams, s.deposit_satang, s.deposit_count, s.withdrawal_satang"
                + " FROM org_month_stats s WHERE s.org_id = ? AND s.month >= ? ORDER BY s.month", MonthlyTotals::month,
                orgId, from.atDay(1));
    }

    /** The {@code count} months ending with {@code thisMonth}, oldest first, zero where no row is. */
    public static List<Month> lastMonths(List<Month> rows, YearMonth thisMonth, int count) {
        Map<YearMonth, Month> byMonth = rows.stream()
                .collect(Collectors.toMap(Month::month, Function.identity(), (a, b) -> a));
        List<Month> out = new ArrayList<>(count);
        for (YearMonth m = thisMonth.minusMonths(count - 1); !m.isAfter(thisMonth); m = m.plusMonths(1)) {
            Month row = byMonth.get(m);
            out.add(row != null ? row : new Month(m, 0, 0, 0, 0));
        }
        return out;
    }

    private static Month month(ResultSet rs) throws SQLException {
        return new Month(YearMonth.from(rs.getObject(1, LocalDate.class)), rs.getLong(2), rs.getLong(3), rs.getLong(4),
                rs.getLong(5));
    }
}
