package th.wastebank.sync;

/**
 * What the server did with one op. An op leaves a device's outbox on APPLIED or DUPLICATE; a
 * REJECTED op stays visible with its reason until a person deals with it.
 */
public enum OpStatus {
    APPLIED,
    DUPLICATE,
    REJECTED
}
