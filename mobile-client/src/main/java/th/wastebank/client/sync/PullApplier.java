package th.wastebank.client.sync;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import th.wastebank.client.ledger.Ledger;
import th.wastebank.client.ledger.LedgerEntry;
import th.wastebank.client.ledger.ReceiptNumbers;
import th.wastebank.client.member.MemberService;
import th.wastebank.client.price.PriceBoard;
import th.wastebank.client.product.ProductService;
import th.wastebank.client.progress.MilestoneService;
import th.wastebank.client.reversal.ReversalService;
import th.wastebank.client.store.ClientStore;
import th.wastebank.client.store.Settings;
import th.wastebank.client.store.SyncState;
import th.wastebank.client.welfare.ClaimService;
import th.wastebank.client.welfare.FundService;
import th.wastebank.client.welfare.LevyService;
import th.wastebank.client.welfare.SchemeService;
import th.wastebank.deposit.DepositRecord;
import th.wastebank.json.PayloadReader;
import th.wastebank.ledger.Account;
import th.wastebank.ledger.EntryKind;
import th.wastebank.ledger.EntryReverse;
import th.wastebank.member.MemberUpsert;
import th.wastebank.price.PriceSet;
import th.wastebank.product.ProductUpsert;
import th.wastebank.progress.MilestoneRecord;
import th.wastebank.sync.Change;
import th.wastebank.sync.OpType;
import th.wastebank.welfare.ClaimFile;
import th.wastebank.welfare.FundContribution;
import th.wastebank.welfare.LevyRun;
import th.wastebank.welfare.PayoutRecord;
import th.wastebank.welfare.SchemeUpsert;
import th.wastebank.welfare.WelfarePostings;
import th.wastebank.withdrawal.WithdrawalRecord;

/**
 * Applies pulled changes to the phone's store, a page per transaction together with the new
 * cursor, so an interrupted pull resumes where it stopped and applies nothing twice. Records this
 * phone already has (its own ops coming back) are only marked as sent; a member, a product or a
 * welfare scheme with an edit still waiting to be sent keeps that edit. Another phone's products,
 * steps, claims, levy runs, payouts and contributions appear as they come, with the same entries
 * under the same ids as on the phone that made them ({@code WelfarePostings}); reversing a member's
 * levy brings its fund-side entry along.
 */
public final class PullApplier {
    private final ClientStore store;

    public PullApplier(ClientStore store) {
        this.store = store;
    }

    /** Applies one page and stores {@code nextCursor}; returns how many changes it held. */
    public int apply(List<Change> changes, String nextCursor) {
        return store.write(c -> {
            try (Ledger.Writer ledger = new Ledger.Writer(c)) {
                for (Change change : changes) {
                    applyOne(c, ledger, change);
                }
            }
            Settings.put(c, Settings.PULL_CURSOR, nextCursor);
            return changes.size();
        });
    }

