package th.wastebank.client.outbox;

/**
 * Hears that the outbox changed: an op was queued with the change it describes, or a refused one
 * was sent again or given up. Called after the transaction commits, on the thread that wrote it.
 */
@FunctionalInterface
public interface OutboxListener {
    void outboxChanged();
}
