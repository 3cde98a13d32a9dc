package th.wastebank.server.ledger;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.inject.Singleton;

import th.wastebank.ledger.Account;
import th.wastebank.server.db.Database;
import th.wastebank.server.db.Jdbc;
import th.wastebank.server.db.Reads;
import th.wastebank.server.member.Members;

/**
 * Savings balances of an org's members, always computed as sums of ledger entries and always scoped
 * to one org. The sums are the ledger's; the members and their names come from their owner
 * ({@link Members}), and a member without entries has a zero balance.
 */
@Singleton
public class Balances {
    private final Reads reads;
    private final Members members;

    public Balances(Database database, Members members) {
        this.reads = database.reads();
        this.members = members;
    }

    @Serdeable
    public record MemberBalance(UUID memberId, String name, long balance, long entries) {
    }

    /** One member of the org, or none (also for another org's member: it does not exist for you). */
    public Optional<MemberBalance> member(long orgId, UUID memberId) {
        return members.find(orgId, memberId).map(m -> balance(m, sums(orgId, memberId)));
    }

    /** Every member of the org with a balance, by name. */
    public List<MemberBalance> all(long orgId) {
        Map<UUID, long[]> sums = sums(orgId, null);
        return members.all(orgId).stream().map(m -> balance(m, sums)).toList();
    }

    /** What the org holds for all its members: the sum of every savings entry. */
    public long savings(long orgId) {
        return reads.query("SELECT COALESCE(SUM(amount), 0) FROM ledger_entry WHERE org_id = ? AND account = ?",
                Reads::count, orgId, Account.MEMBER_SAVINGS.code());
    }

    private static MemberBalance balance(Members.Member m, Map<UUID, long[]> sums) {
        long[] sum = sums.getOrDefault(m.id(), new long[2]);
        return new MemberBalance(m.id(), m.name(), sum[0], sum[1]);
    }

    /** The savings entries' sum and count by member (of one member when {@code memberId} is given). */
    private Map<UUID, long[]> sums(long orgId, @Nullable UUID memberId) {
        String sql = "SELECT member_id, SUM(amount), COUNT(*) FROM ledger_entry WHERE org_id = ? AND account = ?"
                + (memberId == null ? "" : " AND member_id = ?") + " GROUP BY member_id";
        Reads.Result<Map<UUID, long[]>> byMember = rs -> {
            Map<UUID, long[]> out = new HashMap<>();
            while (rs.next()) {
                out.put(Jdbc.uuid(rs.getBytes(1)), new long[] {rs.getLong(2), rs.getLong(3)});
            }
            return out;
        };
        return memberId == null ? reads.query(sql, byMember, orgId, Account.MEMBER_SAVINGS.code())
                : reads.query(sql, byMember, orgId, Account.MEMBER_SAVINGS.code(), memberId);
    }
}
