package th.wastebank.server.welfare;

import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import th.wastebank.server.db.Jdbc;
import th.wastebank.server.sync.Batch;

/**
 * The monthly welfare totals by scheme kind ({@code org_welfare_month}) that dashboards and reports
 * read, as one push adds to them.
 */
final class WelfareMonths {
    private record MonthKind(LocalDate month, String kind) {
    }

    private final Map<MonthKind, long[]> months = new HashMap<>();

    /** Adds to the month's welfare totals: {claims, payouts, payout satang, levy satang, contribution satang}. */
    void count(LocalDate month, String kind, long claims, long payouts, long payoutSatang, long levySatang,
               long contributionSatang) {
        long[] t = months.computeIfAbsent(new MonthKind(month.withDayOfMonth(1), kind), k -> new long[5]);
        t[0] += claims;
        t[1] += payouts;
        t[2] += payoutSatang;
        t[3] += levySatang;
        t[4] += contributionSatang;
    }

    void flush(Batch batch) throws SQLException {
        List<Object[]> totals = new ArrayList<>();
        months.forEach((k, t) -> totals.add(new Object[] {batch.orgId(), k.month(), k.kind(), t[0], t[1], t[2], t[3], t[4],
                t[0], t[1], t[2], t[3], t[4]}));
        Jdbc.batch(batch.connection(), "INSERT INTO org_welfare_month (org_id, month, kind, claim_count, payout_count,"
                + " payout_satang, levy_satang, contribution_satang) VALUES (?,?,?,?,?,?,?,?) ON DUPLICATE KEY UPDATE"
                + " claim_count = claim_count + ?, payout_count = payout_count + ?, payout_satang = payout_satang + ?,"
                + " levy_satang = levy_satang + ?, contribution_satang = contribution_satang + ?", totals);
    }
}
