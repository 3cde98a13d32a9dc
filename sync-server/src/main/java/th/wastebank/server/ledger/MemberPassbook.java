package th.wastebank.server.ledger;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import jakarta.inject.Singleton;

import th.wastebank.deposit.ReceiptNumber;
import th.wastebank.ledger.Account;
import th.wastebank.ledger.EntryKind;
import th.wastebank.server.db.Database;
import th.wastebank.server.db.Jdbc;
import th.wastebank.server.db.Reads;
import th.wastebank.server.member.Members;
import th.wastebank.transfer.TransferPostings;

/**
 * One member's savings as an officer checks them from the review queue: every entry with the
 * balance after it, oldest first, as on the member's passbook. Only the newest {@link #SHOWN} rows
 * are returned (the balance still counts every entry).
 */
@Singleton
public class MemberPassbook {
    /** The most rows one page shows. */
    public static final int SHOWN = 500;
    private final Reads reads;
    private final Members members;

    public MemberPassbook(Database database, Members members) {
        this.reads = database.reads();
        this.members = members;
    }

    /**
     * {@code receiptNo}: a deposit's or withdrawal's receipt number (its id's old number when it has
     * none), else null. {@code counterpart}: for savings moved between two members (ADR 0019), the
     * other member (from whom when {@code amount} is a credit, else to whom), else null.
     */
    public record Line(Instant at, EntryKind kind, long amount, long grams, long balance, boolean reversal,
                       String receiptNo, Members.Member counterpart, boolean incoming) {
    }

    public record Passbook(Members.Member member, List<Line> lines, long balance, int hidden) {
    }

    /** The member's passbook, if the member belongs to the org. */
    public Optional<Passbook> of(long orgId, UUID memberId) {
        return members.find(orgId, memberId).map(member -> reads.with(c -> {
            List<Line> lines = new ArrayList<>();
            Map<UUID, Members.Member> named = new HashMap<>();
            long balance = 0;
            try (PreparedStatement ps = c.prepareStatement("SELECT occurred_at, kind, amount, grams, reverses_id,"
                    + " id, receipt_no, counterpart_id FROM ledger_entry WHERE org_id = ? AND account = ?"
                    + " AND member_id = ? ORDER BY occurred_at, op_seq")) {
                Reads.bind(ps, orgId, Account.MEMBER_SAVINGS.code(), memberId);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        balance += rs.getLong(3);
                        UUID id = Jdbc.uuid(rs.getBytes(6));
                        EntryKind kind = EntryKind.ofCode(rs.getInt(2)).orElse(EntryKind.FEE);
                        String receiptNo = kind.numbered() ? ReceiptNumber.shown(rs.getString(7), id) : null;
                        UUID counterpart = Jdbc.uuid(rs.getBytes(8));
                        Members.Member other = counterpart == null ? null : named.get(counterpart);
                        if (counterpart != null && other == null) {
                            other = Members.find(c, orgId, counterpart)
                                    .orElse(new Members.Member(counterpart, "?", null, "", null));
                            named.put(counterpart, other);
                        }
                        lines.add(new Line(Jdbc.instant(rs, 1), kind, rs.getLong(3), rs.getLong(4), balance,
                                rs.getBytes(5) != null, receiptNo, other,
                                rs.getLong(3) > 0 || rs.getLong(3) == 0 && !isDebit(c, id)));
                    }
                }
            }
            int hidden = Math.max(0, lines.size() - SHOWN);
            return new Passbook(member, List.copyOf(lines.subList(hidden, lines.size())), balance, hidden);
        }));
    }

    /** A posting between two members is the giving side when the receiving side is stored under its derived id. */
    private static boolean isDebit(Connection c, UUID id) throws SQLException {
        return Reads.one(c, "SELECT 1 FROM ledger_entry WHERE id = ?", rs -> 1, TransferPostings.creditId(id)).isPresent();
    }
}
