package th.wastebank.server.member;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import io.micronaut.serde.annotation.Serdeable;
import jakarta.inject.Singleton;

import th.wastebank.ledger.Account;
import th.wastebank.server.db.Database;
import th.wastebank.server.db.Jdbc;
import th.wastebank.server.db.Reads;

/**
 * Savings balances of an org's members, always computed as sums of ledger entries and always scoped
 * to one org. The rows are members (their entries only summed), so the read lives with the member table.
 */
@Singleton
public class Balances {
    private final Reads reads;

    public Balances(Database database) {
        this.reads = database.reads();
    }

    @Serdeable
    public record MemberBalance(UUID memberId, String name, long balance, long entries) {
    }

    /** One member of the org, or none (also for another org's member: it does not exist for you). */
    public Optional<MemberBalance> member(long orgId, UUID memberId) {
        return query(orgId, memberId).stream().findFirst();
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
        Reads.Row<MemberBalance> row = rs -> new MemberBalance(Jdbc.uuid(rs.getBytes(1)), rs.getString(2),
                rs.getLong(3), rs.getLong(4));
        return memberId == null ? reads.list(sql, row, Account.MEMBER_SAVINGS.code(), orgId)
                : reads.list(sql, row, Account.MEMBER_SAVINGS.code(), orgId, memberId);
    }
}
