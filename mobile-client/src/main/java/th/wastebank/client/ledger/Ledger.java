package th.wastebank.client.ledger;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import th.wastebank.client.store.ClientStore;
import th.wastebank.client.store.SyncState;
import th.wastebank.deposit.DepositLine;
import th.wastebank.ledger.Account;
import th.wastebank.ledger.EntryKind;
import th.wastebank.statement.BankBooks;
import th.wastebank.validation.Dates;

/**
 * The phone's copy of the ledger: entries are only inserted, a balance is a sum, exactly as on the
 * server. Balances include entries not yet sent, because that money was really handed over.
 */
public final class Ledger {
    private final ClientStore store;

    public Ledger(ClientStore store) {
        this.store = store;
    }

    /** Deposits and withdrawals of one day, for the home screen. */
    public record DayTotals(int deposits, long depositGrams, long depositSatang, int withdrawals, long withdrawalSatang) {
    }

    public long balance(UUID memberId) {
        return store.read(c -> balance(c, memberId));
    }

    /** The number a receipt for this entry prints ({@link ReceiptNumbers}). */
    public String receiptNumber(UUID entryId) {
        return store.read(c -> ReceiptNumbers.of(c, entryId));
    }

    /**
     * The member's balance right after {@code entryId} in ledger order (time, then id): the
     * "balance after" a receipt prints, also when it is opened again later.
     *
     * @throws IllegalArgumentException when there is no such entry on this phone
     */
    public long balanceAfter(UUID entryId) {
        return store.read(c -> {
            LedgerEntry e = find(c, entryId).orElseThrow(() -> new IllegalArgumentException("no entry " + entryId));
            try (PreparedStatement ps = c.prepareStatement("SELECT COALESCE(SUM(amount), 0) FROM entry"
                    + " WHERE member_id = ? AND account = ? AND (occurred_at < ? OR (occurred_at = ? AND id <= ?))")) {
                ps.setString(1, e.memberId().toString());
                ps.setInt(2, e.account().code());
                ps.setLong(3, e.occurredAt().toEpochMilli());
                ps.setLong(4, e.occurredAt().toEpochMilli());
                ps.setString(5, e.id().toString());
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    return rs.getLong(1);
                }
            }
        });
    }

    /** A member's entries, oldest first. */
    public List<LedgerEntry> entriesOf(UUID memberId) {
        return store.read(c -> {
            try (PreparedStatement ps = c.prepareStatement(SELECT + " WHERE e.member_id = ? AND e.account = ?"
                    + " ORDER BY e.occurred_at, e.id")) {
                ps.setString(1, memberId.toString());
                ps.setInt(2, Account.MEMBER_SAVINGS.code());
                return list(ps);
            }
        });
    }

    /**
     * The welfare fund's entries that name this member: payouts the member received (and their
     * reversals). They are the fund's money, never part of the member's savings balance.
     */
    public List<LedgerEntry> fundEntriesOf(UUID memberId) {
        return store.read(c -> {
            try (PreparedStatement ps = c.prepareStatement(SELECT + " WHERE e.member_id = ? AND e.account = ?"
                    + " ORDER BY e.occurred_at, e.id")) {
                ps.setString(1, memberId.toString());
                ps.setInt(2, Account.WELFARE_FUND.code());
                return list(ps);
            }
        });
    }

    /** Every welfare fund entry, newest first. */
    public static List<LedgerEntry> fundEntries(Connection c) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(SELECT + " WHERE e.account = ? ORDER BY e.occurred_at DESC, e.id DESC")) {
            ps.setInt(1, Account.WELFARE_FUND.code());
            return list(ps);
        }
    }

    /** The welfare fund's balance: the sum of its entries on this phone, sent or not. */
    public static long fundBalance(Connection c) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT COALESCE(SUM(amount), 0) FROM entry WHERE account = ?")) {
            ps.setInt(1, Account.WELFARE_FUND.code());
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    /**
     * What a member deposited from {@code from} (inclusive) to {@code until} (exclusive), reversed
     * deposits left out: the figure the server's eligibility check uses.
     */
    public static long depositsBetween(Connection c, UUID memberId, Instant from, Instant until) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT COALESCE(SUM(e.amount), 0) FROM entry e"
                + " WHERE e.member_id = ? AND e.account = ? AND e.kind = ? AND e.occurred_at >= ? AND e.occurred_at < ?"
                + " AND NOT EXISTS (SELECT 1 FROM entry r WHERE r.reverses_id = e.id)")) {
            ps.setString(1, memberId.toString());
            ps.setInt(2, Account.MEMBER_SAVINGS.code());
            ps.setInt(3, EntryKind.DEPOSIT.code());
            ps.setLong(4, from.toEpochMilli());
            ps.setLong(5, until.toEpochMilli());
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    /**
     * Every entry as the bank's statement and year totals read them ({@link BankBooks}): account, kind,
     * member, amount, grams, the Thai day, and whether a reversal undid it.
     */
    public static List<BankBooks.Entry> books(Connection c) throws SQLException {
        List<BankBooks.Entry> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT e.account, e.kind, e.member_id, e.amount, e.grams,"
                + " e.occurred_at, r.id IS NOT NULL FROM entry e LEFT JOIN entry r ON r.reverses_id = e.id");
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                String member = rs.getString(3);
                out.add(new BankBooks.Entry(rs.getInt(1), rs.getInt(2), member == null ? null : UUID.fromString(member),
                        rs.getLong(4), rs.getLong(5), Instant.ofEpochMilli(rs.getLong(6)).atZone(Dates.THAI).toLocalDate(),
                        rs.getBoolean(7)));
            }
        }
        return out;
    }

    /** Every member's savings balance, in one pass over the ledger. */
    public static Map<UUID, Long> balances(Connection c) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT member_id, SUM(amount) FROM entry"
                + " WHERE account = ? AND member_id IS NOT NULL GROUP BY member_id")) {
            ps.setInt(1, Account.MEMBER_SAVINGS.code());
            return byMember(ps);
        }
    }

    /** What each member deposited from {@code from} (inclusive) to {@code until} (exclusive), reversed deposits left out. */
    public static Map<UUID, Long> depositsByMember(Connection c, Instant from, Instant until) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT e.member_id, SUM(e.amount) FROM entry e"
                + " WHERE e.account = ? AND e.kind = ? AND e.occurred_at >= ? AND e.occurred_at < ?"
                + " AND NOT EXISTS (SELECT 1 FROM entry r WHERE r.reverses_id = e.id) GROUP BY e.member_id")) {
            ps.setInt(1, Account.MEMBER_SAVINGS.code());
            ps.setInt(2, EntryKind.DEPOSIT.code());
            ps.setLong(3, from.toEpochMilli());
            ps.setLong(4, until.toEpochMilli());
            return byMember(ps);
        }
    }

    private static Map<UUID, Long> byMember(PreparedStatement ps) throws SQLException {
        Map<UUID, Long> out = new HashMap<>();
        try (ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                out.put(UUID.fromString(rs.getString(1)), rs.getLong(2));
            }
        }
        return out;
    }

    public Optional<LedgerEntry> entry(UUID id) {
        return store.read(c -> find(c, id));
    }

    public List<DepositLine> linesOf(UUID entryId) {
        return store.read(c -> lines(c, entryId));
    }

    public DayTotals totalsOn(LocalDate day) {
        long from = day.atStartOfDay(Dates.THAI).toInstant().toEpochMilli();
        long to = day.plusDays(1).atStartOfDay(Dates.THAI).toInstant().toEpochMilli();
        return store.read(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT"
                    + " SUM(CASE WHEN kind = ? THEN 1 ELSE 0 END), SUM(CASE WHEN kind = ? THEN grams ELSE 0 END),"
                    + " SUM(CASE WHEN kind = ? THEN amount ELSE 0 END), SUM(CASE WHEN kind = ? THEN 1 ELSE 0 END),"
                    + " SUM(CASE WHEN kind = ? THEN -amount ELSE 0 END)"
                    + " FROM entry WHERE occurred_at >= ? AND occurred_at < ? AND account = ?")) {
                ps.setInt(1, EntryKind.DEPOSIT.code());
                ps.setInt(2, EntryKind.DEPOSIT.code());
                ps.setInt(3, EntryKind.DEPOSIT.code());
                ps.setInt(4, EntryKind.WITHDRAWAL.code());
                ps.setInt(5, EntryKind.WITHDRAWAL.code());
                ps.setLong(6, from);
                ps.setLong(7, to);
                ps.setInt(8, Account.MEMBER_SAVINGS.code());
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    return new DayTotals(rs.getInt(1), rs.getLong(2), rs.getLong(3), rs.getInt(4), rs.getLong(5));
                }
            }
        });
    }

    public static long balance(Connection c, UUID memberId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT COALESCE(SUM(amount), 0) FROM entry WHERE member_id = ? AND account = ?")) {
            ps.setString(1, memberId.toString());
            ps.setInt(2, Account.MEMBER_SAVINGS.code());
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    /** Inserts an entry (and a deposit's lines) unless one with this id exists; true when inserted. */
    public static boolean insert(Connection c, LedgerEntry e, List<DepositLine> lines) throws SQLException {
        try (Writer w = new Writer(c)) {
            return w.insert(e, lines);
        }
    }

    /**
     * Inserts many entries in one transaction with statements prepared once (a pulled page holds
     * thousands).
     */
    public static final class Writer implements AutoCloseable {
        private final PreparedStatement entry;
        private final PreparedStatement line;

        public Writer(Connection c) throws SQLException {
            this.entry = c.prepareStatement("INSERT OR IGNORE INTO entry (id, member_id, account, kind, amount,"
                    + " grams, occurred_at, reverses_id, note, sync_state) VALUES (?,?,?,?,?,?,?,?,?,?)");
            this.line = c.prepareStatement("INSERT INTO deposit_line (entry_id, line_no, material_code,"
                    + " grams, price_per_kg, amount) VALUES (?,?,?,?,?,?)");
        }

        /** True when inserted, false when an entry with this id was already there. */
        public boolean insert(LedgerEntry e, List<DepositLine> lines) throws SQLException {
            entry.setString(1, e.id().toString());
            entry.setString(2, e.memberId() == null ? null : e.memberId().toString());
            entry.setInt(3, e.account().code());
            entry.setInt(4, e.kind().code());
            entry.setLong(5, e.amount());
            entry.setLong(6, e.grams());
            entry.setLong(7, e.occurredAt().toEpochMilli());
            entry.setString(8, e.reversesId() == null ? null : e.reversesId().toString());
            entry.setString(9, e.note());
            entry.setString(10, e.syncState().name());
            boolean inserted = entry.executeUpdate() == 1;
            if (inserted && lines != null) {
                for (int i = 0; i < lines.size(); i++) {
                    DepositLine l = lines.get(i);
                    line.setString(1, e.id().toString());
                    line.setInt(2, i);
                    line.setString(3, l.materialCode());
                    line.setLong(4, l.grams());
                    line.setLong(5, l.pricePerKg());
                    line.setLong(6, l.amount());
                    line.executeUpdate();
                }
            }
            return inserted;
        }

        @Override
        public void close() throws SQLException {
            entry.close();
            line.close();
        }
    }

    /**
     * Inserts the two postings of savings moved between two members (ADR 0019), each naming the
     * other member; false when they were already there.
     */
    public static boolean insertBetween(Connection c, List<LedgerEntry> pair) throws SQLException {
        boolean inserted = false;
        for (int i = 0; i < pair.size(); i++) {
            if (insert(c, pair.get(i), null)) {
                inserted = true;
                try (PreparedStatement ps = c.prepareStatement("UPDATE entry SET counterpart_id = ? WHERE id = ?")) {
                    ps.setString(1, pair.get(1 - i).memberId().toString());
                    ps.setString(2, pair.get(i).id().toString());
                    ps.executeUpdate();
                }
            }
        }
        return inserted;
    }

    /** The other member a posting between two members names, if it is one. */
    public Optional<UUID> counterpartOf(UUID entryId) {
        return store.read(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT counterpart_id FROM entry WHERE id = ?")) {
                ps.setString(1, entryId.toString());
                try (ResultSet rs = ps.executeQuery()) {
                    String id = rs.next() ? rs.getString(1) : null;
                    return Optional.ofNullable(id).map(UUID::fromString);
                }
            }
        });
    }

    public static Optional<LedgerEntry> find(Connection c, UUID id) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(SELECT + " WHERE e.id = ?")) {
            ps.setString(1, id.toString());
            List<LedgerEntry> found = list(ps);
            return found.isEmpty() ? Optional.empty() : Optional.of(found.get(0));
        }
    }

    public static List<DepositLine> lines(Connection c, UUID entryId) throws SQLException {
        List<DepositLine> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT material_code, grams, price_per_kg, amount"
                + " FROM deposit_line WHERE entry_id = ? ORDER BY line_no")) {
            ps.setString(1, entryId.toString());
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(new DepositLine(rs.getString(1), rs.getLong(2), rs.getLong(3), rs.getLong(4)));
                }
            }
        }
        return out;
    }

    private static final String SELECT = "SELECT e.id, e.member_id, e.account, e.kind, e.amount, e.grams, e.occurred_at,"
            + " e.reverses_id, e.note, e.sync_state, (SELECT 1 FROM entry r WHERE r.reverses_id = e.id) FROM entry e";

    private static List<LedgerEntry> list(PreparedStatement ps) throws SQLException {
        List<LedgerEntry> out = new ArrayList<>();
        try (ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                String member = rs.getString(2);
                String reverses = rs.getString(8);
                out.add(new LedgerEntry(UUID.fromString(rs.getString(1)), member == null ? null : UUID.fromString(member),
                        Account.ofCode(rs.getInt(3)).orElseThrow(), EntryKind.ofCode(rs.getInt(4)).orElseThrow(),
                        rs.getLong(5), rs.getLong(6), Instant.ofEpochMilli(rs.getLong(7)),
                        reverses == null ? null : UUID.fromString(reverses), rs.getString(9),
                        SyncState.valueOf(rs.getString(10)), rs.getObject(11) != null));
            }
        }
        return out;
    }
}
