package th.wastebank.server.rollup;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

import th.wastebank.server.sync.Batch;
import th.wastebank.server.sync.BatchState;
import th.wastebank.server.sync.WriteOrder;
import th.wastebank.validation.Dates;

/**
 * Per org and month (Thai time) totals of deposits, withdrawals and kilograms by material,
 * updated in the same transaction as the entries they count, so reports and dashboards read a few
 * rows instead of scanning the ledger. A reversal subtracts from the month of the entry it
 * reverses.
 */
public final class MonthlyRollups implements BatchState {
    private static final class Totals {
        long depositCount;
        long depositGrams;
        long depositSatang;
        long withdrawalCount;
        long withdrawalSatang;
    }

    private record MaterialKey(LocalDate month, String code) {
    }

    private final Map<LocalDate, Totals> months = new HashMap<>();
    private final Map<MaterialKey, long[]> materials = new HashMap<>();

    public static MonthlyRollups of(Batch batch) {
        return batch.state(MonthlyRollups.class, MonthlyRollups::new);
    }

    public static LocalDate monthOf(Instant at) {
        return LocalDate.ofInstant(at, Dates.THAI).withDayOfMonth(1);
    }

    /** Counts a deposit ({@code sign} 1) or takes one back ({@code sign} -1). */
    public void deposit(Instant at, long grams, long satang, int sign) {
        Totals t = months.computeIfAbsent(monthOf(at), m -> new Totals());
        t.depositCount += sign;
        t.depositGrams += sign * grams;
        t.depositSatang += sign * satang;
    }

    public void material(Instant at, String code, long grams, long satang, int sign) {
        long[] g = materials.computeIfAbsent(new MaterialKey(monthOf(at), code), k -> new long[2]);
        g[0] += sign * grams;
        g[1] += sign * satang;
    }

    /** The grams of a material this push has added to the purchases so far (all months). */
    public long pendingGrams(String code) {
        long grams = 0;
        for (Map.Entry<MaterialKey, long[]> e : materials.entrySet()) {
            if (e.getKey().code().equals(code)) {
                grams += e.getValue()[0];
            }
        }
        return grams;
    }

    /** Counts a withdrawal of {@code satang} (positive) or takes one back. */
    public void withdrawal(Instant at, long satang, int sign) {
        Totals t = months.computeIfAbsent(monthOf(at), m -> new Totals());
        t.withdrawalCount += sign;
        t.withdrawalSatang += sign * satang;
    }

    @Override
    public WriteOrder order() {
        return WriteOrder.ROLLUPS;
    }

    @Override
    public void load(Batch batch) {
        // write-only
    }

    @Override
    public void flush(Batch batch) throws SQLException {
        if (!months.isEmpty()) {
            try (PreparedStatement ps = batch.connection().prepareStatement("INSERT INTO org_month_stats (org_id, month,"
                    + " deposit_count, deposit_grams, deposit_satang, withdrawal_count, withdrawal_satang)"
                    + " VALUES (?,?,?,?,?,?,?) ON DUPLICATE KEY UPDATE deposit_count = deposit_count + ?,"
                    + " deposit_grams = deposit_grams + ?, deposit_satang = deposit_satang + ?,"
                    + " withdrawal_count = withdrawal_count + ?, withdrawal_satang = withdrawal_satang + ?")) {
                for (Map.Entry<LocalDate, Totals> e : months.entrySet()) {
                    Totals t = e.getValue();
                    long[] deltas = {t.depositCount, t.depositGrams, t.depositSatang, t.withdrawalCount, t.withdrawalSatang};
                    ps.setLong(1, batch.orgId());
                    ps.setObject(2, e.getKey());
                    for (int i = 0; i < deltas.length; i++) {
                        ps.setLong(3 + i, deltas[i]);
                        ps.setLong(8 + i, deltas[i]);
                    }
                    ps.addBatch();
                }
                ps.executeBatch();
            }
        }
        if (!materials.isEmpty()) {
            try (PreparedStatement ps = batch.connection().prepareStatement("INSERT INTO org_material_month (org_id,"
                    + " month, material_code, grams, satang) VALUES (?,?,?,?,?)"
                    + " ON DUPLICATE KEY UPDATE grams = grams + ?, satang = satang + ?")) {
                for (Map.Entry<MaterialKey, long[]> e : materials.entrySet()) {
                    ps.setLong(1, batch.orgId());
                    ps.setObject(2, e.getKey().month());
                    ps.setString(3, e.getKey().code());
                    ps.setLong(4, e.getValue()[0]);
                    ps.setLong(5, e.getValue()[1]);
                    ps.setLong(6, e.getValue()[0]);
                    ps.setLong(7, e.getValue()[1]);
                    ps.addBatch();
                }
                ps.executeBatch();
            }
        }
    }
}
