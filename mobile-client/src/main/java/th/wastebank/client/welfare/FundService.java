package th.wastebank.client.welfare;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import th.wastebank.client.committee.Approved;
import th.wastebank.client.common.Invalid;
import th.wastebank.client.common.Validation;
import th.wastebank.client.ledger.Ledger;
import th.wastebank.client.ledger.LedgerEntry;
import th.wastebank.client.outbox.Outbox;
import th.wastebank.client.store.ClientStore;
import th.wastebank.client.store.SyncState;
import th.wastebank.id.IdGenerator;
import th.wastebank.ledger.Account;
import th.wastebank.ledger.EntryKind;
import th.wastebank.ledger.Posting;
import th.wastebank.validation.ReasonCode;
import th.wastebank.welfare.FundContribution;
import th.wastebank.welfare.PayoutRecord;
import th.wastebank.welfare.WelfarePostings;

/**
 * The welfare fund (กองทุนสวัสดิการ): payouts on claims ({@code welfare.payout.record}, two
 * different committee members), money paid in from outside savings ({@code welfare.fund.contribute}),
 * its balance and its history. The fund is its own account in the ledger: a payout never touches
 * the member's savings. Paying more than the fund holds, paying a claim twice or above the scheme's
 * rule is warned about, never refused, as on the server: the cash was handed over.
 */
public final class FundService {
    /** A payout {@code p} whose entry was not reversed. */
    static final String PAYOUT_NOT_REVERSED = " AND NOT EXISTS (SELECT 1 FROM entry r WHERE r.reverses_id = p.id)";

    private final ClientStore store;
    private final Clock clock;
    private final IdGenerator ids;

    public FundService(ClientStore store, Clock clock, IdGenerator ids) {
        this.store = store;
        this.clock = clock;
        this.ids = ids;
    }

    /** The warnings for paying {@code amount} on a claim: above the fund, paid already, above the rule. */
    public PayoutCheck check(UUID claimId, long amount) {
        return store.read(c -> check(c, claimId, amount));
    }

    public Payout pay(UUID claimId, long amount, String approver, String secondApprover) {
        return pay(claimId, amount, Approved.byNames(approver, secondApprover));
    }

    /** Pays out on a claim, approved by two typed names or two roster members whose PINs were checked. */
    public Payout pay(UUID claimId, long amount, Approved approved) {
        if (claimId == null) {
            throw Invalid.of(ReasonCode.UNKNOWN_CLAIM, "claimId");
        }
        Instant at = clock.instant();
        PayoutRecord record = new PayoutRecord(claimId, amount, at, approved.names(), approved.ids());
        Validation.require(record, at);
        UUID id = ids.next();
        UUID opId = ids.next();
        return store.write(c -> {
            if (ClaimService.find(c, claimId).isEmpty()) {
                throw Invalid.of(ReasonCode.UNKNOWN_CLAIM, "claimId");
            }
            try (Ledger.Writer ledger = new Ledger.Writer(c)) {
                insertPayout(c, ledger, id, record, SyncState.PENDING);
            }
            Outbox.add(c, opId, id, record, at);
            return new Payout(id, claimId, amount, at, record.approvedBy(), false, SyncState.PENDING);
        });
    }

    /** @param source {@code SALE_MARGIN}, {@code DONATION} or {@code OTHER} */
    public UUID contribute(long amount, String source, String note) {
        Instant at = clock.instant();
        FundContribution contribution = new FundContribution(amount, source,
                note == null || note.isBlank() ? null : note.strip(), at);
        Validation.require(contribution, at);
        UUID id = ids.next();
        UUID opId = ids.next();
        return store.write(c -> {
            try (Ledger.Writer ledger = new Ledger.Writer(c)) {
                insertContribution(c, ledger, id, contribution, SyncState.PENDING);
            }
            Outbox.add(c, opId, id, contribution, at);
            return id;
        });
    }

    public long balance() {
        return store.read(Ledger::fundBalance);
    }

