package th.wastebank.server.db;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.ResultSet;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

import th.wastebank.id.Uuid7;

/**
 * The small amount of plumbing the hand-written SQL of the sync path shares: UUIDs as
 * BINARY(16), instants as UTC DATETIME(3), IN-lists and batched writes (which Connector/J
 * rewrites into multi-row statements).
 */
public final class Jdbc {
    private Jdbc() {
    }

    public static byte[] bytes(UUID id) {
        return id == null ? null : Uuid7.toBytes(id);
    }

    public static UUID uuid(byte[] bytes) {
        return bytes == null ? null : Uuid7.fromBytes(bytes);
    }

    public static LocalDateTime utc(Instant at) {
        return at == null ? null : LocalDateTime.ofInstant(at, ZoneOffset.UTC);
    }

    public static Instant instant(LocalDateTime utc) {
        return utc == null ? null : utc.toInstant(ZoneOffset.UTC);
    }

    /** Reads a DATETIME column written by {@link #utc(Instant)}, whatever the JVM's time zone. */
    public static Instant instant(ResultSet rs, int column) throws SQLException {
        return instant(rs.getObject(column, LocalDateTime.class));
    }

    /** {@code ?,?,?} for {@code n} parameters. */
    public static String placeholders(int n) {
        if (n <= 0) {
            throw new IllegalArgumentException("an IN list needs at least one value");
        }
        StringBuilder sb = new StringBuilder(n * 2);
        for (int i = 0; i < n; i++) {
            sb.append(i == 0 ? "?" : ",?");
        }
        return sb.toString();
    }

    /** Binds {@code ids} as BINARY(16) parameters starting at {@code first}; returns the next index. */
    public static int bindIds(PreparedStatement ps, int first, Collection<UUID> ids) throws SQLException {
        int i = first;
        for (UUID id : ids) {
            ps.setBytes(i++, bytes(id));
        }
        return i;
    }

    /** True when {@code e} (or its cause) is a unique-key violation (MySQL/MariaDB error 1062). */
    public static boolean isDuplicateKey(SQLException e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLException s && s.getErrorCode() == 1062) {
                return true;
            }
        }
        return false;
    }

    /** Runs {@code sql} once per row as one JDBC batch; does nothing for no rows. */
    public static void batch(Connection c, String sql, List<Object[]> rows) throws SQLException {
        if (rows.isEmpty()) {
            return;
        }
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            for (Object[] row : rows) {
                for (int i = 0; i < row.length; i++) {
                    ps.setObject(i + 1, row[i]);
                }
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }
}
