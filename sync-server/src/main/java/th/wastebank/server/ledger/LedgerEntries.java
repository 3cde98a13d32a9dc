package th.wastebank.server.ledger;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import th.wastebank.ledger.Account;
import th.wastebank.ledger.EntryKind;
import th.wastebank.server.db.Jdbc;
import th.wastebank.server.db.Reads;
import th.wastebank.statement.BankBooks;
import th.wastebank.validation.Dates;

/**
 * Reads of single entries and of an account's sums, on a connection the caller holds: for the review
 * queue's sentences, the welfare fund's figures and the push path's reversals. The {@code ledger_entry}
 * table is read in this package only.
 */
public final class LedgerEntries {
    private LedgerEntries() {
    }

    /** An entry as a sentence about it needs it. */
    public record Entry(EntryKind kind, long amount, Instant at, UUID memberId) {
    }

    /** An account's entries of one kind: their sum and how many. */
    public record KindTotal(int kindCode, long amount, long entries) {
    }

    /** The org's entry, if any. */
    public static Optional<Entry> find(Connection c, long orgId, UUID entryId) throws SQLException {
        return Reads.one(c, "SELECT kind, amount, occurred_at, member_id FROM ledger_entry WHERE id = ? AND org_id = ?",
                rs -> new Entry(EntryKind.ofCode(rs.getInt(1)).orElse(EntryKind.WITHDRAWAL), rs.getLong(2),
                        Jdbc.instant(rs, 3), Jdbc.uuid(rs.getBytes(4))), entryId, orgId);
    }

    /** Those of {@code ids} that a reversal entry reverses (along the unique reverses index). */
    public static Set<UUID> reversed(Connection c, Collection<UUID> ids) throws SQLException {
        Set<UUID> out = new HashSet<>();
        if (ids.isEmpty()) {
            return out;
        }
        Reads.list(c, "SELECT reverses_id FROM ledger_entry WHERE reverses_id IN (" + Jdbc.placeholders(ids.size()) + ")",
                rs -> out.add(Jdbc.uuid(rs.getBytes(1))), ids.toArray());
        return out;
    }

    /** The org's account by entry kind. */
    public static List<KindTotal> byKind(Connection c, long orgId, Account account) throws SQLException {
        return Reads.list(c, "SELECT kind, SUM(amount), COUNT(*) FROM ledger_entry WHERE org_id = ? AND account = ?"
                + " GROUP BY kind", rs -> new KindTotal(rs.getInt(1), rs.getLong(2), rs.getLong(3)), orgId, account.code());
    }

    /** The org's account's balance from the entries that occurred before {@code until}. */
    public static long balanceBefore(Connection c, long orgId, Account account, Instant until) throws SQLException {
        return Reads.query(c, "SELECT COALESCE(SUM(amount), 0) FROM ledger_entry WHERE org_id = ? AND account = ?"
                + " AND occurred_at < ?", Reads::count, orgId, account.code(), until);
    }

    /** Every entry of the org, on the Thai day it occurred, for its statement and year totals. */
    public static List<BankBooks.Entry> books(Connection c, long orgId) throws SQLException {
        return Reads.list(c, "SELECT e.account, e.kind, e.member_id, e.amount, e.grams, e.occurred_at,"
                + " r.id IS NOT NULL FROM ledger_entry e LEFT JOIN ledger_entry r ON r.reverses_id = e.id"
                + " WHERE e.org_id = ?", rs -> {
                    byte[] member = rs.getBytes(3);
                    return new BankBooks.Entry(rs.getInt(1), rs.getInt(2), member == null ? null : Jdbc.uuid(member),
                            rs.getLong(4), rs.getLong(5), Jdbc.instant(rs, 6).atZone(Dates.THAI).toLocalDate(),
                            rs.getBoolean(7));
                }, orgId);
    }
}
