package th.wastebank.client.outbox;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.UUID;

import th.wastebank.client.store.SyncState;
import th.wastebank.sync.OpType;

/** Which table holds the record an op type creates, to show its sync state beside it. */
final class EntityStates {
    private EntityStates() {
    }

    static void mark(Connection c, String type, UUID entityId, SyncState state) throws SQLException {
        String table = table(type);
        if (table == null) {
            return;
        }
        try (PreparedStatement ps = c.prepareStatement("UPDATE " + table + " SET sync_state = ? WHERE id = ?")) {
            ps.setString(1, state.name());
            ps.setString(2, entityId.toString());
            ps.executeUpdate();
        }
    }

    /**
     * Removes a ledger entry, price or step record that only ever existed on this phone. Members and
     * products are kept: they are versioned, and an earlier version may be on the server.
     */
    static void forget(Connection c, String type, UUID entityId) throws SQLException {
        OpType t = OpType.fromWire(type).orElse(null);
        if (t == null || t == OpType.MEMBER_UPSERT || t == OpType.PRODUCT_UPSERT || table(type) == null) {
            return;
        }
        if (t.createsEntry()) {
            try (PreparedStatement ps = c.prepareStatement("DELETE FROM deposit_line WHERE entry_id = ?")) {
                ps.setString(1, entityId.toString());
                ps.executeUpdate();
            }
        }
        try (PreparedStatement ps = c.prepareStatement("DELETE FROM " + table(type) + " WHERE id = ? AND sync_state <> 'SENT'")) {
            ps.setString(1, entityId.toString());
            ps.executeUpdate();
        }
    }

    private static String table(String type) {
        return OpType.fromWire(type).map(t -> switch (t) {
            case MEMBER_UPSERT -> "member";
            case PRICE_SET -> "price";
            case DEPOSIT_RECORD, WITHDRAWAL_RECORD, ENTRY_REVERSE -> "entry";
            case PRODUCT_UPSERT -> "product";
            case MILESTONE_RECORD -> "milestone";
            case WELFARE_SCHEME_UPSERT, WELFARE_CLAIM_FILE, WELFARE_LEVY_RUN, WELFARE_PAYOUT_RECORD,
                 WELFARE_FUND_CONTRIBUTE -> null;
        }).orElse(null);
    }
}
