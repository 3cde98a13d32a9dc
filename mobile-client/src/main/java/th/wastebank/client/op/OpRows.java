package th.wastebank.client.op;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;
import java.util.UUID;

import th.wastebank.client.store.SyncState;

/** The small statements handlers share to mark and remove the rows an op made. */
public final class OpRows {
    private OpRows() {
    }

    /** Runs {@code sql}, whose parameters are the state and then the id. */
    public static void update(Connection c, String sql, SyncState state, UUID id) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setString(1, state.name());
            ps.setString(2, id.toString());
            ps.executeUpdate();
        }
    }

    /** Runs {@code sql}, whose one parameter is the id. */
    public static void delete(Connection c, String sql, UUID id) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setString(1, id.toString());
            ps.executeUpdate();
        }
    }

    /** Deletes the row with {@code id} from each table, unless the server has it (sent or pulled). */
    public static void forgetRows(Connection c, List<String> tables, UUID id) throws SQLException {
        for (String table : tables) {
            delete(c, "DELETE FROM " + table + " WHERE id = ? AND sync_state NOT IN ('SENT', 'PULLED')", id);
        }
    }
}
