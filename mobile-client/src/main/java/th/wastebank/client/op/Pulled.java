package th.wastebank.client.op;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.UUID;
import java.util.function.Supplier;

import th.wastebank.client.ledger.Ledger;
import th.wastebank.client.store.SyncState;
import th.wastebank.json.PayloadReader;

/**
 * One change pulled from the server, as a handler sees it, in the transaction of its page: the
 * record's id, its payload, the server's time, and the page's ledger writer; with the checks every
 * handler needs to tell another phone's op from this phone's own op coming back.
 */
public final class Pulled {
    private final Connection c;
    private final Ledger.Writer ledger;
    private final UUID entityId;
    private final PayloadReader payload;
    private final Instant serverTime;
    private final Supplier<Instant> recordedAt;

    /** @param recordedAt read only by the ops that show it (a reversal, a step); the server's time when absent */
    public Pulled(Connection c, Ledger.Writer ledger, UUID entityId, PayloadReader payload, Instant serverTime,
                  Supplier<Instant> recordedAt) {
        this.c = c;
        this.ledger = ledger;
        this.entityId = entityId;
        this.payload = payload;
        this.serverTime = serverTime;
        this.recordedAt = recordedAt;
    }

    public Connection connection() {
        return c;
    }

    public Ledger.Writer ledger() {
        return ledger;
    }

    public UUID entityId() {
        return entityId;
    }

    public PayloadReader payload() {
        return payload;
    }

    public Instant serverTime() {
        return serverTime;
    }

    /** When the op was recorded on the phone that made it. */
    public Instant recordedAt() {
        return recordedAt.get();
    }

    /** True while an op of this record still waits in this phone's outbox: its edit is newer than the server's. */
    public boolean hasPendingOp() throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT 1 FROM outbox WHERE entity_id = ? LIMIT 1")) {
            ps.setString(1, entityId.toString());
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next();
            }
        }
    }

    /**
     * A versioned record this phone made and sent stays "sent" when the server's copy comes back;
     * one first seen in the pull is "from the server".
     */
    public SyncState keptOrPulled(String table) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT sync_state FROM " + table + " WHERE id = ?")) {
            ps.setString(1, entityId.toString());
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() && "SENT".equals(rs.getString(1)) ? SyncState.SENT : SyncState.PULLED;
            }
        }
    }

    /** A record this phone made comes back in the pull: the server has it. One pulled before stays pulled. */
    public void markSent(String table) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("UPDATE " + table + " SET sync_state = 'SENT' WHERE id = ?"
                + " AND sync_state <> 'PULLED' AND id NOT IN (SELECT entity_id FROM outbox)")) {
            ps.setString(1, entityId.toString());
            ps.executeUpdate();
        }
    }

    /** Runs {@code sql} (which marks rows sent) unless this record's op still waits in the outbox. */
    public void markSentWith(String sql, UUID... ids) throws SQLException {
        if (hasPendingOp()) {
            return;
        }
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < ids.length; i++) {
                ps.setString(i + 1, ids[i].toString());
            }
            ps.executeUpdate();
        }
    }
}
