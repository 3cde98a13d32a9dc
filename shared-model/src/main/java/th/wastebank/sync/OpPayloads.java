package th.wastebank.sync;

import java.time.Instant;
import java.util.List;

import th.wastebank.committee.CommitteeUpsert;
import th.wastebank.deposit.DepositRecord;
import th.wastebank.json.PayloadReader;
import th.wastebank.ledger.EntryReverse;
import th.wastebank.member.MemberUpsert;
import th.wastebank.price.PriceSet;
import th.wastebank.product.ProductUpsert;
import th.wastebank.progress.MilestoneRecord;
import th.wastebank.validation.Violation;
import th.wastebank.welfare.ClaimFile;
import th.wastebank.welfare.FundContribution;
import th.wastebank.welfare.LevyRun;
import th.wastebank.welfare.PayoutRecord;
import th.wastebank.welfare.SchemeUpsert;
import th.wastebank.withdrawal.WithdrawalRecord;
import th.wastebank.sale.BuyerUpsert;
import th.wastebank.sale.SaleRecord;
import th.wastebank.sale.StockAdjust;
import th.wastebank.welfare.MarginRun;
import th.wastebank.dividend.DividendRun;
import th.wastebank.village.VillageUpsert;
import th.wastebank.sale.SaleVoid;
import th.wastebank.transfer.MemberMerge;
import th.wastebank.transfer.SavingsTransfer;

/** Turns a JSON payload of a known op type into its typed record, or the reasons it cannot be. */
public final class OpPayloads {
    private OpPayloads() {
    }

    /**
     * The payload, or the violations: field shape first; then a text too long, alone; then the
     * payload's own rules.
     */
    public record Decoded(OpPayload payload, List<Violation> violations) {
        public boolean ok() {
            return payload != null && violations.isEmpty();
        }
    }

    public static Decoded decode(OpType type, Object json, Instant now) {
        PayloadReader r = PayloadReader.of(json);
        OpPayload payload = r.ok() ? read(type, r) : null;
        if (payload == null) {
            return new Decoded(null, List.copyOf(r.violations()));
        }
        List<Violation> limits = payload.limits();
        return new Decoded(payload, limits.isEmpty() ? payload.validate(now) : limits);
    }

    private static OpPayload read(OpType type, PayloadReader r) {
        return switch (type) {
            case MEMBER_UPSERT -> MemberUpsert.read(r);
            case PRICE_SET -> PriceSet.read(r);
            case DEPOSIT_RECORD -> DepositRecord.read(r);
            case WITHDRAWAL_RECORD -> WithdrawalRecord.read(r);
            case ENTRY_REVERSE -> EntryReverse.read(r);
            case PRODUCT_UPSERT -> ProductUpsert.read(r);
            case MILESTONE_RECORD -> MilestoneRecord.read(r);
            case WELFARE_SCHEME_UPSERT -> SchemeUpsert.read(r);
            case WELFARE_CLAIM_FILE -> ClaimFile.read(r);
            case WELFARE_LEVY_RUN -> LevyRun.read(r);
            case WELFARE_PAYOUT_RECORD -> PayoutRecord.read(r);
            case WELFARE_FUND_CONTRIBUTE -> FundContribution.read(r);
            case BUYER_UPSERT -> BuyerUpsert.read(r);
            case SALE_RECORD -> SaleRecord.read(r);
            case STOCK_ADJUST -> StockAdjust.read(r);
            case COMMITTEE_UPSERT -> CommitteeUpsert.read(r);
            case WELFARE_MARGIN_RUN -> MarginRun.read(r);
            case DIVIDEND_RUN -> DividendRun.read(r);
            case VILLAGE_UPSERT -> VillageUpsert.read(r);
            case SALE_VOID -> SaleVoid.read(r);
            case SAVINGS_TRANSFER -> SavingsTransfer.read(r);
            case MEMBER_MERGE -> MemberMerge.read(r);
        };
    }
}
