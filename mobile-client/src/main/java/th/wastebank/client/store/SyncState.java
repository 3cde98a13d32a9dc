package th.wastebank.client.store;

/** Where a record stands with the server, shown beside it on every list. */
public enum SyncState {
    /** Saved on the phone, waiting to be sent. */
    PENDING,
    /** The server has it. */
    SENT,
    /** The server refused it; the reason is in the outbox. */
    REJECTED,
    /**
     * Made elsewhere (another phone, the dashboard) and pulled from the server: this phone never
     * sent it, so it is not labelled "sent".
     */
    PULLED
}