    public FundSummary summary() {
        return store.read(c -> {
            long[] byKind = new long[16];
            long count = 0;
            try (PreparedStatement ps = c.prepareStatement("SELECT kind, SUM(amount), COUNT(*) FROM entry"
                    + " WHERE account = ? GROUP BY kind")) {
                ps.setInt(1, Account.WELFARE_FUND.code());
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        byKind[rs.getInt(1)] = rs.getLong(2);
                        count += rs.getLong(3);
                    }
                }
            }
            long balance = Arrays.stream(byKind).sum();
            return new FundSummary(balance, byKind[EntryKind.WELFARE_LEVY.code()],
                    byKind[EntryKind.WELFARE_CONTRIBUTION.code()], -byKind[EntryKind.WELFARE_PAYOUT.code()],
                    byKind[EntryKind.REVERSAL.code()], count);
        });
    }

    /** Every entry of the fund, newest first, with what it was. */
    public List<FundRow> history() {
        return store.read(c -> {
            Map<String, String[]> levies = rows(c, "SELECT id, reason, member_count FROM welfare_levy", 2);
            Map<String, String[]> payouts = rows(c, "SELECT p.id, s.name, m.name FROM welfare_payout p"
                    + " LEFT JOIN welfare_claim k ON k.id = p.claim_id LEFT JOIN welfare_scheme s ON s.id = k.scheme_id"
                    + " LEFT JOIN member m ON m.id = k.member_id", 2);
            Map<String, String[]> contributions = rows(c, "SELECT id, note, source FROM welfare_contribution", 2);
            Map<String, String[]> names = rows(c, "SELECT DISTINCT m.id, m.name FROM member m JOIN entry e"
                    + " ON e.member_id = m.id AND e.account = " + Account.WELFARE_FUND.code(), 1);
            List<FundRow> out = new ArrayList<>();
            for (LedgerEntry e : Ledger.fundEntries(c)) {
                String id = e.id().toString();
                String member = e.memberId() == null ? null : first(names.get(e.memberId().toString()));
                out.add(switch (e.kind()) {
                    case WELFARE_LEVY -> {
                        String[] l = levies.get(id);
                        yield new FundRow(e, l == null ? e.note() : l[0], null, l == null ? null : Integer.valueOf(l[1]),
                                null);
                    }
                    case WELFARE_PAYOUT -> {
                        String[] p = payouts.get(id);
                        yield new FundRow(e, p == null || p[0] == null ? e.note() : p[0],
                                p == null || p[1] == null ? member : p[1], null, null);
                    }
                    case WELFARE_CONTRIBUTION -> {
                        String[] k = contributions.get(id);
                        yield new FundRow(e, k == null ? e.note() : k[0], null, null, k == null ? null : k[1]);
                    }
                    default -> new FundRow(e, e.note(), member, null, null);
                });
            }
            return out;
        });
    }

    /** The payouts on a claim, oldest first. */
    public List<Payout> payouts(UUID claimId) {
        return store.read(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT p.id, p.claim_id, p.amount, p.paid_at, p.approved_by,"
                    + " (SELECT 1 FROM entry r WHERE r.reverses_id = p.id), p.sync_state FROM welfare_payout p"
                    + " WHERE p.claim_id = ? ORDER BY p.paid_at, p.id")) {
                ps.setString(1, claimId.toString());
                List<Payout> out = new ArrayList<>();
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        out.add(new Payout(UUID.fromString(rs.getString(1)), UUID.fromString(rs.getString(2)),
                                rs.getLong(3), Instant.ofEpochMilli(rs.getLong(4)),
                                Arrays.asList(rs.getString(5).split("\n")), rs.getObject(6) != null,
                                SyncState.valueOf(rs.getString(7))));
                    }
                }
                return out;
            }
        });
    }

    static PayoutCheck check(Connection c, UUID claimId, long amount) throws SQLException {
        Claim claim = ClaimService.find(c, claimId).orElseThrow(() -> Invalid.of(ReasonCode.UNKNOWN_CLAIM, "claimId"));
        Optional<Scheme> scheme = SchemeService.find(c, claim.schemeId());
        long rule = scheme.map(s -> s.rules().payoutFor(claim.days())).orElse(0L);
        return new PayoutCheck(rule, claim.paid(), Ledger.fundBalance(c), amount);
    }

    /**
     * Stores a payout (made here or pulled) and its fund debit, which names the claimant and notes
     * the scheme; nothing when a payout with this id is already there. True when stored.
     */
    public static boolean insertPayout(Connection c, Ledger.Writer ledger, UUID id, PayoutRecord p, SyncState state)
            throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT OR IGNORE INTO welfare_payout (id, claim_id, amount,"
                + " paid_at, approved_by, sync_state) VALUES (?,?,?,?,?,?)")) {
            ps.setString(1, id.toString());
            ps.setString(2, p.claimId().toString());
            ps.setLong(3, p.amount());
            ps.setLong(4, p.paidAt().toEpochMilli());
            ps.setString(5, String.join("\n", p.approvedBy()));
            ps.setString(6, state.name());
            if (ps.executeUpdate() == 0) {
                return false;
            }
        }
        Optional<Claim> claim = ClaimService.find(c, p.claimId());
        Posting posting = WelfarePostings.payout(id, claim.map(Claim::memberId).orElse(null), p.amount());
        ledger.insert(new LedgerEntry(posting.id(), posting.memberId(), posting.account(), posting.kind(),
                posting.amount(), 0, p.paidAt(), null, claim.map(Claim::schemeName).orElse(null), state, false), null);
        return true;
    }

    /** Stores a contribution (made here or pulled) and its fund credit; true when stored. */
    public static boolean insertContribution(Connection c, Ledger.Writer ledger, UUID id, FundContribution f,
                                             SyncState state) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT OR IGNORE INTO welfare_contribution (id, source, note,"
                + " received_at, sync_state) VALUES (?,?,?,?,?)")) {
            ps.setString(1, id.toString());
            ps.setString(2, f.source());
            ps.setString(3, f.note());
            ps.setLong(4, f.receivedAt().toEpochMilli());
            ps.setString(5, state.name());
            if (ps.executeUpdate() == 0) {
                return false;
            }
        }
        Posting posting = WelfarePostings.contribution(id, f.amount());
        ledger.insert(new LedgerEntry(posting.id(), null, posting.account(), posting.kind(), posting.amount(), 0,
                f.receivedAt(), null, f.note(), state, false), null);
        return true;
    }

    private static Map<String, String[]> rows(Connection c, String sql, int values) throws SQLException {
        Map<String, String[]> out = new HashMap<>();
        try (PreparedStatement ps = c.prepareStatement(sql); ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                String[] v = new String[values];
                for (int i = 0; i < values; i++) {
                    v[i] = rs.getString(i + 2);
                }
                out.put(rs.getString(1), v);
            }
        }
        return out;
    }

    private static String first(String[] values) {
        return values == null ? null : values[0];
    }
}
