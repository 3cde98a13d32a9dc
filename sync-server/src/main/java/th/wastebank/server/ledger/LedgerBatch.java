package th.wastebank.server.ledger;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import th.wastebank.deposit.DepositLine;
import th.wastebank.deposit.DepositRecord;
import th.wastebank.json.PayloadReader;
import th.wastebank.ledger.Account;
import th.wastebank.ledger.EntryKind;
import th.wastebank.ledger.Posting;
import th.wastebank.server.db.Jdbc;
import th.wastebank.server.member.MemberBatch;
import th.wastebank.server.review.ReviewFlags;
import th.wastebank.server.sync.Batch;
import th.wastebank.server.sync.BatchState;
import th.wastebank.server.sync.WriteOrder;

/**
 * The ledger as one push sees it: the entries its ops refer to, which of them are reversed, the
 * savings balances of the members it pays out to, and the entries it appends. Entries are only
 * ever inserted; a balance is the sum of a member's savings entries.
 */
public final class LedgerBatch implements BatchState {
    /** One ledger entry; {@code amount} is signed (credit > 0), {@code grams} likewise. */
    public record Entry(UUID id, long orgId, Account account, UUID memberId, EntryKind kind, long amount, long grams,
                        Instant occurredAt, long opSeq) {
    }

    private final Set<UUID> wantedEntries = new HashSet<>();
    private final Set<UUID> wantedReversalTargets = new HashSet<>();
    private final Set<UUID> wantedBalances = new HashSet<>();
    private final Set<String> wantedReceiptNos = new HashSet<>();
    private final Map<String, UUID> receiptHolders = new HashMap<>();
    private final Map<UUID, Entry> entries = new HashMap<>();
    private final Set<UUID> reversed = new HashSet<>();
    private final Map<UUID, Long> storedBalances = new HashMap<>();
    private final Map<UUID, Long> pendingBalances = new HashMap<>();
    private final Map<UUID, List<DepositLine>> depositLines = new HashMap<>();
    private final List<Object[]> rows = new ArrayList<>();
    private final List<Entry> appended = new ArrayList<>();
    private boolean fundWanted;
    private Long storedFund;
    private long pendingFund;

    private final boolean checkNewIds;

    private LedgerBatch(boolean checkNewIds) {
        this.checkNewIds = checkNewIds;
    }

    public static LedgerBatch of(Batch batch) {
        return batch.state(LedgerBatch.class, () -> new LedgerBatch(batch.checkNewIds()));
    }

    /**
     * The op will create an entry with this id. It is looked up only when the batch checks new ids;
     * otherwise a clash with a stored entry surfaces as an EntityIdClash when the push is written.
     */
    public void wantEntryId(UUID id) {
        if (checkNewIds) {
            wantedEntries.add(id);
        }
    }

    public void wantReversalTarget(UUID id) {
        wantedEntries.add(id);
        wantedReversalTargets.add(id);
    }

    /**
     * The op will store an entry under this receipt number (none when null): which entry already
     * has it is read in bulk.
     */
    public void wantReceiptNo(String receiptNo) {
        if (receiptNo != null) {
            wantedReceiptNos.add(receiptNo);
        }
    }

    /**
     * The deposit of the org that holds {@code receiptNo} (stored, or appended earlier in this push),
     * or null. Always looked up, not only when new ids are checked: the unique index on the number
     * must never be what refuses a push.
     */
    public UUID receiptHolder(String receiptNo) {
        return receiptHolders.get(receiptNo);
    }

    public void wantBalance(UUID memberId) {
        wantedBalances.add(memberId);
    }

    /** The op will need the balance of the org's welfare fund. */
    public void wantFundBalance() {
        fundWanted = true;
    }

    /** The entry with this id in any org, or null. */
    public Entry find(UUID id) {
        return entries.get(id);
    }

    /** True when an entry already holds one of these postings' ids (in any org). */
    public boolean anyFound(List<Posting> postings) {
        return postings.stream().anyMatch(p -> entries.containsKey(p.id()));
    }

