package th.wastebank.server.sale;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

import th.wastebank.sale.StockValuation;
import th.wastebank.server.sync.Batch;
import th.wastebank.server.sync.BatchState;
import th.wastebank.server.sync.WriteOrder;

/**
 * Checks of a push against the margin the server values (a margin run, a dividend): run once every
 * row of the push is written, on the push's own connection, so the margin counts the deposits and
 * sales sent in the same push as the run (a phone that sells and then runs the month's margin
 * before it syncs sends both at once). Each check raises its own flag if its rule is broken.
 */
public final class MarginChecks implements BatchState {
    /** A check given the stock's valuation with every purchase, sale and adjustment, this push's included. */
    @FunctionalInterface
    public interface Check {
        void run(StockValuation.Result valuation) throws SQLException;
    }

    private final List<Check> checks = new ArrayList<>();

    public static MarginChecks of(Batch batch) {
        return batch.state(MarginChecks.class, MarginChecks::new);
    }

    /** Runs {@code check} once the push's rows are written. */
    public void add(Check check) {
        checks.add(check);
    }

    @Override
    public WriteOrder order() {
        return WriteOrder.MARGIN_CHECKS;
    }

    @Override
    public void load(Batch batch) {
        // nothing to read before the push is applied
    }

    @Override
    public void flush(Batch batch) throws SQLException {
        if (checks.isEmpty()) {
            return;
        }
        StockValuation.Result valuation = StockValuation.of(SaleReads.movements(batch.connection(), batch.orgId()));
        for (Check check : checks) {
            check.run(valuation);
        }
    }
}
