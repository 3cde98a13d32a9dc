package th.wastebank.server.member;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.inject.Singleton;

import th.wastebank.member.MemberNumber;
import th.wastebank.member.Membership;
import th.wastebank.server.db.Database;
import th.wastebank.server.db.Jdbc;
import th.wastebank.server.db.Reads;

/**
 * The org's members with their numbers (ADR 0014), in number order: for a phone that pulled its
 * members before they had numbers, and for the member cards.
 */
@Singleton
public class MemberNumbers {
    private final Reads reads;
    private final Members members;

    public MemberNumbers(Database database, Members members) {
        this.reads = database.reads();
        this.members = members;
    }

    /** A numbered member: the running number and the written form ({@code 0042-7}) that cards and receipts show. */
    public record Numbered(UUID memberId, long number, String written, String name) {
    }

    /**
     * The numbered members of the org who have not left by {@code day}, lowest number first: the
     * cards to print (a member who moved away, died, left or was merged needs none).
     */
    public List<Numbered> cards(long orgId, LocalDate day) {
        Set<UUID> left = members.all(orgId).stream().filter(m -> Membership.leftBy(m.leftOn(), day))
                .map(Members.Member::id).collect(Collectors.toSet());
        return of(orgId).stream().filter(n -> !left.contains(n.memberId())).toList();
    }

    /** Every numbered member of the org, lowest number first (members inserted without one are left out). */
    public List<Numbered> of(long orgId) {
        return reads.list("SELECT id, number, name FROM member WHERE org_id = ? AND number IS NOT NULL ORDER BY number",
                rs -> new Numbered(Jdbc.uuid(rs.getBytes(1)), rs.getLong(2), MemberNumber.format(rs.getLong(2)),
                        rs.getString(3)), orgId);
    }
}
