package th.wastebank.server.ledger;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import javax.sql.DataSource;

import io.micronaut.serde.annotation.Serdeable;
import jakarta.inject.Singleton;

import th.wastebank.ledger.Account;
import th.wastebank.server.api.ApiProblem;
import th.wastebank.server.db.Database;
import th.wastebank.server.db.Jdbc;

/** Savings balances, always computed as sums of ledger entries and always scoped to one org. */
@Singleton
public class Balances {
    private final DataSource dataSource;

    public Balances(Database database) {
        this.dataSource = database.pool();
    }

    @Serdeable
    public record MemberBalance(UUID memberId, String name, long balance, long entries) {
    }

    /** One member of the org, or 404 (also for another org's member: it does not exist for you). */
    public MemberBalance member(long orgId, UUID memberId) {
        List<MemberBalance> found = query(orgId, memberId);
        if (found.isEmpty()) {
            throw ApiProblem.notFound("member-not-found", "No such member in this organisation",
                    "ไม่พบสมาชิกคนนี้ในธนาคารขยะของท่าน");
        }
        return found.get(0);
    }

    /** Every member of the org with a balance, by name. */
    public List<MemberBalance> all(long orgId) {
        return query(orgId, null);
    }

    private List<MemberBalance> query(long orgId, UUID memberId) {
        String sql = "SELECT m.id, m.name, COALESCE(SUM(e.amount), 0), COUNT(e.id) FROM member m"
                + " LEFT JOIN ledger_entry e ON e.org_id = m.org_id AND e.account = ? AND e.member_id = m.id"
                + " WHERE m.org_id = ?" + (memberId == null ? "" : " AND m.id = ?")
                + " GROUP BY m.id, m.name ORDER BY m.name";
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setInt(1, Account.MEMBER_SAVINGS.code());
            ps.setLong(2, orgId);
            if (memberId != null) {
                ps.setBytes(3, Jdbc.bytes(memberId));
            }
            List<MemberBalance> out = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(new MemberBalance(Jdbc.uuid(rs.getBytes(1)), rs.getString(2), rs.getLong(3), rs.getLong(4)));
                }
            }
            return out;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
