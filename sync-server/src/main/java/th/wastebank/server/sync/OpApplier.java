package th.wastebank.server.sync;

import java.sql.SQLException;

import th.wastebank.sync.OpType;

/**
 * Applies one op type to an org's data inside a push's transaction. A push first lets every
 * applier {@link #collect} what its ops will need, loads all of it in a few bulk queries, then
 * calls {@link #apply} op by op in the device's order.
 */
public interface OpApplier {
    OpType type();

    /** Notes the ids this (shape-valid) op will look up; no database access here. */
    void collect(IncomingOp op, Batch batch);

    /**
     * Applies the op, or returns why it cannot be applied. On success the applier must have called
     * {@link Batch#applied} exactly once.
     */
    Outcome apply(IncomingOp op, Batch batch) throws SQLException;
}
