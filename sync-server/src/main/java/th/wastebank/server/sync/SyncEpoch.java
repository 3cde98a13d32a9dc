package th.wastebank.server.sync;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;

/**
 * The op log's epoch (ADR 0009): a random id of this database's life, in every push and pull
 * answer as {@code serverEpoch}. Phones remember it; when it changes, the server was restored from a
 * backup and may lack ops it once acknowledged, so each phone sends its kept ops again (the server
 * answers DUPLICATE for those it has) and pulls from the start.
 *
 * <p>A restore must call {@link #renew} (or run {@link #RENEW_SQL}) after loading the dump and
 * before the server takes requests: the dump carries the old epoch. Deleting the row does as well;
 * the next request makes a new one.
 */
public final class SyncEpoch {
    /** The restore's hook as one SQL statement (e.g. for {@code mariadb} after loading a dump by hand). */
    public static final String RENEW_SQL = "REPLACE INTO sync_epoch (id, epoch, began_at)"
            + " VALUES (1, UUID(), UTC_TIMESTAMP(3))";

    private SyncEpoch() {
    }

    /** Gives the restored database an epoch of its own; answers it. */
    public static String renew(Connection c) throws SQLException {
        try (Statement st = c.createStatement()) {
            st.executeUpdate(RENEW_SQL);
        }
        return current(c);
    }

    /** The current epoch, made now if the row is missing (every node that races makes the same one: the first). */
    static String current(Connection c) throws SQLException {
        for (int attempt = 0; attempt < 2; attempt++) {
            try (Statement st = c.createStatement();
                 ResultSet rs = st.executeQuery("SELECT epoch FROM sync_epoch WHERE id = 1")) {
                if (rs.next()) {
                    return rs.getString(1);
                }
            }
            try (PreparedStatement ps = c.prepareStatement("INSERT IGNORE INTO sync_epoch (id, epoch, began_at)"
                    + " VALUES (1, ?, UTC_TIMESTAMP(3))")) {
                ps.setString(1, UUID.randomUUID().toString());
                ps.executeUpdate();
            }
        }
        throw new SQLException("no sync_epoch row");
    }
}