    /**
     * Appends the postings of one run (a levy, a dividend) as the org's entries, all on {@code at};
     * a member's posting on a record already merged (a run made offline before the merge arrived)
     * is applied and flagged like a late deposit.
     */
    public void appendAll(Batch batch, List<Posting> postings, Instant at, long seq) {
        for (Posting p : postings) {
            Entry e = new Entry(p.id(), batch.orgId(), p.account(), p.memberId(), p.kind(), p.amount(), 0, at, seq);
            append(e, null, null);
            flagIfMerged(batch, e);
        }
    }

    /**
     * Appends the two postings of savings moved between two members (ADR 0019), each naming the
     * other member as its counterpart; money moved to or from a member already merged is flagged.
     */
    public void appendBetween(Batch batch, List<Posting> pair, Instant at, long seq) {
        for (int i = 0; i < 2; i++) {
            Posting p = pair.get(i);
            Entry e = new Entry(p.id(), batch.orgId(), p.account(), p.memberId(), p.kind(), p.amount(), 0, at, seq);
            append(e, null, null, null, pair.get(1 - i).memberId());
            if (p.kind() != EntryKind.MEMBER_MERGE) {
                flagIfMerged(batch, e);
            }
        }
    }

    /**
     * Money recorded for a member already merged into another (a deposit, levy or dividend made
     * offline on another phone): applied as it was made, and MERGED_MEMBER_ACTIVITY asks the
     * committee to merge the remaining balance again (ADR 0019).
     */
    private static void flagIfMerged(Batch batch, Entry e) {
        MemberBatch.Member m = e.memberId() == null ? null : MemberBatch.of(batch).find(e.memberId());
        if (m != null && m.mergedOn() != null) {
            ReviewFlags.of(batch).raise(batch, ReviewFlags.MERGED_MEMBER_ACTIVITY, e.memberId(), e.opSeq(),
                    Map.of("entryId", e.id().toString(), "memberId", e.memberId().toString(), "amount", e.amount(),
                            "mergedOn", m.mergedOn().toString()));
        }
    }

    public boolean isReversed(UUID id) {
        return reversed.contains(id);
    }

    /**
     * The member's savings balance as of this point of the push: the stored sum (loaded in bulk
     * when asked for in advance, else now) plus what this push has appended.
     */
    public long balance(Batch batch, UUID memberId) throws SQLException {
        if (!storedBalances.containsKey(memberId)) {
            loadBalances(batch, Set.of(memberId));
        }
        return storedBalances.get(memberId) + pendingBalances.getOrDefault(memberId, 0L);
    }

    /** The org's welfare fund balance as of this point of the push. */
    public long fundBalance(Batch batch) throws SQLException {
        if (storedFund == null) {
            loadFund(batch);
        }
        return storedFund + pendingFund;
    }

    /**
     * What a member deposited from {@code from} (inclusive) to {@code until} (exclusive), leaving
     * out deposits that were reversed: stored entries plus those this push has appended.
     */
    public long depositsBetween(Batch batch, UUID memberId, Instant from, Instant until) throws SQLException {
        return depositsBetween(batch, memberId, from, until, appendedDeposits(from, until)).getOrDefault(memberId, 0L);
    }

    /** {@link #depositsBetween} of every member of the org who deposited in the period, in one query. */
    public Map<UUID, Long> depositsByMemberBetween(Batch batch, Instant from, Instant until) throws SQLException {
        return depositsBetween(batch, null, from, until, appendedDeposits(from, until));
    }

