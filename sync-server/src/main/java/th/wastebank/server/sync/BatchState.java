package th.wastebank.server.sync;

import java.sql.SQLException;

/**
 * What one feature keeps while a push is applied: the rows it read in bulk and the rows it will
 * write in bulk. States load in their {@link #order()} and flush in the same order.
 */
public interface BatchState {
    /** This state's place among the others; each state has its own. */
    WriteOrder order();

    void load(Batch batch) throws SQLException;

    void flush(Batch batch) throws SQLException;
}
