package th.wastebank.server.welfare;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import th.wastebank.server.db.Jdbc;
import th.wastebank.server.sync.Batch;
import th.wastebank.welfare.LevyRun;

/** The levy runs of one push: which scheme and event already had one (one run each), and the runs it writes. */
final class LevyRuns {
    private record LevyEvent(UUID schemeId, String event) {
    }

    private final Set<LevyEvent> wanted = new HashSet<>();
    private final Set<LevyEvent> events = new HashSet<>();
    private final List<Object[]> inserts = new ArrayList<>();

    void want(UUID schemeId, String event) {
        wanted.add(new LevyEvent(schemeId, event));
    }

    /** True when the scheme already has a run for the event, stored or from this push. */
    boolean ran(UUID schemeId, String event) {
        return events.contains(new LevyEvent(schemeId, event));
    }

    void insert(long orgId, UUID id, LevyRun run, long seq) {
        insert(orgId, id, run.schemeId(), run.event(), run.reason(), run.basis(), run.runAt(), run.lines().size(),
                run.total(), seq);
    }

    /** A run of any basis: a levy's, or a sale-margin run's (no members, its month as the event). */
    void insert(long orgId, UUID id, UUID schemeId, String event, String reason, String basis, Instant runAt,
                int memberCount, long total, long seq) {
        inserts.add(new Object[] {Jdbc.bytes(id), orgId, Jdbc.bytes(schemeId), event, reason, basis, Jdbc.utc(runAt),
                memberCount, total, seq});
        events.add(new LevyEvent(schemeId, event));
    }

    void load(Batch batch) throws SQLException {
        if (wanted.isEmpty()) {
            return;
        }
        StringBuilder sql = new StringBuilder("SELECT scheme_id, event_key FROM welfare_levy WHERE org_id = ? AND (");
        for (int i = 0; i < wanted.size(); i++) {
            sql.append(i == 0 ? "" : " OR ").append("(scheme_id = ? AND event_key = ?)");
        }
        try (PreparedStatement ps = batch.connection().prepareStatement(sql.append(')').toString())) {
            ps.setLong(1, batch.orgId());
            int i = 2;
            for (LevyEvent e : wanted) {
                ps.setBytes(i++, Jdbc.bytes(e.schemeId()));
                ps.setString(i++, e.event());
            }
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    events.add(new LevyEvent(Jdbc.uuid(rs.getBytes(1)), rs.getString(2)));
                }
            }
        }
    }

    void flush(Connection c) throws SQLException {
        Jdbc.batch(c, "INSERT INTO welfare_levy (id, org_id, scheme_id, event_key, reason, basis, run_at, member_count,"
                + " total, op_seq) VALUES (?,?,?,?,?,?,?,?,?,?)", inserts);
    }
}
