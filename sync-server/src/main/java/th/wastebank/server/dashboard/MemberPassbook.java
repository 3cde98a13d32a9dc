package th.wastebank.server.dashboard;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import javax.sql.DataSource;

import jakarta.inject.Singleton;

import th.wastebank.deposit.ReceiptNumber;
import th.wastebank.ledger.Account;
import th.wastebank.ledger.EntryKind;
import th.wastebank.server.db.Database;
import th.wastebank.server.db.Jdbc;

/**
 * One member's savings as an officer checks them from the review queue: every entry with the
 * balance after it, oldest first, as on the member's passbook. Only the newest {@link #SHOWN} rows
 * are returned (the balance still counts every entry).
 */
@Singleton
public class MemberPassbook {
    /** The most rows one page shows. */
    public static final int SHOWN = 500;
    private final DataSource dataSource;

    public MemberPassbook(Database database) {
        this.dataSource = database.pool();
    }

    public record Member(UUID id, String name, String village) {
    }

    /**
     * {@code receiptNo}: a deposit's or withdrawal's receipt number (its id's old number when it has
     * none), else null.
     */
    public record Line(Instant at, EntryKind kind, long amount, long grams, long balance, boolean reversal,
                       String receiptNo) {
    }

    public record Passbook(Member member, List<Line> lines, long balance, int hidden) {
    }

    /** The member's passbook, if the member belongs to the org. */
    public Optional<Passbook> of(long orgId, UUID memberId) {
        try (Connection c = dataSource.getConnection()) {
            Member member;
            try (PreparedStatement ps = c.prepareStatement(
                    "SELECT name, village FROM member WHERE id = ? AND org_id = ?")) {
                ps.setBytes(1, Jdbc.bytes(memberId));
                ps.setLong(2, orgId);
                try (ResultSet rs = ps.executeQuery()) {
                    if (!rs.next()) {
                        return Optional.empty();
                    }
                    member = new Member(memberId, rs.getString(1), rs.getString(2));
                }
            }
            List<Line> lines = new ArrayList<>();
            long balance = 0;
            try (PreparedStatement ps = c.prepareStatement("SELECT occurred_at, kind, amount, grams, reverses_id,"
                    + " id, receipt_no FROM ledger_entry WHERE org_id = ? AND account = ? AND member_id = ?"
                    + " ORDER BY occurred_at, op_seq")) {
                ps.setLong(1, orgId);
                ps.setInt(2, Account.MEMBER_SAVINGS.code());
                ps.setBytes(3, Jdbc.bytes(memberId));
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        balance += rs.getLong(3);
                        EntryKind kind = EntryKind.ofCode(rs.getInt(2)).orElse(EntryKind.FEE);
                        String receiptNo = kind.numbered() ? ReceiptNumber.shown(rs.getString(7), Jdbc.uuid(rs.getBytes(6)))
                                : null;
                        lines.add(new Line(Jdbc.instant(rs, 1), kind, rs.getLong(3), rs.getLong(4), balance,
                                rs.getBytes(5) != null, receiptNo));
                    }
                }
            }
            int hidden = Math.max(0, lines.size() - SHOWN);
            return Optional.of(new Passbook(member, List.copyOf(lines.subList(hidden, lines.size())), balance, hidden));
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
