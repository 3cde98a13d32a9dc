package th.wastebank.server.ledger;

import java.sql.SQLException;
import java.util.UUID;

import th.wastebank.server.sync.Batch;
import th.wastebank.validation.ReasonCode;

/**
 * What a feature adds to reversing one of its entries ({@code entry.reverse}). The ledger knows
 * entries, not what they mean to the feature that wrote them: a feature above it registers its rule
 * as a bean, and {@link ReversalApplier} asks every rule, so the ledger imports none of them.
 */
public interface ReversalRule {
    /** Notes what reversing the entry {@code targetId} may need; no database access here. */
    void collect(Batch batch, UUID targetId);

    /** Why the entry cannot be reversed, or null. */
    ReasonCode refusal(LedgerBatch.Entry target);

    /** Applies this feature's side of reversing {@code target} by the entry {@code reversalId}. */
    void apply(Batch batch, LedgerBatch.Entry target, UUID reversalId, long seq) throws SQLException;
}
