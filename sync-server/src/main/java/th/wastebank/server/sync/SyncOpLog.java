package th.wastebank.server.sync;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import th.wastebank.server.db.Jdbc;
import th.wastebank.sync.Change;

/**
 * The org's op log ({@code sync_op}): the record of which opIds were applied (with their
 * fingerprints) and, in server order, the feed devices pull. {@code sync_state} holds each org's
 * last sequence number; locking that row serialises one org's pushes across every server node.
 */
final class SyncOpLog {
    private SyncOpLog() {
    }

    /** Locks the org's sync row for this transaction and returns its last sequence number. */
    static long lockOrg(Connection c, long orgId) throws SQLException {
        for (int attempt = 0; attempt < 2; attempt++) {
            try (PreparedStatement ps = c.prepareStatement("SELECT last_seq FROM sync_state WHERE org_id = ? FOR UPDATE")) {
                ps.setLong(1, orgId);
                try (ResultSet rs = ps.executeQuery()) {
                    if (rs.next()) {
                        return rs.getLong(1);
                    }
                }
            }
            try (PreparedStatement ps = c.prepareStatement("INSERT IGNORE INTO sync_state (org_id, last_seq) VALUES (?, 0)")) {
                ps.setLong(1, orgId);
                ps.executeUpdate();
            }
        }
        throw new SQLException("no sync_state row for org " + orgId);
    }

    static void saveLastSeq(Connection c, long orgId, long lastSeq) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("UPDATE sync_state SET last_seq = ? WHERE org_id = ?")) {
            ps.setLong(1, lastSeq);
            ps.setLong(2, orgId);
            ps.executeUpdate();
        }
    }

    static long lastSeq(Connection c, long orgId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT last_seq FROM sync_state WHERE org_id = ?")) {
            ps.setLong(1, orgId);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? rs.getLong(1) : 0;
            }
        }
    }

    /** The fingerprints of those of {@code opIds} the org has already applied. */
    static Map<UUID, byte[]> appliedHashes(Connection c, long orgId, Collection<UUID> opIds) throws SQLException {
        Map<UUID, byte[]> out = new HashMap<>();
        if (opIds.isEmpty()) {
            return out;
        }
        try (PreparedStatement ps = c.prepareStatement("SELECT op_id, payload_hash FROM sync_op WHERE org_id = ?"
                + " AND op_id IN (" + Jdbc.placeholders(opIds.size()) + ")")) {
            ps.setLong(1, orgId);
            Jdbc.bindIds(ps, 2, opIds);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.put(Jdbc.uuid(rs.getBytes(1)), rs.getBytes(2));
                }
            }
        }
        return out;
    }

    /** The payloads of the org's ops with the given sequence numbers, by number. */
    static Map<Long, String> payloads(Connection c, long orgId, Collection<Long> seqs) throws SQLException {
        Map<Long, String> out = new HashMap<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT seq, payload FROM sync_op WHERE org_id = ?"
                + " AND seq IN (" + Jdbc.placeholders(seqs.size()) + ")")) {
            ps.setLong(1, orgId);
            int i = 2;
            for (Long seq : seqs) {
                ps.setLong(i++, seq);
            }
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.put(rs.getLong(1), rs.getString(2));
                }
            }
        }
        return out;
    }

    static void insert(Connection c, List<Object[]> rows) throws SQLException {
        Jdbc.batch(c, "INSERT INTO sync_op (org_id, seq, op_id, device_id, device_seq, type, entity_id, payload,"
                + " payload_bytes, payload_hash, recorded_at, applied_at) VALUES (?,?,?,?,?,?,?,?,?,?,?,?)", rows);
    }

    static void touchDevice(Connection c, UUID deviceId, java.time.Instant now) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("UPDATE device SET last_seen_at = ? WHERE id = ?")) {
            ps.setObject(1, Jdbc.utc(now));
            ps.setBytes(2, Jdbc.bytes(deviceId));
            ps.executeUpdate();
        }
    }

    /** One change's place and the bytes of its payload. */
    record Size(long seq, long bytes) {
    }

    /**
     * The sizes of up to {@code limit} changes after {@code afterSeq}, without reading their payloads
     * (rows written before V9 have no stored size and are measured).
     */
    static List<Size> sizes(Connection c, long orgId, long afterSeq, int limit) throws SQLException {
        List<Size> out = new ArrayList<>(Math.min(limit, 1024));
        try (PreparedStatement ps = c.prepareStatement("SELECT seq, COALESCE(payload_bytes, LENGTH(payload))"
                + " FROM sync_op WHERE org_id = ? AND seq > ? ORDER BY seq LIMIT ?")) {
            ps.setLong(1, orgId);
            ps.setLong(2, afterSeq);
            ps.setInt(3, limit);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(new Size(rs.getLong(1), rs.getLong(2)));
                }
            }
        }
        return out;
    }

    /** The changes after {@code afterSeq} up to {@code upToSeq}, in order; each payload as it was stored. */
    static List<Change> page(Connection c, long orgId, long afterSeq, long upToSeq) throws SQLException {
        List<Change> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT seq, type, entity_id, payload, device_id, recorded_at, applied_at"
                + " FROM sync_op WHERE org_id = ? AND seq > ? AND seq <= ? ORDER BY seq")) {
            ps.setLong(1, orgId);
            ps.setLong(2, afterSeq);
            ps.setLong(3, upToSeq);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(new Change(rs.getLong(1), rs.getString(2), Jdbc.uuid(rs.getBytes(3)), rs.getString(4),
                            Jdbc.uuid(rs.getBytes(5)), Jdbc.instant(rs, 6), Jdbc.instant(rs, 7)));
                }
            }
        }
        return out;
    }
}
