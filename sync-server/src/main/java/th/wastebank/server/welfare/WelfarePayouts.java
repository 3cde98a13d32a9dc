package th.wastebank.server.welfare;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import th.wastebank.server.db.Jdbc;
import th.wastebank.server.sync.Batch;

/** The payouts one push reads (those its reversals target, with their claims) and records. */
final class WelfarePayouts {
    private final Set<UUID> wanted = new HashSet<>();
    private final Map<UUID, WelfareBatch.Payout> payouts = new HashMap<>();
    private final List<Object[]> inserts = new ArrayList<>();

    void want(UUID entryId) {
        wanted.add(entryId);
    }

    WelfareBatch.Payout find(UUID entryId) {
        return payouts.get(entryId);
    }

    void insert(long orgId, UUID id, UUID claimId, long amount, Instant paidAt, long seq) {
        inserts.add(new Object[] {Jdbc.bytes(id), orgId, Jdbc.bytes(claimId), amount, Jdbc.utc(paidAt), seq});
        payouts.put(id, new WelfareBatch.Payout(claimId, amount));
    }

    /** Loads the wanted payouts, and asks {@code claims} for their claims. */
    void load(Batch batch, WelfareClaims claims) throws SQLException {
        if (wanted.isEmpty()) {
            return;
        }
        try (PreparedStatement ps = batch.connection().prepareStatement("SELECT id, claim_id, amount FROM welfare_payout"
                + " WHERE org_id = ? AND id IN (" + Jdbc.placeholders(wanted.size()) + ")")) {
            ps.setLong(1, batch.orgId());
            Jdbc.bindIds(ps, 2, wanted);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    UUID claimId = Jdbc.uuid(rs.getBytes(2));
                    payouts.put(Jdbc.uuid(rs.getBytes(1)), new WelfareBatch.Payout(claimId, rs.getLong(3)));
                    claims.want(claimId);
                }
            }
        }
    }

    void flush(Connection c) throws SQLException {
        Jdbc.batch(c, "INSERT INTO welfare_payout (id, org_id, claim_id, amount, paid_at, op_seq) VALUES (?,?,?,?,?,?)",
                inserts);
    }
}
