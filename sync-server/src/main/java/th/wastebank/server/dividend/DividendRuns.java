package th.wastebank.server.dividend;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import th.wastebank.dividend.DividendRun;
import th.wastebank.server.db.Jdbc;
import th.wastebank.server.sync.Batch;
import th.wastebank.server.sync.BatchState;
import th.wastebank.server.sync.WriteOrder;

/** The dividend runs of one push: which fiscal years of the org already had one, and the runs it writes. */
final class DividendRuns implements BatchState {
    private final Set<Integer> wanted = new HashSet<>();
    private final Set<Integer> ran = new HashSet<>();
    private final List<Object[]> inserts = new ArrayList<>();

    static DividendRuns of(Batch batch) {
        return batch.state(DividendRuns.class, DividendRuns::new);
    }

    void want(int fiscalYear) {
        wanted.add(fiscalYear);
    }

    /** True when the org already has a run for the year, stored or from this push. */
    boolean ran(int fiscalYear) {
        return ran.contains(fiscalYear);
    }

    void insert(long orgId, UUID id, DividendRun run, long seq) {
        inserts.add(new Object[] {Jdbc.bytes(id), orgId, run.fiscalYear(), run.rule(), run.shareBp(), run.margin(),
                run.total(), run.lines().size(), Jdbc.utc(run.runAt()), seq});
        ran.add(run.fiscalYear());
    }

    @Override
    public WriteOrder order() {
        return WriteOrder.DIVIDENDS;
    }

    @Override
    public void load(Batch batch) throws SQLException {
        if (wanted.isEmpty()) {
            return;
        }
        try (PreparedStatement ps = batch.connection().prepareStatement("SELECT fiscal_year FROM dividend_run"
                + " WHERE org_id = ? AND fiscal_year IN (" + Jdbc.placeholders(wanted.size()) + ")")) {
            ps.setLong(1, batch.orgId());
            int i = 2;
            for (int year : wanted) {
                ps.setInt(i++, year);
            }
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    ran.add(rs.getInt(1));
                }
            }
        }
    }

    @Override
    public void flush(Batch batch) throws SQLException {
        Jdbc.batch(batch.connection(), "INSERT INTO dividend_run (id, org_id, fiscal_year, rule, share_bp, margin, total,"
                + " member_count, run_at, op_seq) VALUES (?,?,?,?,?,?,?,?,?,?)", inserts);
    }
}
