package th.wastebank.client.outbox;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;
import java.util.UUID;

import th.wastebank.client.store.SyncState;
import th.wastebank.sync.OpType;
import th.wastebank.welfare.WelfarePostings;

/**
 * Which tables hold the records an op type creates, to show their sync state beside them, and
 * what giving up a refused op removes. Welfare ops make more than one row: a levy run is its row,
 * its lines and one entry per member plus the fund's; a payout or a contribution is its row and its
 * fund entry; reversing a member's levy adds the fund-side entry that goes with it.
 */
final class EntityStates {
    private EntityStates() {
    }

    static void mark(Connection c, String type, UUID entityId, SyncState state) throws SQLException {
        OpType t = OpType.fromWire(type).orElse(null);
        if (t == null) {
            return;
        }
        for (String table : tables(t)) {
            update(c, "UPDATE " + table + " SET sync_state = ? WHERE id = ?", state, entityId);
        }
        if (t == OpType.WELFARE_LEVY_RUN) {
            update(c, "UPDATE entry SET sync_state = ? WHERE id IN"
                    + " (SELECT entry_id FROM welfare_levy_line WHERE levy_id = ?)", state, entityId);
        } else if (t == OpType.ENTRY_REVERSE) {
            update(c, "UPDATE entry SET sync_state = ? WHERE id = ?", state, levyFundSide(entityId));
        }
    }

    /**
     * Removes what a refused op made on this phone, when the server never accepted it: a ledger
     * entry, a price, a step, a claim; a levy run with its lines and every entry it made; a payout
     * or a contribution with its fund entry; a reversal with the fund-side entry of a levy's. Members,
     * products and schemes are kept: they are versioned, and an earlier version may be on the server.
     */
    static void forget(Connection c, String type, UUID entityId) throws SQLException {
        OpType t = OpType.fromWire(type).orElse(null);
        if (t == null || t == OpType.MEMBER_UPSERT || t == OpType.PRODUCT_UPSERT || t == OpType.WELFARE_SCHEME_UPSERT) {
            return;
        }
        if (t.createsEntry()) {
            delete(c, "DELETE FROM deposit_line WHERE entry_id = ?", entityId);
        }
        if (t == OpType.WELFARE_LEVY_RUN) {
            delete(c, "DELETE FROM entry WHERE sync_state NOT IN ('SENT', 'PULLED') AND id IN (SELECT l.entry_id FROM welfare_levy_line l"
                    + " JOIN welfare_levy r ON r.id = l.levy_id WHERE l.levy_id = ? AND r.sync_state NOT IN ('SENT', 'PULLED'))", entityId);
            delete(c, "DELETE FROM welfare_levy_line WHERE levy_id = ?"
                    + " AND levy_id IN (SELECT id FROM welfare_levy WHERE sync_state NOT IN ('SENT', 'PULLED'))", entityId);
        } else if (t == OpType.ENTRY_REVERSE) {
            delete(c, "DELETE FROM entry WHERE id = ? AND sync_state NOT IN ('SENT', 'PULLED')", levyFundSide(entityId));
        }
        for (String table : tables(t)) {
            delete(c, "DELETE FROM " + table + " WHERE id = ? AND sync_state NOT IN ('SENT', 'PULLED')", entityId);
        }
    }

    private static List<String> tables(OpType t) {
        return switch (t) {
            case MEMBER_UPSERT -> List.of("member");
            case PRICE_SET -> List.of("price");
            case DEPOSIT_RECORD, WITHDRAWAL_RECORD, ENTRY_REVERSE -> List.of("entry");
            case PRODUCT_UPSERT -> List.of("product");
            case MILESTONE_RECORD -> List.of("milestone");
            case WELFARE_SCHEME_UPSERT -> List.of("welfare_scheme");
            case WELFARE_CLAIM_FILE -> List.of("welfare_claim");
            case WELFARE_LEVY_RUN -> List.of("welfare_levy", "entry");
            case WELFARE_PAYOUT_RECORD -> List.of("welfare_payout", "entry");
            case WELFARE_FUND_CONTRIBUTE -> List.of("welfare_contribution", "entry");
        };
    }

    /** The id of the fund-side entry that accompanies reversal {@code reversalId} when it reverses a member's levy. */
    private static UUID levyFundSide(UUID reversalId) {
        return WelfarePostings.levyReversalFundSide(reversalId, 0).id();
    }

    private static void update(Connection c, String sql, SyncState state, UUID id) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setString(1, state.name());
            ps.setString(2, id.toString());
            ps.executeUpdate();
        }
    }

    private static void delete(Connection c, String sql, UUID id) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setString(1, id.toString());
            ps.executeUpdate();
        }
    }
}
