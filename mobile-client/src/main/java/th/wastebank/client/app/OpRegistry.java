package th.wastebank.client.app;

import java.util.List;

import th.wastebank.client.committee.CommitteeUpsertHandler;
import th.wastebank.client.deposit.DepositRecordHandler;
import th.wastebank.client.member.MemberUpsertHandler;
import th.wastebank.client.op.OpHandlers;
import th.wastebank.client.price.PriceSetHandler;
import th.wastebank.client.product.ProductUpsertHandler;
import th.wastebank.client.progress.MilestoneRecordHandler;
import th.wastebank.client.reversal.EntryReverseHandler;
import th.wastebank.client.transfer.MemberMergeHandler;
import th.wastebank.client.transfer.SavingsTransferHandler;
import th.wastebank.client.welfare.ClaimFileHandler;
import th.wastebank.client.welfare.FundContributeHandler;
import th.wastebank.client.welfare.LevyRunHandler;
import th.wastebank.client.welfare.PayoutRecordHandler;
import th.wastebank.client.welfare.SchemeUpsertHandler;
import th.wastebank.client.withdrawal.WithdrawalRecordHandler;
import th.wastebank.client.sale.BuyerUpsertHandler;
import th.wastebank.client.sale.SaleRecordHandler;
import th.wastebank.client.sale.StockAdjustHandler;
import th.wastebank.client.welfare.MarginRunHandler;
import th.wastebank.client.dividend.DividendRunHandler;
import th.wastebank.client.village.VillageUpsertHandler;
import th.wastebank.client.sale.SaleVoidHandler;

/**
 * The one place the op types' handlers are registered (the server's appliers are found by its
 * container; the phone wires by hand). A new op type adds its handler in its own package and one
 * line here; the sync engine and the outbox need no change.
 */
final class OpRegistry {
    private OpRegistry() {
    }

    static OpHandlers handlers() {
        return new OpHandlers(List.of(
                new MemberUpsertHandler(),
                new PriceSetHandler(),
                new DepositRecordHandler(),
                new WithdrawalRecordHandler(),
                new EntryReverseHandler(),
                new ProductUpsertHandler(),
                new MilestoneRecordHandler(),
                new SchemeUpsertHandler(),
                new ClaimFileHandler(),
                new LevyRunHandler(),
                new PayoutRecordHandler(),
                new FundContributeHandler(),
                new BuyerUpsertHandler(),
                new SaleRecordHandler(),
                new StockAdjustHandler(),
                new CommitteeUpsertHandler(),
                new MarginRunHandler(),
                new DividendRunHandler(),
                new VillageUpsertHandler(),
                new SaleVoidHandler(),
                new SavingsTransferHandler(),
                new MemberMergeHandler()));
    }
}
