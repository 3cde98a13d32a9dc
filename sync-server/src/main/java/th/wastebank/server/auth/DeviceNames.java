package th.wastebank.server.auth;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Optional;
import java.util.UUID;

import th.wastebank.server.db.Reads;

/** A paired phone's name as pages show it beside what it sent; the {@code device} table is read in auth only. */
public final class DeviceNames {
    private DeviceNames() {
    }

    /** The phone's name on a connection a page already holds; none when not the org's. */
    public static Optional<String> name(Connection c, long orgId, UUID deviceId) throws SQLException {
        return Reads.one(c, "SELECT name FROM device WHERE id = ? AND org_id = ?", rs -> rs.getString(1), deviceId, orgId);
    }
}
