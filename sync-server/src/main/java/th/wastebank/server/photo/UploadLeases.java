package th.wastebank.server.photo;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.UUID;

import javax.sql.DataSource;

import th.wastebank.server.db.Jdbc;
import th.wastebank.server.db.Tx;

/**
 * Which request holds an upload, kept in the upload's row so that every server node sees it (the
 * columns of V11). Only conditional single-row statements: on a Galera cluster a lock of one
 * node (GET_LOCK, a table lock) does not reach the others, but a row's state does.
 *
 * <p>A request raises the row's {@code holder} generation ({@link #bump}); a writer that sees a
 * higher generation lets go. It becomes the writer only once no other is ({@link #claim}): none, or
 * one that gave no sign of life for {@link #STALE} (its node died), measured on the database's
 * clock so that the nodes' clocks need not agree.
 */
final class UploadLeases {
    /** A writer that has not shown life for this long is taken to be dead (its node stopped). */
    static final Duration STALE = Duration.ofSeconds(10);

    private final DataSource dataSource;

    UploadLeases(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** Whether a {@link #claim} made its request the writer. */
    enum Claim {
        WRITER, WAIT, SUPERSEDED, GONE
    }

    /**
     * Raises the upload's holder generation and answers the new one: every request holding it with a
     * lower one is to let go. Answers 0 when the upload is gone. A clash with another node's write is
     * tried again as every write is ({@link Tx}).
     */
    long bump(UUID id) {
        return Tx.readCommitted(dataSource, c -> {
            // LAST_INSERT_ID(expr) hands the new value back on this connection
            try (PreparedStatement ps = c.prepareStatement(
                    "UPDATE upload SET holder = LAST_INSERT_ID(holder + 1) WHERE id = ?")) {
                ps.setBytes(1, Jdbc.bytes(id));
                if (ps.executeUpdate() == 0) {
                    return 0L;
                }
            }
            try (PreparedStatement ps = c.prepareStatement("SELECT LAST_INSERT_ID()");
                 ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        });
    }

    /** Becomes the writer of generation {@code generation} if it is still the newest and no one else writes. */
    Claim claim(UUID id, long generation) throws SQLException {
        try (Connection c = dataSource.getConnection()) {
            try (PreparedStatement ps = c.prepareStatement("UPDATE upload SET writer = ?, writer_seen = UTC_TIMESTAMP(3)"
                    + " WHERE id = ? AND holder = ? AND (writer IS NULL OR writer = ?"
                    + " OR writer_seen < UTC_TIMESTAMP(3) - INTERVAL ? SECOND)")) {
                ps.setLong(1, generation);
                ps.setBytes(2, Jdbc.bytes(id));
                ps.setLong(3, generation);
                ps.setLong(4, generation);
                ps.setLong(5, STALE.toSeconds());
                if (ps.executeUpdate() == 1) {
                    return Claim.WRITER;
                }
            }
            long holder = holder(c, id);
            return holder < 0 ? Claim.GONE : holder > generation ? Claim.SUPERSEDED : Claim.WAIT;
        }
    }

    /**
     * The writer's sign of life. Answers the upload's holder generation (higher than the writer's:
     * a newer request waits for it), or -1 when the writer is no longer {@code generation} (taken for
     * dead, or the upload is gone).
     */
    long beat(UUID id, long generation) throws SQLException {
        try (Connection c = dataSource.getConnection()) {
            try (PreparedStatement ps = c.prepareStatement(
                    "UPDATE upload SET writer_seen = UTC_TIMESTAMP(3) WHERE id = ? AND writer = ?")) {
                ps.setBytes(1, Jdbc.bytes(id));
                ps.setLong(2, generation);
                if (ps.executeUpdate() == 0) {
                    return -1;
                }
            }
            return holder(c, id);
        }
    }

    /** Lets go of the upload (a no-op when another writer took it, or it is gone). */
    void release(UUID id, long generation) throws SQLException {
        try (Connection c = dataSource.getConnection();
             PreparedStatement ps = c.prepareStatement(
                     "UPDATE upload SET writer = NULL, writer_seen = NULL WHERE id = ? AND writer = ?")) {
            ps.setBytes(1, Jdbc.bytes(id));
            ps.setLong(2, generation);
            ps.executeUpdate();
        }
    }

    private static long holder(Connection c, UUID id) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT holder FROM upload WHERE id = ?")) {
            ps.setBytes(1, Jdbc.bytes(id));
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? rs.getLong(1) : -1;
            }
        }
    }
}