    /** Adds to {@code sums} the stored deposits of one member (all when null) in the period, by member. */
    private static Map<UUID, Long> depositsBetween(Batch batch, UUID memberId, Instant from, Instant until,
                                                   Map<UUID, Long> sums) throws SQLException {
        try (PreparedStatement ps = batch.connection().prepareStatement("SELECT e.member_id, SUM(e.amount)"
                + " FROM ledger_entry e WHERE e.org_id = ? AND e.account = ? AND e.kind = ?"
                + (memberId == null ? "" : " AND e.member_id = ?") + " AND e.occurred_at >= ? AND e.occurred_at < ?"
                + " AND NOT EXISTS (SELECT 1 FROM ledger_entry r WHERE r.reverses_id = e.id) GROUP BY e.member_id")) {
            int i = 1;
            ps.setLong(i++, batch.orgId());
            ps.setInt(i++, Account.MEMBER_SAVINGS.code());
            ps.setInt(i++, EntryKind.DEPOSIT.code());
            if (memberId != null) {
                ps.setBytes(i++, Jdbc.bytes(memberId));
            }
            ps.setObject(i++, Jdbc.utc(from));
            ps.setObject(i, Jdbc.utc(until));
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    sums.merge(Jdbc.uuid(rs.getBytes(1)), rs.getLong(2), Long::sum);
                }
            }
        }
        return sums;
    }

    /** The deposits this push has appended in the period and not reversed, by member. */
    private Map<UUID, Long> appendedDeposits(Instant from, Instant until) {
        Map<UUID, Long> sums = new HashMap<>();
        for (Entry e : appended) {
            if (e.kind() == EntryKind.DEPOSIT && e.memberId() != null && !e.occurredAt().isBefore(from)
                    && e.occurredAt().isBefore(until) && !reversed.contains(e.id())) {
                sums.merge(e.memberId(), e.amount(), Long::sum);
            }
        }
        return sums;
    }

    /** The lines of a deposit entry (from this push or from the op log). */
    public List<DepositLine> linesOf(UUID depositEntryId) {
        return depositLines.getOrDefault(depositEntryId, List.of());
    }

    /** Appends an entry (with the deposit's lines, for a deposit). */
    public void append(Entry e, UUID reversesId, List<DepositLine> lines) {
        append(e, reversesId, lines, null, null);
    }

    /**
     * Appends a member's deposit or withdrawal under the receipt number the phone gave it (null for
     * none; {@link #wantReceiptNo} was called for it). A number another entry of the bank already has
     * (two phones given one code, a restored phone counting again) must not cost the member the
     * entry: it is appended without the number, so the unique index keeps meaning "this number is
     * that entry", and RECEIPT_NO_DUPLICATE asks an officer to look (the op log keeps the number as
     * the phone gave it).
     */
    public void appendNumbered(Batch batch, Entry e, List<DepositLine> lines, String receiptNo) {
        UUID holder = receiptNo == null ? null : receiptHolder(receiptNo);
        append(e, null, lines, holder == null ? receiptNo : null, null);
        flagIfMerged(batch, e);
        if (holder != null) {
            ReviewFlags.of(batch).raise(batch, ReviewFlags.RECEIPT_NO_DUPLICATE, e.id(), e.opSeq(),
                    Map.of("entryId", e.id().toString(), "memberId", e.memberId().toString(),
                            "receiptNo", receiptNo, "holderEntryId", holder.toString()));
        }
    }

    private void append(Entry e, UUID reversesId, List<DepositLine> lines, String receiptNo, UUID counterpartId) {
        rows.add(new Object[] {Jdbc.bytes(e.id()), e.orgId(), e.account().code(), Jdbc.bytes(e.memberId()),
                e.kind().code(), e.amount(), e.grams(), Jdbc.utc(e.occurredAt()), e.opSeq(), Jdbc.bytes(reversesId),
                receiptNo, Jdbc.bytes(counterpartId)});
        if (receiptNo != null) {
            receiptHolders.put(receiptNo, e.id());
        }
        entries.put(e.id(), e);
        appended.add(e);
        if (e.account() == Account.WELFARE_FUND) {
            pendingFund += e.amount();
        }
        if (reversesId != null) {
            reversed.add(reversesId);
        }
        if (lines != null) {
            depositLines.put(e.id(), lines);
        }
        if (e.account() == Account.MEMBER_SAVINGS && e.memberId() != null) {
            pendingBalances.merge(e.memberId(), e.amount(), Long::sum);
        }
    }

    @Override
    public WriteOrder order() {
        return WriteOrder.LEDGER;
    }

    @Override
    public void load(Batch batch) throws SQLException {
        if (!wantedEntries.isEmpty()) {
            loadEntries(batch);
        }
        List<UUID> targets = wantedReversalTargets.stream().filter(entries::containsKey).toList();
        if (!targets.isEmpty()) {
            loadReversed(batch, targets);
            for (UUID t : targets) {
                Entry e = entries.get(t);
                if (e.orgId() == batch.orgId() && e.account() == Account.MEMBER_SAVINGS && e.memberId() != null) {
                    wantedBalances.add(e.memberId());
                }
            }
            loadDepositLines(batch, targets);
        }
        if (!wantedBalances.isEmpty()) {
            loadBalances(batch, wantedBalances);
        }
        if (fundWanted) {
            loadFund(batch);
        }
        if (!wantedReceiptNos.isEmpty()) {
            loadReceiptHolders(batch);
        }
    }

    private void loadReceiptHolders(Batch batch) throws SQLException {
        try (PreparedStatement ps = batch.connection().prepareStatement("SELECT receipt_no, id FROM ledger_entry"
                + " WHERE org_id = ? AND receipt_no IN (" + Jdbc.placeholders(wantedReceiptNos.size()) + ")")) {
            ps.setLong(1, batch.orgId());
            int i = 2;
            for (String no : wantedReceiptNos) {
                ps.setString(i++, no);
            }
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    receiptHolders.put(rs.getString(1), Jdbc.uuid(rs.getBytes(2)));
                }
            }
        }
    }

    private void loadFund(Batch batch) throws SQLException {
        try (PreparedStatement ps = batch.connection().prepareStatement("SELECT COALESCE(SUM(amount), 0) FROM ledger_entry"
                + " WHERE org_id = ? AND account = ?")) {
            ps.setLong(1, batch.orgId());
            ps.setInt(2, Account.WELFARE_FUND.code());
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                storedFund = rs.getLong(1);
            }
        }
    }

    private void loadEntries(Batch batch) throws SQLException {
        try (PreparedStatement ps = batch.connection().prepareStatement("SELECT id, org_id, account, member_id, kind,"
                + " amount, grams, occurred_at, op_seq FROM ledger_entry WHERE id IN ("
                + Jdbc.placeholders(wantedEntries.size()) + ")")) {
            Jdbc.bindIds(ps, 1, wantedEntries);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    Entry e = new Entry(Jdbc.uuid(rs.getBytes(1)), rs.getLong(2), Account.ofCode(rs.getInt(3)).orElseThrow(),
                            Jdbc.uuid(rs.getBytes(4)), EntryKind.ofCode(rs.getInt(5)).orElseThrow(), rs.getLong(6),
                            rs.getLong(7), Jdbc.instant(rs, 8), rs.getLong(9));
                    entries.put(e.id(), e);
                }
            }
        }
    }

    private void loadReversed(Batch batch, List<UUID> targets) throws SQLException {
        reversed.addAll(LedgerEntries.reversed(batch.connection(), targets));
    }

    private void loadDepositLines(Batch batch, List<UUID> targets) throws SQLException {
        Map<Long, UUID> depositBySeq = new HashMap<>();
        for (UUID t : targets) {
            Entry e = entries.get(t);
            if (e.orgId() == batch.orgId() && e.kind() == EntryKind.DEPOSIT) {
                depositBySeq.put(e.opSeq(), e.id());
            }
        }
        if (depositBySeq.isEmpty()) {
            return;
        }
        for (Map.Entry<Long, String> op : batch.loggedPayloads(depositBySeq.keySet()).entrySet()) {
            DepositRecord d = DepositRecord.read(PayloadReader.of(batch.parseJson(op.getValue())));
            if (d != null) {
                depositLines.put(depositBySeq.get(op.getKey()), d.lines());
            }
        }
    }

    private void loadBalances(Batch batch, Set<UUID> members) throws SQLException {
        for (UUID m : members) {
            storedBalances.put(m, 0L);
        }
        try (PreparedStatement ps = batch.connection().prepareStatement("SELECT member_id, SUM(amount) FROM ledger_entry"
                + " WHERE org_id = ? AND account = ? AND member_id IN (" + Jdbc.placeholders(members.size())
                + ") GROUP BY member_id")) {
            ps.setLong(1, batch.orgId());
            ps.setInt(2, Account.MEMBER_SAVINGS.code());
            Jdbc.bindIds(ps, 3, members);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    storedBalances.put(Jdbc.uuid(rs.getBytes(1)), rs.getLong(2));
                }
            }
        }
    }

    @Override
    public void flush(Batch batch) throws SQLException {
        Jdbc.batch(batch.connection(), "INSERT INTO ledger_entry (id, org_id, account, member_id, kind, amount,"
                + " grams, occurred_at, op_seq, reverses_id, receipt_no, counterpart_id) VALUES (?,?,?,?,?,?,?,?,?,?,?,?)",
                rows);
    }
}
