package th.wastebank.server.member;

import java.util.List;
import java.util.UUID;

import jakarta.inject.Singleton;

import th.wastebank.member.MemberNumber;
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

    public MemberNumbers(Database database) {
        this.reads = database.reads();
    }

    /** A numbered member: the running number and the written form ({@code 0042-7}) that cards and receipts show. */
    public record Numbered(UUID memberId, long number, String written, String name) {
    }

    /** Every numbered member of the org, lowest number first (members inserted without one are left out). */
    public List<Numbered> of(long orgId) {
        return reads.list("SELECT id, number, name FROM member WHERE org_id = ? AND number IS NOT NULL ORDER BY number",
                rs -> new Numbered(Jdbc.uuid(rs.getBytes(1)), rs.getLong(2), MemberNumber.format(rs.getLong(2)),
                        rs.getString(3)), orgId);
    }
}
