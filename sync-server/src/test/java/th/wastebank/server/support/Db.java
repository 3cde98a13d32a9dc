package th.wastebank.server.support;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/** One-line queries for asserting what the server really stored. */
public final class Db {
    private Db() {
    }

    public static long count(String sql, Object... params) {
        try (Connection c = TestDatabase.connect(); PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                ps.setObject(i + 1, params[i]);
            }
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    public static String string(String sql, Object... params) {
        try (Connection c = TestDatabase.connect(); PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                ps.setObject(i + 1, params[i]);
            }
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? rs.getString(1) : null;
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    public static void execute(String sql) {
        try (Connection c = TestDatabase.connect(); PreparedStatement ps = c.prepareStatement(sql)) {
            ps.execute();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Ledger rows of an org, by org code. */
    public static long ledgerRows(String orgCode) {
        return count("SELECT COUNT(*) FROM ledger_entry e JOIN org o ON o.id = e.org_id WHERE o.code = ?", orgCode);
    }

    public static long opRows(String orgCode) {
        return count("SELECT COUNT(*) FROM sync_op s JOIN org o ON o.id = s.org_id WHERE o.code = ?", orgCode);
    }

    public static long savings(String orgCode) {
        return count("SELECT COALESCE(SUM(e.amount), 0) FROM ledger_entry e JOIN org o ON o.id = e.org_id"
                + " WHERE o.code = ? AND e.account = 1", orgCode);
    }

    /** One member's savings balance, by member id. */
    public static long memberSavings(java.util.UUID memberId) {
        return count("SELECT COALESCE(SUM(amount), 0) FROM ledger_entry WHERE account = 1"
                + " AND member_id = UNHEX(REPLACE(?, '-', ''))", memberId.toString());
    }

    /** Review flags of one kind in an org, by org code. */
    public static long flags(String orgCode, String kind) {
        return count("SELECT COUNT(*) FROM review_flag f JOIN org o ON o.id = f.org_id WHERE o.code = ?"
                + " AND f.kind = ?", orgCode, kind);
    }
}
