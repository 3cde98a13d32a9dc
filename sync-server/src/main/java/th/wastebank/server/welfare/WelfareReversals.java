package th.wastebank.server.welfare;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.UUID;

import jakarta.inject.Singleton;

import th.wastebank.ledger.Account;
import th.wastebank.ledger.EntryKind;
import th.wastebank.ledger.Posting;
import th.wastebank.server.ledger.LedgerBatch;
import th.wastebank.server.ledger.ReversalRule;
import th.wastebank.server.sync.Batch;
import th.wastebank.validation.ReasonCode;
import th.wastebank.welfare.WelfarePostings;

/**
 * What reversing a welfare entry does besides the reversal entry itself. Giving one member their
 * levy back takes the same amount out of the fund, so fund and savings keep agreeing; reversing a
 * payout reopens the claim; the monthly welfare totals lose what they had counted. Registered with
 * the ledger's {@code entry.reverse} as its {@link ReversalRule}.
 */
@Singleton
public class WelfareReversals implements ReversalRule {
    /** A reversal may target a payout: its claim is then loaded too. */
    @Override
    public void collect(Batch batch, UUID targetId) {
        WelfareBatch.of(batch).wantPayout(targetId);
    }

    @Override
    public ReasonCode refusal(LedgerBatch.Entry target) {
        return target.kind() == EntryKind.WELFARE_LEVY && target.account() == Account.WELFARE_FUND
                ? ReasonCode.LEVY_TOTAL_NOT_REVERSIBLE : null;
    }

    @Override
    public void apply(Batch batch, LedgerBatch.Entry target, UUID reversalId, long seq) throws SQLException {
        WelfareBatch welfare = WelfareBatch.of(batch);
        switch (target.kind()) {
            case WELFARE_LEVY -> {
                Posting fundSide = WelfarePostings.levyReversalFundSide(reversalId, target.amount());
                LedgerBatch.of(batch).append(new LedgerBatch.Entry(fundSide.id(), batch.orgId(), fundSide.account(),
                        null, fundSide.kind(), fundSide.amount(), 0, target.occurredAt(), seq), null, null);
                welfare.count(target.occurredAt(), levyKind(batch, target.opSeq()), 0, 0, 0, target.amount(), 0);
            }
            case WELFARE_PAYOUT -> {
                WelfareBatch.Payout payout = welfare.payout(target.id());
                if (payout != null) {
                    welfare.claimPaid(payout.claimId(), payout.amount(), -1);
                    WelfareBatch.Claim claim = welfare.claim(payout.claimId());
                    WelfareBatch.Scheme scheme = claim == null ? null : welfare.scheme(claim.schemeId());
                    String kind = scheme == null ? WelfareBatch.FUND : scheme.state().kind();
                    welfare.count(target.occurredAt(), kind, 0, -1, -payout.amount(), 0, 0);
                }
            }
            case WELFARE_CONTRIBUTION ->
                    welfare.count(target.occurredAt(), WelfareBatch.FUND, 0, 0, 0, 0, -target.amount());
            default -> {
                // not a welfare entry
            }
        }
    }

    private static String levyKind(Batch batch, long opSeq) throws SQLException {
        try (PreparedStatement ps = batch.connection().prepareStatement("SELECT s.kind FROM welfare_levy l"
                + " JOIN welfare_scheme s ON s.id = l.scheme_id WHERE l.org_id = ? AND l.op_seq = ?")) {
            ps.setLong(1, batch.orgId());
            ps.setLong(2, opSeq);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? rs.getString(1) : WelfareBatch.FUND;
            }
        }
    }
}