    private static void applyOne(Connection c, Ledger.Writer ledger, Change change) throws SQLException {
        Optional<OpType> type = OpType.fromWire(change.type());
        if (type.isEmpty()) {
            return; // a newer server's op type: this version of the app has nothing to show for it
        }
        UUID entityId = change.entityId();
        PayloadReader r = PayloadReader.of(change.payload());
        Instant serverTime = change.serverTime();
        Instant recordedAt = change.recordedAt() == null ? serverTime : change.recordedAt();
        switch (type.get()) {
            case MEMBER_UPSERT -> {
                MemberUpsert m = MemberUpsert.read(r);
                if (m != null && !hasPendingOp(c, entityId)) {
                    MemberService.save(c, entityId, m, keptOrPulled(c, "member", entityId));
                }
            }
            case PRICE_SET -> {
                PriceSet p = PriceSet.read(r);
                if (p != null) {
                    PriceBoard.insert(c, entityId, p, serverTime.toEpochMilli(), SyncState.PULLED);
                    markSent(c, "price", entityId);
                }
            }
            case DEPOSIT_RECORD -> {
                DepositRecord d = DepositRecord.read(r);
                if (d != null && !ledger.insert(new LedgerEntry(entityId, d.memberId(), Account.MEMBER_SAVINGS,
                        EntryKind.DEPOSIT, d.total(), d.totalGrams(), d.depositedAt(), null, null, SyncState.PULLED,
                        false), d.lines())) {
                    markSent(c, "entry", entityId);
                }
                if (d != null) {
                    ReceiptNumbers.remember(c, entityId, d.receiptNo());
                }
            }
            case WITHDRAWAL_RECORD -> {
                WithdrawalRecord w = WithdrawalRecord.read(r);
                if (w != null && !ledger.insert(new LedgerEntry(entityId, w.memberId(), Account.MEMBER_SAVINGS,
                        EntryKind.WITHDRAWAL, -w.amount(), 0, w.paidAt(), null, String.join(", ", w.approvedBy()),
                        SyncState.PULLED, false), null)) {
                    markSent(c, "entry", entityId);
                }
                if (w != null) {
                    ReceiptNumbers.remember(c, entityId, w.receiptNo());
                }
            }
            case ENTRY_REVERSE -> {
                EntryReverse rev = EntryReverse.read(r);
                Optional<LedgerEntry> target = rev == null ? Optional.empty() : Ledger.find(c, rev.entryId());
                if (target.isPresent()) {
                    LedgerEntry t = target.get();
                    Instant at = recordedAt;
                    boolean inserted = ledger.insert(new LedgerEntry(entityId, t.memberId(), t.account(),
                            EntryKind.REVERSAL, -t.amount(), -t.grams(), at, t.id(), rev.reason(), SyncState.PULLED,
                            false), null);
                    ReversalService.insertLevyFundSide(c, t, entityId, rev.reason(), SyncState.PULLED);
                    if (!inserted) {
                        markSent(c, "entry", entityId);
                        markSentWith(c, entityId,
                                "UPDATE entry SET sync_state = 'SENT' WHERE id = ? AND sync_state <> 'PULLED'",
                                WelfarePostings.levyReversalFundSide(entityId, 0).id());
                    }
                }
            }
            case PRODUCT_UPSERT -> {
                ProductUpsert p = ProductUpsert.read(r);
                if (p != null && !hasPendingOp(c, entityId)) {
                    ProductService.save(c, entityId, p, keptOrPulled(c, "product", entityId), serverTime.toEpochMilli());
                }
            }
            case WELFARE_SCHEME_UPSERT -> {
                SchemeUpsert s = SchemeUpsert.read(r);
                if (s != null && !hasPendingOp(c, entityId)) {
                    SchemeService.save(c, entityId, s, keptOrPulled(c, "welfare_scheme", entityId),
                            serverTime.toEpochMilli());
                }
            }
            case WELFARE_CLAIM_FILE -> {
                ClaimFile k = ClaimFile.read(r);
                if (k != null && !ClaimService.insert(c, entityId, k, SyncState.PULLED)) {
                    markSent(c, "welfare_claim", entityId);
                }
            }
            case WELFARE_LEVY_RUN -> {
                LevyRun run = LevyRun.read(r);
                if (run != null && !LevyService.insert(c, ledger, entityId, run, SyncState.PULLED)) {
                    markSent(c, "welfare_levy", entityId);
                    markSentWith(c, entityId, "UPDATE entry SET sync_state = 'SENT' WHERE sync_state <> 'PULLED'"
                            + " AND (id = ? OR id IN (SELECT entry_id FROM welfare_levy_line WHERE levy_id = ?))",
                            entityId, entityId);
                }
            }
            case WELFARE_PAYOUT_RECORD -> {
                PayoutRecord p = PayoutRecord.read(r);
                if (p != null && !FundService.insertPayout(c, ledger, entityId, p, SyncState.PULLED)) {
                    markSent(c, "welfare_payout", entityId);
                    markSent(c, "entry", entityId);
                }
            }
            case WELFARE_FUND_CONTRIBUTE -> {
                FundContribution f = FundContribution.read(r);
                if (f != null && !FundService.insertContribution(c, ledger, entityId, f, SyncState.PULLED)) {
                    markSent(c, "welfare_contribution", entityId);
                    markSent(c, "entry", entityId);
                }
            }
            case MILESTONE_RECORD -> {
                MilestoneRecord m = MilestoneRecord.read(r);
                Instant at = recordedAt;
                if (m != null && !MilestoneService.save(c, entityId, m, at, SyncState.PULLED)) {
                    markSent(c, "milestone", entityId);
                }
            }
        }
    }

    private static boolean hasPendingOp(Connection c, UUID entityId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT 1 FROM outbox WHERE entity_id = ? LIMIT 1")) {
            ps.setString(1, entityId.toString());
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next();
            }
        }
    }

    /** Runs {@code sql} (which marks rows sent) unless the op of {@code opEntity} still waits in the outbox. */
    private static void markSentWith(Connection c, UUID opEntity, String sql, UUID... ids) throws SQLException {
        if (hasPendingOp(c, opEntity)) {
            return;
        }
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < ids.length; i++) {
                ps.setString(i + 1, ids[i].toString());
            }
            ps.executeUpdate();
        }
    }

    /**
     * A versioned record this phone made and sent stays "sent" when the server's copy comes back;
     * one first seen in the pull is "from the server".
     */
    private static SyncState keptOrPulled(Connection c, String table, UUID id) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT sync_state FROM " + table + " WHERE id = ?")) {
            ps.setString(1, id.toString());
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() && "SENT".equals(rs.getString(1)) ? SyncState.SENT : SyncState.PULLED;
            }
        }
    }

    /** A record this phone made comes back in the pull: the server has it. One pulled before stays pulled. */
    private static void markSent(Connection c, String table, UUID id) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("UPDATE " + table + " SET sync_state = 'SENT' WHERE id = ?"
                + " AND sync_state <> 'PULLED' AND id NOT IN (SELECT entity_id FROM outbox)")) {
            ps.setString(1, id.toString());
            ps.executeUpdate();
        }
    }
}
